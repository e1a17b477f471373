package org.serviceweek.notification.web;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.notification.Notices;
import org.serviceweek.shared.web.ReadWhenShown;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * The number of unread notices, for the header of every page a signed-in person sees;
 * counted only when the page is rendered, not for a request that redirects.
 */
@ControllerAdvice
class UnreadNoticesAdvice {

	private final Notices notices;

	UnreadNoticesAdvice(Notices notices) {
		this.notices = notices;
	}

	@ModelAttribute("unreadNotices")
	LazyContextVariable<Long> unreadNotices(@AuthenticationPrincipal SignedInAccount me) {
		return (me != null) ? ReadWhenShown.of(() -> this.notices.unread(me.getPersonId())) : null;
	}

}
