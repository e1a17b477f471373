package org.serviceweek.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An upload over the size limit goes back to the page it came from with a message.
 */
@ControllerAdvice
class MaxUploadHandling {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("failure", "upload.tooLarge");
		return "redirect:" + request.getRequestURI().substring(request.getContextPath().length());
	}

}
