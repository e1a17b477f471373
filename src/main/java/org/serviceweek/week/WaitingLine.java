package org.serviceweek.week;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Gives free places to the first people in an activity's waiting line, and tells them.
 */
@Component
class WaitingLine {

	private final SignUpRepository signUps;

	private final ApplicationEventPublisher events;

	WaitingLine(SignUpRepository signUps, ApplicationEventPublisher events) {
		this.signUps = signUps;
		this.events = events;
	}

	void promote(Activity activity, long confirmed) {
		long free = activity.freePlaces(confirmed);
		for (SignUp waiting : this.signUps.findWaiting(activity.getId())) {
			if (free-- <= 0) {
				break;
			}
			waiting.confirm();
			this.events.publishEvent(new PlaceFreedUp(activity.getId(), activity.getTitle(), activity.getDate(),
					waiting.getPerson().getId()));
		}
	}

}
