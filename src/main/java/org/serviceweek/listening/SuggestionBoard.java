package org.serviceweek.listening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The "you said, we did" board: counts per category and state, what is open, and what was
 * done (or will not be done, and why) since last year's Customer Service Week.
 *
 * @param categories the categories in use or with items, in the managers' order
 * @param counts per category id, the number of items in each state
 * @param open the open items by state, the most supported first
 * @param since the Monday of last year's week
 * @param sinceYear the year of that week
 * @param doneSince items done since then, the latest first
 * @param declinedSince items closed as "won't do" since then, the latest first
 */
public record SuggestionBoard(List<SuggestionCategory> categories, Map<Long, Map<SuggestionState, Long>> counts,
		Map<SuggestionState, List<SuggestionSummary>> open, LocalDate since, int sinceYear,
		List<SuggestionSummary> doneSince, List<SuggestionSummary> declinedSince) {

	public long count(Long categoryId, SuggestionState state) {
		return this.counts.getOrDefault(categoryId, Map.of()).getOrDefault(state, 0L);
	}

	public long countOfCategory(Long categoryId) {
		return this.counts.getOrDefault(categoryId, Map.of()).values().stream().mapToLong(Long::longValue).sum();
	}

	public long countOfState(SuggestionState state) {
		return this.counts.values().stream().mapToLong((byState) -> byState.getOrDefault(state, 0L)).sum();
	}

	public long total() {
		return this.counts.values()
			.stream()
			.flatMap((byState) -> byState.values().stream())
			.mapToLong(Long::longValue)
			.sum();
	}

	public List<SuggestionState> states() {
		return List.of(SuggestionState.values());
	}

}
