package org.serviceweek.notification;

import java.util.Locale;

import org.serviceweek.account.InvitationIssued;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Emails an invitation link when mail is configured (the manager also sees the link to
 * pass on), in the language managers chose for emails.
 */
@Component
class InvitationEmails {

	private final Deliveries deliveries;

	private final NotificationSettings settings;

	private final MessageSource messages;

	InvitationEmails(Deliveries deliveries, NotificationSettings settings, MessageSource messages) {
		this.deliveries = deliveries;
		this.settings = settings;
		this.messages = messages;
	}

	@EventListener
	void on(InvitationIssued invitation) {
		if (!this.deliveries.isMailConfigured()) {
			return;
		}
		Locale language = this.settings.language();
		this.deliveries.queueEmail(invitation.email(),
				this.messages.getMessage("mail.invitation.subject", null, language), this.messages.getMessage(
						"mail.invitation.body", new Object[] { invitation.name(), invitation.link() }, language));
	}

}
