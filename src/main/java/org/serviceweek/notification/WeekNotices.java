package org.serviceweek.notification;

import java.util.List;

import org.serviceweek.week.ActivityCancelled;
import org.serviceweek.week.PlaceFreedUp;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people about changes to activities they signed up for. The notices are written in
 * the change's own transaction, on its connection: a busy pool can never leave a change
 * waiting for a second connection, and a committed change always has its notices.
 */
@Component
class WeekNotices {

	private final Notices notices;

	WeekNotices(Notices notices) {
		this.notices = notices;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(ActivityCancelled cancelled) {
		for (Long personId : cancelled.signedUpPersonIds()) {
			this.notices.post(personId, "notice.activityCancelled",
					List.of(cancelled.title(), cancelled.date().toString()), "/week/mine");
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(PlaceFreedUp freed) {
		this.notices.post(freed.personId(), "notice.placeFreedUp", List.of(freed.title(), freed.date().toString()),
				"/activities/" + freed.activityId());
	}

}
