package org.serviceweek.account;

/**
 * A company account that may not sign in here, with the reason shown on the sign-in page.
 */
class CompanySignInRefusedException extends RuntimeException {

	private final Reason reason;

	CompanySignInRefusedException(Reason reason) {
		super("Company sign-in refused: " + reason.code());
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

	enum Reason {

		/** The account exists but an administrator disabled it. */
		ACCOUNT_DISABLED("account_disabled"),

		/** Not linked yet, and the provider sent no email that may be trusted. */
		EMAIL_NOT_VERIFIED("email_not_verified"),

		/**
		 * The account with this email is linked to another person of the same provider.
		 */
		LINKED_TO_ANOTHER("linked_to_another");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		/** The OAuth 2.0 error code the sign-in failure carries. */
		String code() {
			return this.code;
		}

	}

}
