package org.serviceweek.week;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up for activities and withdrawing. Sign-ups to one activity take turns (the
 * activity's row is locked), so an activity never has more people than places, however
 * many sign up at once; the others join the waiting list, and a freed place goes to the
 * first in line.
 */
@Service
@Transactional
public class ActivitySignUps {

	private final ActivityRepository activities;

	private final SignUpRepository signUps;

	private final WaitingLine waitingLine;

	private final People people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ActivitySignUps(ActivityRepository activities, SignUpRepository signUps, WaitingLine waitingLine, People people,
			Clock clock, ApplicationEventPublisher events) {
		this.activities = activities;
		this.signUps = signUps;
		this.waitingLine = waitingLine;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Signs a person up: a place if one is free, otherwise the waiting list. Signing up
	 * twice changes nothing.
	 */
	public SignUp signUp(long activityId, long personId) {
		Activity activity = this.activities.lockById(activityId)
			.orElseThrow(() -> new ActivityNotFoundException(activityId));
		if (activity.isCancelled()) {
			throw new PlanningException(null, "signUp.cancelled");
		}
		if (activity.isOver(LocalDateTime.now(this.clock))) {
			throw new PlanningException(null, "signUp.over");
		}
		return this.signUps.findByActivityIdAndPersonId(activityId, personId).orElseGet(() -> {
			Person person = this.people.get(personId);
			long confirmed = this.signUps.countByActivityIdAndStatus(activityId, SignUpStatus.CONFIRMED);
			SignUp signUp = this.signUps
				.save(new SignUp(activity, person, activity.statusForNextSignUp(confirmed), this.clock.instant()));
			this.events.publishEvent(new SignedUp(activityId, personId, !signUp.isConfirmed()));
			return signUp;
		});
	}

	/**
	 * Records that a person took part in an activity that is already over, when importing
	 * history (for example the demo's past weeks). Capacity and the waiting list apply as
	 * usual.
	 */
	public SignUp recordPastSignUp(long activityId, long personId) {
		Activity activity = this.activities.lockById(activityId)
			.orElseThrow(() -> new ActivityNotFoundException(activityId));
		return this.signUps.findByActivityIdAndPersonId(activityId, personId).orElseGet(() -> {
			long confirmed = this.signUps.countByActivityIdAndStatus(activityId, SignUpStatus.CONFIRMED);
			return this.signUps.save(new SignUp(activity, this.people.get(personId),
					activity.statusForNextSignUp(confirmed), this.clock.instant()));
		});
	}

	/**
	 * Withdraws a person; if they had a place, the first person waiting gets it.
	 */
	public void withdraw(long activityId, long personId) {
		Activity activity = this.activities.lockById(activityId)
			.orElseThrow(() -> new ActivityNotFoundException(activityId));
		if (activity.isOver(LocalDateTime.now(this.clock))) {
			// Who took part is history by now.
			throw new PlanningException(null, "signUp.over");
		}
		this.signUps.findByActivityIdAndPersonId(activityId, personId).ifPresent((signUp) -> {
			this.signUps.delete(signUp);
			this.signUps.flush();
			this.events.publishEvent(new SignUpWithdrawn(activityId, personId, signUp.isConfirmed()));
			if (signUp.isConfirmed()) {
				this.waitingLine.promote(activity,
						this.signUps.countByActivityIdAndStatus(activityId, SignUpStatus.CONFIRMED));
			}
		});
	}

	@Transactional(readOnly = true)
	public List<SignUp> of(long activityId) {
		return this.signUps.findByActivity(activityId);
	}

	@Transactional(readOnly = true)
	public List<SignUp> ofPerson(long personId) {
		return this.signUps.findByPerson(personId);
	}

	/**
	 * The person's sign-up, with their position in the waiting line (0 when they have a
	 * place).
	 */
	@Transactional(readOnly = true)
	public MySignUp mine(long activityId, long personId) {
		return this.signUps.findByActivityIdAndPersonId(activityId, personId).map((signUp) -> {
			if (signUp.isConfirmed()) {
				return new MySignUp(SignUpStatus.CONFIRMED, 0);
			}
			List<SignUp> waiting = this.signUps.findWaiting(activityId);
			int position = 1;
			for (SignUp other : waiting) {
				if (other.getId().equals(signUp.getId())) {
					break;
				}
				position++;
			}
			return new MySignUp(SignUpStatus.WAITING, position);
		}).orElse(null);
	}

	@Transactional(readOnly = true)
	public long confirmedCount(long activityId) {
		return this.signUps.countByActivityIdAndStatus(activityId, SignUpStatus.CONFIRMED);
	}

	@Transactional(readOnly = true)
	public long waitingCount(long activityId) {
		return this.signUps.countByActivityIdAndStatus(activityId, SignUpStatus.WAITING);
	}

	/**
	 * Someone's own sign-up: a place, or a position in the waiting line.
	 */
	public record MySignUp(SignUpStatus status, int position) {

		public boolean isConfirmed() {
			return this.status == SignUpStatus.CONFIRMED;
		}

	}

}
