package org.serviceweek.people;

import java.util.List;

/**
 * What importing a roster file would do, computed before anything is saved.
 *
 * @param rows every data row of the file, in file order
 * @param newTeams the teams the import would create
 * @param fileProblem a problem with the file as a whole (no header, unreadable), or
 * {@code null}
 */
public record RosterPreview(List<RosterRow> rows, List<String> newTeams, RosterRow.Problem fileProblem) {

	public long count(RosterRow.Action action) {
		return this.rows.stream().filter((row) -> row.action() == action).count();
	}

	public List<RosterRow> rows(RosterRow.Action action) {
		return this.rows.stream().filter((row) -> row.action() == action).toList();
	}

	/** Whether the file can be imported: readable, with no wrong row. */
	public boolean importable() {
		return this.fileProblem == null && count(RosterRow.Action.ERROR) == 0 && !this.rows.isEmpty();
	}

	public boolean changesAnything() {
		return count(RosterRow.Action.CREATE) + count(RosterRow.Action.UPDATE) > 0;
	}

}
