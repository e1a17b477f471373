package org.serviceweek.people;

public record RosterImportResult(int created, int updated, int unchanged, int teamsCreated) {
}
