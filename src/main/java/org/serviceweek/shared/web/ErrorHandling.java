package org.serviceweek.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Failures that have a page of their own. A stale edit is a conflict the user can act on,
 * not a server error.
 */
@ControllerAdvice
class ErrorHandling {

	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	String conflict(HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		return "error/409";
	}

}
