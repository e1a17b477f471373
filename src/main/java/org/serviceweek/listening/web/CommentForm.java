package org.serviceweek.listening.web;

/**
 * A comment, always under the writer's name.
 */
public class CommentForm {

	private String body;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = (body != null) ? body.replace("\r\n", "\n") : null;
	}

}
