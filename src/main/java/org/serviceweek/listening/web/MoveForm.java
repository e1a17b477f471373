package org.serviceweek.listening.web;

import org.serviceweek.listening.SuggestionState;

/**
 * A manager moves a suggestion to another state, with the reason ("won't do") or what
 * changed ("done"); its version detects a change someone else saved in between.
 */
public class MoveForm {

	private SuggestionState state;

	private String note;

	private long version;

	public SuggestionState getState() {
		return this.state;
	}

	public void setState(SuggestionState state) {
		this.state = state;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = (note != null) ? note.replace("\r\n", "\n") : null;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
