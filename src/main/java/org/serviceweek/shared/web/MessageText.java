package org.serviceweek.shared.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Shows what people wrote as plain text, safely: everything is escaped, then line breaks
 * become {@code <br>
 * } and web addresses become links. No other markup can get through.
 */
@Component("messageText")
public class MessageText {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]");

	public String html(String text) {
		if (text == null) {
			return "";
		}
		String escaped = HtmlUtils.htmlEscape(text);
		Matcher matcher = LINK.matcher(escaped);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String url = matcher.group();
			matcher.appendReplacement(out, Matcher
				.quoteReplacement("<a href=\"" + url + "\" rel=\"nofollow noopener noreferrer\">" + url + "</a>"));
		}
		matcher.appendTail(out);
		return out.toString().replace("\r\n", "\n").replace("\n", "<br>");
	}

}
