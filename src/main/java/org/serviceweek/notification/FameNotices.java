package org.serviceweek.notification;

import java.util.List;

import org.serviceweek.fame.PersonInducted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a person, in the app, that they entered the wall of fame.
 */
@Component
class FameNotices {

	private final Notices notices;

	FameNotices(Notices notices) {
		this.notices = notices;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void on(PersonInducted inducted) {
		this.notices.post(inducted.personId(), "notice.inducted",
				List.of(inducted.award(), String.valueOf(inducted.year())), "/wall/fame");
	}

}
