package org.serviceweek.notification.web;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.notification.Notices;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notices, for the header of every page a signed-in person sees.
 */
@ControllerAdvice
class UnreadNoticesAdvice {

	private final Notices notices;

	UnreadNoticesAdvice(Notices notices) {
		this.notices = notices;
	}

	@ModelAttribute("unreadNotices")
	Long unreadNotices(@AuthenticationPrincipal SignedInAccount me) {
		return (me != null) ? this.notices.unread(me.getPersonId()) : null;
	}

}
