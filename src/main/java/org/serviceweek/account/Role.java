package org.serviceweek.account;

/**
 * What an account may do. Each role includes the ones below it: an admin can do
 * everything a manager can, a manager everything staff can.
 */
public enum Role {

	/** Everything, including managing accounts. */
	ADMIN,

	/** Plans the week, moderates, inducts into the wall of fame, manages people. */
	MANAGER,

	/** Posts shout-outs, reacts, signs up for activities. */
	STAFF;

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Whether someone with this role may hand out the given role (nobody grants more than
	 * they have).
	 */
	public boolean mayGrant(Role role) {
		return this.ordinal() <= role.ordinal();
	}

}
