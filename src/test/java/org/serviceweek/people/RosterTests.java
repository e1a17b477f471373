package org.serviceweek.people;

import java.io.StringWriter;
import java.time.Clock;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.serviceweek.people.RosterRow.Action;
import org.serviceweek.shared.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@DataJpaTest
@Tag("database")
@Import({ Roster.class, People.class, RosterTests.Config.class })
class RosterTests {

	static final String GOOD = """
			name,email,team,title,consent
			Ana Silva,ana.silva@example.com,Billing support,Senior agent,yes
			Tom Becker,TOM.BECKER@example.com,Billing support,Agent,no
			Sofia Rossi,sofia.rossi@example.com,Chat and email,Agent,
			""";

	@Autowired
	Roster roster;

	@Autowired
	People people;

	@Autowired
	PersonRepository persons;

	@Autowired
	TeamRepository teams;

	@Test
	void previewShowsWhatAGoodFileWouldCreateWithoutSavingAnything() {
		RosterPreview preview = this.roster.preview(GOOD);

		assertThat(preview.importable()).isTrue();
		assertThat(preview.rows()).extracting(RosterRow::line, RosterRow::action)
			.containsExactly(tuple(2L, Action.CREATE), tuple(3L, Action.CREATE), tuple(4L, Action.CREATE));
		assertThat(preview.newTeams()).containsExactly("Billing support", "Chat and email");
		assertThat(this.persons.count()).isZero();
		assertThat(this.teams.count()).isZero();
	}

	@Test
	void importsAGoodFileWithTeamsAndConsent() {
		RosterImportResult result = this.roster.importFile(GOOD);

		assertThat(result).isEqualTo(new RosterImportResult(3, 0, 0, 2));
		Person tom = this.people.findByEmail("tom.becker@example.com").orElseThrow();
		assertThat(tom.getName()).isEqualTo("Tom Becker");
		assertThat(tom.getTeam().getName()).isEqualTo("Billing support");
		assertThat(tom.isPublicConsent()).isFalse();
		assertThat(this.people.findByEmail("ana.silva@example.com").orElseThrow().isPublicConsent()).isTrue();
		assertThat(this.people.findByEmail("sofia.rossi@example.com").orElseThrow().isPublicConsent())
			.as("consent stays off until someone turns it on")
			.isFalse();
	}

	@Test
	void reportsWrongRowsWithLineNumbersAndSavesNothing() {
		String csv = """
				name,email,team,title,consent
				Ana Silva,ana.silva@example.com,Billing support,Agent,yes
				,missing.name@example.com,,,
				Tom Becker,not-an-email,,,
				Sofia Rossi,sofia.rossi@example.com,,,maybe

				Ana Again,ANA.SILVA@example.com,,,
				""";

		RosterPreview preview = this.roster.preview(csv);

		assertThat(preview.importable()).isFalse();
		assertThat(preview.rows(Action.ERROR)).extracting(RosterRow::line).containsExactly(3L, 4L, 5L, 7L);
		assertThat(preview.rows(Action.ERROR)).flatExtracting(RosterRow::problems)
			.extracting(RosterRow.Problem::code)
			.containsExactly("roster.problem.nameMissing", "roster.problem.emailInvalid",
					"roster.problem.consentInvalid", "roster.problem.duplicateEmail");
		assertThat(preview.rows(Action.ERROR).get(3).problems().get(0).arguments()).containsExactly(2L);
		assertThatExceptionOfType(RosterNotImportableException.class).isThrownBy(() -> this.roster.importFile(csv));
		assertThat(this.persons.count()).isZero();
		assertThat(this.teams.count()).isZero();
	}

	@Test
	void importingTheSameFileTwiceChangesNothingTheSecondTime() {
		this.roster.importFile(GOOD);
		long version = this.people.findByEmail("ana.silva@example.com").orElseThrow().getVersion();

		RosterPreview again = this.roster.preview(GOOD);
		RosterImportResult result = this.roster.importFile(GOOD);

		assertThat(again.rows()).extracting(RosterRow::action).containsOnly(Action.UNCHANGED);
		assertThat(again.changesAnything()).isFalse();
		assertThat(result).isEqualTo(new RosterImportResult(0, 0, 3, 0));
		assertThat(this.persons.count()).isEqualTo(3);
		assertThat(this.teams.count()).isEqualTo(2);
		this.persons.flush();
		assertThat(this.people.findByEmail("ana.silva@example.com").orElseThrow().getVersion()).isEqualTo(version);
	}

	@Test
	void updatesPeopleMatchedByEmailAndKeepsConsentWhenTheColumnIsBlank() {
		this.roster.importFile(GOOD);
		String changed = """
				Name;E-mail;Team;Job title;Consent
				Ana Silva-Costa;ana.silva@example.com;Chat and email;Team lead;
				Tom Becker;tom.becker@example.com;Billing support;Agent;no
				""";

		RosterPreview preview = this.roster.preview(changed);
		this.roster.importFile(changed);

		assertThat(preview.rows()).extracting(RosterRow::action).containsExactly(Action.UPDATE, Action.UNCHANGED);
		Person ana = this.people.findByEmail("ana.silva@example.com").orElseThrow();
		assertThat(ana.getName()).isEqualTo("Ana Silva-Costa");
		assertThat(ana.getTeam().getName()).isEqualTo("Chat and email");
		assertThat(ana.getJobTitle()).isEqualTo("Team lead");
		assertThat(ana.isPublicConsent()).isTrue();
	}

	@Test
	void exportedRosterImportsBackUnchanged() {
		this.roster.importFile("""
				name,email,team,title,pronouns,consent
				"Okafor, Maya",maya@example.com,Phones,"Lead, ""front line"" team",she/her,yes
				=HYPERLINK(1),formula@example.com,,,,no
				""");
		StringWriter exported = new StringWriter();

		this.roster.export(exported);

		assertThat(exported.toString()).contains("'=HYPERLINK(1)").contains("\"Okafor, Maya\"");
		assertThat(this.roster.preview(exported.toString()).rows()).extracting(RosterRow::action)
			.containsOnly(Action.UNCHANGED);
	}

	@Test
	void reportsAFileWithoutNameAndEmailColumns() {
		assertThat(this.roster.preview("first,last\nAna,Silva\n").fileProblem().code())
			.isEqualTo("roster.problem.header");
		assertThat(this.roster.preview("").fileProblem().code()).isEqualTo("roster.problem.empty");
		assertThat(this.roster.preview("name,email\n").fileProblem().code()).isEqualTo("roster.problem.noRows");
		assertThat(this.roster.preview("name,email\n\"Ana,ana@example.com\n").fileProblem().code())
			.isEqualTo("roster.problem.unreadable");
	}

	@Test
	void readsAFileSavedWithAByteOrderMark() {
		assertThat(this.roster.preview("\uFEFFname,email\nAna,ana@example.com\n").importable()).isTrue();
	}

	@Test
	void numbersRowsByTheLineTheyStartOnEvenAfterMultiLineCells() {
		String csv = "name,email,title\n\"Ana\nSilva\",ana@example.com,Agent\nTom,bad,Agent\n";

		assertThat(this.roster.preview(csv).rows(Action.ERROR)).extracting(RosterRow::line).containsExactly(4L);
	}

	@Test
	void readsFilesSavedByExcelOnWindowsAsWellAsUtf8() {
		byte[] windows = "name,email\nJ\u00f6rg M\u00fcller,joerg@example.com\n"
			.getBytes(java.nio.charset.Charset.forName("windows-1252"));
		byte[] utf8 = "name,email\nJ\u00f6rg M\u00fcller,joerg@example.com\n"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(Roster.decode(windows)).contains("J\u00f6rg M\u00fcller");
		assertThat(Roster.decode(utf8)).contains("J\u00f6rg M\u00fcller");
	}

	@Test
	void acceptsEveryEmailThePersonFormAccepts() {
		assertThat(this.roster.preview("name,email\nLocal Admin,admin@intranet\n").importable()).isTrue();
	}

	@TestConfiguration
	static class Config {

		@Bean
		Clock clock() {
			return MutableClock.at("2026-03-01T10:00:00Z");
		}

	}

}
