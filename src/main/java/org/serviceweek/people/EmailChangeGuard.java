package org.serviceweek.people;

/**
 * Has a say before a person's email changes (the email is also how they sign in). Other
 * features implement it; people does not need to know them.
 */
public interface EmailChangeGuard {

	/**
	 * @throws EmailChangeRefusedException if the current user may not change this email
	 */
	void checkEmailChange(Person person, String newEmail);

}
