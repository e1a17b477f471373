package org.serviceweek.people;

import java.io.Serializable;

/**
 * What a roster import did. Shown once after the redirect, so it travels in the session
 * (a flash attribute) and must be serialisable: sessions are kept in the database.
 */
public record RosterImportResult(int created, int updated, int unchanged, int teamsCreated) implements Serializable {
}
