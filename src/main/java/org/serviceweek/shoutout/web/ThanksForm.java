package org.serviceweek.shoutout.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer's thanks. {@code website} is a honeypot: hidden from people, filled in by
 * bots.
 */
public class ThanksForm {

	@NotBlank
	@Size(max = 120)
	private String agentName;

	@NotBlank
	@Size(max = 1000)
	private String message;

	@Size(max = 120)
	private String customerName;

	@Email
	@Size(max = 254)
	private String customerEmail;

	private String website;

	public String getAgentName() {
		return this.agentName;
	}

	public void setAgentName(String agentName) {
		this.agentName = agentName;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		// Browsers send line breaks as two characters; people (and the 1,000 limit) count
		// one.
		this.message = (message != null) ? message.replace("\r\n", "\n") : null;
	}

	public String getCustomerName() {
		return this.customerName;
	}

	public void setCustomerName(String customerName) {
		this.customerName = customerName;
	}

	public String getCustomerEmail() {
		return this.customerEmail;
	}

	public void setCustomerEmail(String customerEmail) {
		this.customerEmail = customerEmail;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
