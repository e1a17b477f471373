package org.serviceweek.frontline.web;

/**
 * What the leader learned beside the front line.
 */
public class LearnedForm {

	private String learned;

	private Long version;

	public String getLearned() {
		return this.learned;
	}

	public void setLearned(String learned) {
		this.learned = learned;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
