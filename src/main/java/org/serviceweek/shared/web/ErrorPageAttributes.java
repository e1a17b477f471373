package org.serviceweek.shared.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds the reason a request was refused (for example an expired form) to the error page's
 * model, without ever exposing exception messages or stack traces.
 */
@Component
public class ErrorPageAttributes extends DefaultErrorAttributes {

	/** Request attribute holding a message key that explains a refusal. */
	public static final String REASON = ErrorPageAttributes.class.getName() + ".reason";

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		Object reason = webRequest.getAttribute(REASON, RequestAttributes.SCOPE_REQUEST);
		if (reason == null && Integer.valueOf(413).equals(attributes.get("status"))) {
			// Refused for its size, by FormSizeLimit or by the server itself.
			reason = "error.413.text";
		}
		if (reason != null) {
			attributes.put("reason", reason);
		}
		return attributes;
	}

}
