package org.serviceweek.week;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many people have a place and how many wait, per activity, counted in one query.
 */
public final class SignUpCounts {

	private final Map<Long, long[]> counts;

	private SignUpCounts(Map<Long, long[]> counts) {
		this.counts = counts;
	}

	static SignUpCounts of(SignUpRepository signUps, List<Activity> activities) {
		Map<Long, long[]> counts = new HashMap<>();
		if (!activities.isEmpty()) {
			for (Object[] row : signUps.countByActivities(activities.stream().map(Activity::getId).toList())) {
				long[] pair = counts.computeIfAbsent((Long) row[0], (id) -> new long[2]);
				pair[(row[1] == SignUpStatus.CONFIRMED) ? 0 : 1] = (Long) row[2];
			}
		}
		return new SignUpCounts(counts);
	}

	public long confirmed(long activityId) {
		return this.counts.getOrDefault(activityId, new long[2])[0];
	}

	public long waiting(long activityId) {
		return this.counts.getOrDefault(activityId, new long[2])[1];
	}

	public long totalConfirmed() {
		return this.counts.values().stream().mapToLong((pair) -> pair[0]).sum();
	}

}
