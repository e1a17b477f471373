package org.serviceweek.fame.web;

/**
 * A colleague's nomination.
 */
public class NominationForm {

	private Long nomineeId;

	private Long categoryId;

	private String reason;

	public Long getNomineeId() {
		return this.nomineeId;
	}

	public void setNomineeId(Long nomineeId) {
		this.nomineeId = nomineeId;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
