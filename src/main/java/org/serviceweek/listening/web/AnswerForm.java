package org.serviceweek.listening.web;

/**
 * A manager's public answer; its version detects an answer or move someone else saved in
 * between.
 */
public class AnswerForm {

	private String answer;

	private long version;

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = (answer != null) ? answer.replace("\r\n", "\n") : null;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
