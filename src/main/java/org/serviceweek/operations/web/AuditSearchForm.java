package org.serviceweek.operations.web;

import java.time.LocalDate;

import org.serviceweek.operations.AuditLog;
import org.serviceweek.shared.Audited;
import org.serviceweek.shared.Text;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit log's filters: one kind of entry, words (a name, an email, an address), and
 * days in the app's time zone. Every one is optional.
 */
public class AuditSearchForm {

	static final int MAX_TEXT = 100;

	private Audited.Action action;

	private String q;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate from;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate to;

	AuditLog.Search toSearch() {
		String text = Text.trimToNull(this.q);
		if (text != null && text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT);
		}
		return new AuditLog.Search(this.action, text, this.from, this.to);
	}

	boolean isFiltered() {
		return this.action != null || Text.trimToNull(this.q) != null || this.from != null || this.to != null;
	}

	public Audited.Action getAction() {
		return this.action;
	}

	public void setAction(Audited.Action action) {
		this.action = action;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(LocalDate from) {
		this.from = from;
	}

	public LocalDate getTo() {
		return this.to;
	}

	public void setTo(LocalDate to) {
		this.to = to;
	}

}
