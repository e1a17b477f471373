package org.serviceweek.shoutout.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.serviceweek.shoutout.NewShoutOut;

/**
 * The shout-out form. Its one-time key makes a double click or a reload harmless.
 */
public class ShoutOutForm {

	private List<Long> recipientIds = new ArrayList<>();

	private Long teamId;

	@NotNull
	private Long valueId;

	@NotBlank
	@Size(max = 1000)
	private String message;

	private boolean wantsPublic;

	private String submissionKey;

	NewShoutOut toRequest() {
		return new NewShoutOut(this.recipientIds, this.teamId, this.valueId, this.message, this.wantsPublic,
				this.submissionKey);
	}

	public List<Long> getRecipientIds() {
		return this.recipientIds;
	}

	public void setRecipientIds(List<Long> recipientIds) {
		this.recipientIds = (recipientIds != null) ? recipientIds : new ArrayList<>();
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public void setTeamId(Long teamId) {
		this.teamId = teamId;
	}

	public Long getValueId() {
		return this.valueId;
	}

	public void setValueId(Long valueId) {
		this.valueId = valueId;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		// Browsers send line breaks as two characters; people (and the 1,000 limit) count
		// one.
		this.message = (message != null) ? message.replace("\r\n", "\n") : null;
	}

	public boolean isWantsPublic() {
		return this.wantsPublic;
	}

	public void setWantsPublic(boolean wantsPublic) {
		this.wantsPublic = wantsPublic;
	}

	public String getSubmissionKey() {
		return this.submissionKey;
	}

	public void setSubmissionKey(String submissionKey) {
		this.submissionKey = submissionKey;
	}

}
