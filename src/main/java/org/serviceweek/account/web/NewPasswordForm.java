package org.serviceweek.account.web;

import jakarta.validation.constraints.NotBlank;

/**
 * Choosing a password: on an invitation, or when changing one's own (then with the
 * current one).
 */
class NewPasswordForm {

	private String currentPassword;

	@NotBlank
	private String password;

	private String confirmPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
