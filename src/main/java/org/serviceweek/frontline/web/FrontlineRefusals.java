package org.serviceweek.frontline.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.frontline.NotAllowedException;
import org.serviceweek.shared.web.ErrorPageAttributes;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal (not a leader, not your booking) is the 403 page with a sentence that says
 * why, instead of a bare "not allowed".
 */
@ControllerAdvice(basePackageClasses = FrontlineRefusals.class)
class FrontlineRefusals {

	@ExceptionHandler(NotAllowedException.class)
	void refuse(NotAllowedException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(ErrorPageAttributes.REASON, ex.getReason());
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

}
