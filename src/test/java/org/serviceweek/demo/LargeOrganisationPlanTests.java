package org.serviceweek.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The large organisation's rows: the advertised sizes, the conventions load tests rely
 * on, rules the app keeps (capacity, consent, moderation), and the same rows for the same
 * seed.
 */
class LargeOrganisationPlanTests {

	private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	@Test
	void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() throws Exception {
		assertThat(digest(7, 0.05)).isEqualTo(digest(7, 0.05)).isNotEqualTo(digest(8, 0.05));
	}

	@Test
	void theFullSizeHasTheAdvertisedNumbersAndConventions() {
		Map<Table, List<Object[]>> rows = rows(20261005, 1);

		assertThat(rows.get(Table.PERSON)).hasSize(2000);
		assertThat(rows.get(Table.TEAM)).hasSize(60);
		assertThat(rows.get(Table.ACCOUNT)).hasSize(2000);
		assertThat(rows.get(Table.SHOUT_OUT)).hasSize(100_000);
		assertThat(rows.get(Table.ACTIVITY)).hasSize(150 + LargeOrganisationPlan.comingActivities());
		assertThat(rows.get(Table.SIGN_UP).stream().filter((row) -> (Long) row[1] <= 150)).hasSize(5000);
		assertThat(rows.get(Table.INDUCTION)).hasSize(50);
		assertThat(rows.get(Table.PERSON).get(0)[2]).isEqualTo("admin-01@large.serviceweek.example");
		assertThat(rows.get(Table.PERSON).get(2)[2]).isEqualTo("manager-01@large.serviceweek.example");
		assertThat(rows.get(Table.PERSON).get(22)).satisfies((row) -> {
			assertThat(row[0]).isEqualTo(23L);
			assertThat(row[2]).isEqualTo("staff-0001@large.serviceweek.example");
		});
		assertThat(rows.get(Table.ACCOUNT).get(22)[3]).isEqualTo("STAFF");
		assertThat(rows.get(Table.ACTIVITY).get(150)).satisfies((row) -> {
			assertThat(row[0]).isEqualTo(LargeOrganisationPlan.firstComingActivityId());
			assertThat(row[2]).isEqualTo(2027);
			assertThat(row[12]).as("no capacity limit").isNull();
		});
	}

	@Test
	void rowsKeepTheAppsRules() {
		Map<Table, List<Object[]>> rows = rows(20261005, 0.2);
		Map<Long, Integer> capacity = new HashMap<>();
		rows.get(Table.ACTIVITY).forEach((row) -> capacity.put((Long) row[0], (Integer) row[12]));
		Map<Long, Integer> confirmed = new HashMap<>();
		Set<String> signedUp = new HashSet<>();
		for (Object[] row : rows.get(Table.SIGN_UP)) {
			assertThat(signedUp.add(row[1] + "/" + row[2])).as("one sign-up per person and activity").isTrue();
			if (row[3].equals("CONFIRMED")) {
				confirmed.merge((Long) row[1], 1, Integer::sum);
			}
		}
		confirmed
			.forEach((activity, count) -> assertThat(capacity.get(activity) == null || count <= capacity.get(activity))
				.as("activity %s within its capacity", activity)
				.isTrue());
		Set<Object> withRecipients = new HashSet<>();
		rows.get(Table.SHOUT_OUT_RECIPIENT).forEach((row) -> withRecipients.add(row[0]));
		Set<String> reactions = new HashSet<>();
		rows.get(Table.REACTION)
			.forEach((row) -> assertThat(reactions.add(row[0] + "/" + row[1] + "/" + row[2])).isTrue());
		long approved = 0;
		for (Object[] row : rows.get(Table.SHOUT_OUT)) {
			OffsetDateTime created = (OffsetDateTime) row[17];
			assertThat(created.toInstant()).isBefore(NOW).isAfter(NOW.minusSeconds(5L * 366 * 24 * 3600));
			if (row[1].equals("STAFF") || row[7].equals("APPROVED")) {
				assertThat(withRecipients).as("recipients of %s", row[0]).contains(row[0]);
			}
			if (row[7].equals("APPROVED")) {
				approved++;
				assertThat(((OffsetDateTime) row[11]).toInstant()).isBefore(NOW).isAfter(created.toInstant());
			}
			if (row[7].equals("INTERNAL")) {
				assertThat(row[6]).isEqualTo(false);
			}
		}
		assertThat(approved).as("most public shout-outs are approved")
			.isGreaterThan(rows.get(Table.SHOUT_OUT).size() / 2);
		long consenting = rows.get(Table.PERSON).stream().filter((row) -> (Boolean) row[6]).count();
		assertThat(consenting).isBetween(rows.get(Table.PERSON).size() * 75L / 100,
				rows.get(Table.PERSON).size() * 95L / 100);
	}

	@Test
	void refusesAScaleOutsideItsRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> LargeOrganisationPlan.Sizes.of(0));
		assertThatIllegalArgumentException().isThrownBy(() -> LargeOrganisationPlan.Sizes.of(11));
	}

	private static LargeOrganisationPlan plan(long seed, double scale) {
		return new LargeOrganisationPlan(new LargeOrganisationPlan.Settings(seed, scale, NOW, ZONE,
				List.of(1L, 2L, 3L, 4L), List.of(1L, 2L, 3L, 4L, 5L, 6L), "{bcrypt}not-a-real-hash"));
	}

	private static Map<Table, List<Object[]>> rows(long seed, double scale) {
		Map<Table, List<Object[]>> rows = new EnumMap<>(Table.class);
		for (Table table : Table.values()) {
			rows.put(table, new ArrayList<>());
		}
		plan(seed, scale).writeTo((table, values) -> rows.get(table).add(values));
		return rows;
	}

	private static String digest(long seed, double scale) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		plan(seed, scale).writeTo((table, values) -> {
			digest.update(table.name().getBytes(StandardCharsets.UTF_8));
			for (Object value : values) {
				digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
		});
		return HexFormat.of().formatHex(digest.digest());
	}

}
