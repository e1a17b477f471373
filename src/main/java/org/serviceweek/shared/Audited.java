package org.serviceweek.shared;

/**
 * Something that belongs in the audit log happened: a feature publishes it right after
 * the change, inside the change's transaction, and the operations module stores it (in
 * that same transaction, so the entry exists exactly when the change does; see ADR 018).
 * <p>
 * Who did it is the person signed in on the current request unless {@code actor} names
 * someone; without either it was the app itself (the demo data, a scheduled task).
 *
 * @param action what happened
 * @param target what it happened to, as people read it (a name, "#12")
 * @param detail what else matters (a role, a reason, a file name); never a password or a
 * token
 * @param actor the sign-in name of who did it, or {@code null} for whoever is signed in
 */
public record Audited(Action action, String target, String detail, String actor) {

	public Audited {
		if (action == null) {
			throw new IllegalArgumentException("An audited action is needed");
		}
	}

	/** Done by whoever is signed in on the current request. */
	public static Audited of(Action action, String target, String detail) {
		return new Audited(action, target, detail, null);
	}

	/** A file of data left the app. */
	public static Audited export(String fileName, String detail) {
		return of(Action.EXPORTED, fileName, detail);
	}

	/**
	 * What the audit log records. Stored by name: rename a constant only with a
	 * migration.
	 */
	public enum Action {

		/** Signed in (with a password, remember-me or single sign-on). */
		SIGNED_IN,
		/** A sign-in was refused: the user name tried and the client's address. */
		SIGN_IN_FAILED,
		/** An administrator gave an account another role. */
		ROLE_CHANGED,
		/** An administrator turned an account off. */
		ACCOUNT_DISABLED,
		/** An administrator turned an account on again. */
		ACCOUNT_ENABLED,
		/** A manager let a shout-out onto the public wall. */
		SHOUT_OUT_APPROVED,
		/** A manager kept a shout-out off the public wall. */
		SHOUT_OUT_REJECTED,
		/** A manager approved a shout-out with a public text of their own. */
		SHOUT_OUT_EDITED,
		/** A manager hid a shout-out everywhere. */
		SHOUT_OUT_HIDDEN,
		/** A manager looked at reports and left the shout-out as it was. */
		REPORTS_DISMISSED,
		/** A manager approved a customer's thanks and linked it to a person. */
		THANKS_APPROVED,
		/** A manager rejected a customer's thanks. */
		THANKS_REJECTED,
		/** A manager inducted someone into the wall of fame. */
		INDUCTED,
		/** A manager took an induction back. */
		INDUCTION_WITHDRAWN,
		/** Someone downloaded an export (CSV). */
		EXPORTED

	}

}
