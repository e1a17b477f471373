package org.serviceweek.notification;

import java.util.Locale;

import org.serviceweek.account.InvitationIssued;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Emails an invitation link when mail is configured (the manager also sees the link to
 * pass on).
 */
@Component
class InvitationEmails {

	private final Deliveries deliveries;

	private final MessageSource messages;

	InvitationEmails(Deliveries deliveries, MessageSource messages) {
		this.deliveries = deliveries;
		this.messages = messages;
	}

	@EventListener
	void on(InvitationIssued invitation) {
		this.deliveries.queueEmail(invitation.email(),
				this.messages.getMessage("mail.invitation.subject", null, Locale.ENGLISH), this.messages.getMessage(
						"mail.invitation.body", new Object[] { invitation.name(), invitation.link() }, Locale.ENGLISH));
	}

}
