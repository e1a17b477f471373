package org.serviceweek.notification;

import java.util.List;

import org.serviceweek.week.ActivityCancelled;
import org.serviceweek.week.PlaceFreedUp;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people about changes to activities they signed up for. Runs after the change is
 * committed, so a failing notice can never undo the change itself.
 */
@Component
class WeekNotices {

	private final Notices notices;

	WeekNotices(Notices notices) {
		this.notices = notices;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ActivityCancelled cancelled) {
		for (Long personId : cancelled.signedUpPersonIds()) {
			this.notices.post(personId, "notice.activityCancelled",
					List.of(cancelled.title(), cancelled.date().toString()), "/week/mine");
		}
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(PlaceFreedUp freed) {
		this.notices.post(freed.personId(), "notice.placeFreedUp", List.of(freed.title(), freed.date().toString()),
				"/activities/" + freed.activityId());
	}

}
