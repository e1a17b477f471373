package org.serviceweek.account.web;

import java.util.List;
import java.util.Objects;

import org.serviceweek.account.PasswordPolicy;
import org.springframework.validation.BindingResult;

/**
 * Puts password problems beside the password field, the same way on every form.
 */
final class PasswordChecks {

	private PasswordChecks() {
	}

	static void confirm(String password, String confirmation, BindingResult result) {
		if (password != null && !Objects.equals(password, confirmation)) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
	}

	static void reject(List<String> problems, BindingResult result) {
		problems.forEach((problem) -> result.rejectValue("password", problem,
				new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES }, null));
	}

}
