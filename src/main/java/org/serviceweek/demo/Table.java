package org.serviceweek.demo;

import java.sql.Types;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The tables the large data set fills, in an order in which every row's parents come
 * first (a team's lead is set after the people are in). Each has its columns and their
 * SQL types, so that batches never ask the driver what a {@code null} is.
 */
enum Table {

	TEAM(true, "team", "id, name, lead_id, version", Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT),

	PERSON(true, "person", "id, name, email, job_title, pronouns, team_id, public_consent, created_at, version",
			Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BOOLEAN,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT),

	TEAM_LEAD("update team set lead_id = ? where id = ?", Types.BIGINT, Types.BIGINT),

	ACCOUNT(true, "account", "id, person_id, password_hash, role, enabled, created_at, password_changed_at, version",
			Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT),

	INSTALLATION(false, "installation", "id, completed_at", Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE),

	COMPANY_VALUE(true, "company_value", "id, name, description, active, position", Types.BIGINT, Types.VARCHAR,
			Types.VARCHAR, Types.BOOLEAN, Types.INTEGER),

	SHOUT_OUT(true, "shout_out",
			"id, source, author_id, team_id, value_id, message, wants_public, moderation, public_text, "
					+ "rejection_reason, moderated_by_id, moderated_at, hidden_by_id, hidden_at, customer_name, "
					+ "customer_email, agent_name, created_at, updated_at, version, public_since",
			Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.BOOLEAN,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE),

	SHOUT_OUT_RECIPIENT(false, "shout_out_recipient", "shout_out_id, person_id", Types.BIGINT, Types.BIGINT),

	REACTION(false, "reaction", "shout_out_id, person_id, kind, created_at", Types.BIGINT, Types.BIGINT, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE),

	SHOUT_OUT_REPORT(true, "shout_out_report", "id, shout_out_id, reporter_id, reason, created_at", Types.BIGINT,
			Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE),

	CELEBRATION_WEEK(false, "celebration_week", "celebration_year, starts_on, theme, welcome, budget, version",
			Types.INTEGER, Types.DATE, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC, Types.BIGINT),

	CELEBRATION_DAY(false, "celebration_day", "celebration_year, day_number, title, focus", Types.INTEGER,
			Types.INTEGER, Types.VARCHAR, Types.VARCHAR),

	ACTIVITY(true, "activity",
			"id, uid, celebration_year, on_date, starts_at, ends_at, title, kind, place, online_link, host_id, "
					+ "description, capacity, cost, ical_sequence, created_at, updated_at, version",
			Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.DATE, Types.TIME, Types.TIME, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.NUMERIC,
			Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT),

	SIGN_UP(true, "sign_up", "id, activity_id, person_id, status, signed_up_at", Types.BIGINT, Types.BIGINT,
			Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE),

	INDUCTION(true, "induction",
			"id, person_id, category_id, award_year, citation, inducted_by_id, created_at, updated_at, version",
			Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.BIGINT,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT),

	INDUCTION_SHOUT_OUT(false, "induction_shout_out", "induction_id, shout_out_id", Types.BIGINT, Types.BIGINT),

	NOMINATION(true, "nomination",
			"id, nominee_id, nominator_id, category_id, award_year, reason, status, induction_id, decided_by_id, "
					+ "decided_at, created_at, updated_at",
			Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR,
			Types.BIGINT, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE),

	SUGGESTION(true, "suggestion",
			"id, category_id, title, description, anonymous, author_id, state, answer, answered_by_id, answered_at, "
					+ "outcome, state_changed_at, created_at, version",
			Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.BIGINT, Types.VARCHAR,
			Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT),

	SUGGESTION_VOICE(false, "suggestion_voice", "suggestion_id, person_id", Types.BIGINT, Types.BIGINT),

	SUGGESTION_COMMENT(true, "suggestion_comment", "id, suggestion_id, author_id, body, created_at", Types.BIGINT,
			Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE),

	SUGGESTION_MOVE(true, "suggestion_move", "id, suggestion_id, from_state, to_state, moved_by_id, moved_at, note",
			Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.VARCHAR),

	LEADER(false, "leader", "person_id, since, marked_by_id", Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.BIGINT),

	RIDE_ALONG(true, "ride_along",
			"id, uid, leader_id, team_id, agent_id, starts_at, ends_at, channel, note, learned, learned_at, "
					+ "cancelled_at, ical_sequence, created_at, updated_at, version",
			Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE,
			Types.BIGINT);

	private final String name;

	private final String sql;

	private final boolean identity;

	private final int[] types;

	Table(boolean identity, String name, String columns, int... types) {
		this.name = name;
		this.identity = identity;
		this.types = types;
		this.sql = "insert into " + name + " (" + columns + ") values ("
				+ Arrays.stream(types).mapToObj((type) -> "?").collect(Collectors.joining(", ")) + ")";
	}

	Table(String update, int... types) {
		this.name = null;
		this.identity = false;
		this.types = types;
		this.sql = update;
	}

	/** The table's name; {@code null} for an update of rows already written. */
	String tableName() {
		return this.name;
	}

	String sql() {
		return this.sql;
	}

	/**
	 * Whether the first column is an identity that the database must continue after the
	 * generated rows.
	 */
	boolean identity() {
		return this.identity;
	}

	int[] types() {
		return this.types;
	}

}
