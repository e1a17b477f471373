package org.serviceweek.people;

import java.util.List;

/**
 * One line of an uploaded roster and what importing it would do.
 *
 * @param line the line number in the file (the header is line 1)
 * @param action what importing the row does
 * @param name the person's name as in the file
 * @param email the email as in the file
 * @param team the team name, or {@code null}
 * @param jobTitle the job title, or {@code null}
 * @param pronouns the pronouns, or {@code null} (only applied when the file has that
 * column)
 * @param consent the public-wall consent, or {@code null} to leave it as it is
 * @param problems message keys explaining why the row is wrong (empty unless action is
 * ERROR)
 */
public record RosterRow(long line, Action action, String name, String email, String team, String jobTitle,
		String pronouns, Boolean consent, List<Problem> problems) {

	public enum Action {

		CREATE, UPDATE, UNCHANGED, ERROR

	}

	/**
	 * Why a row cannot be imported: a message key and its arguments.
	 */
	public record Problem(String code, Object... arguments) {

		/** The argument at the index, or {@code null}, for message templates. */
		public Object arg(int index) {
			return (index < this.arguments.length) ? this.arguments[index] : null;
		}

	}

}
