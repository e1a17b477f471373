package org.serviceweek.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

/**
 * Keeps a request's log lines from saying who made it: its access log line leaves the
 * account out, and so do the lines logged after the call (the account is taken out of the
 * logging context). For requests whose author must stay unknown, such as raising an
 * anonymous suggestion (ADR 012).
 */
public final class WithheldAccount {

	/** The logging context's key for the signed-in account's id. */
	public static final String MDC_KEY = "accountId";

	private static final String ATTRIBUTE = WithheldAccount.class.getName();

	private WithheldAccount() {
	}

	/** From now on, this request's log lines do not say which account made it. */
	public static void forThisRequest(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
		MDC.remove(MDC_KEY);
	}

	public static boolean isWithheld(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) != null;
	}

}
