package org.serviceweek.shared.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Makes {@link MessageText} available to every page as {@code messageText}.
 */
@ControllerAdvice
class MessageTextAdvice {

	private final MessageText messageText;

	MessageTextAdvice(MessageText messageText) {
		this.messageText = messageText;
	}

	@ModelAttribute("messageText")
	MessageText messageText() {
		return this.messageText;
	}

}
