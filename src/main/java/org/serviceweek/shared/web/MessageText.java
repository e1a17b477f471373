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
		// Addresses are found in the text as typed, so that a quote or an angle bracket
		// around one ends it (in the escaped text they are entities, and the link took
		// half of one); each piece is escaped on its own.
		Matcher matcher = LINK.matcher(text);
		StringBuilder out = new StringBuilder();
		int end = 0;
		while (matcher.find()) {
			out.append(HtmlUtils.htmlEscape(text.substring(end, matcher.start())));
			String url = HtmlUtils.htmlEscape(matcher.group());
			out.append("<a href=\"")
				.append(url)
				.append("\" rel=\"nofollow noopener noreferrer\">")
				.append(url)
				.append("</a>");
			end = matcher.end();
		}
		out.append(HtmlUtils.htmlEscape(text.substring(end)));
		return out.toString().replace("\r\n", "\n").replace("\n", "<br>");
	}

}
