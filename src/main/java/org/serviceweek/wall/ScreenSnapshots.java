package org.serviceweek.wall;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.serviceweek.fame.Induction;
import org.serviceweek.fame.PersonInducted;
import org.serviceweek.fame.WallOfFame;
import org.serviceweek.people.Person;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOutApproved;
import org.serviceweek.shoutout.ShoutOutCard;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.week.Activity;
import org.serviceweek.week.CelebrationWeeks;
import org.serviceweek.week.WeekAtAGlance;
import org.serviceweek.week.WeekPlanner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the office screens show, as one JSON document with an ETag made from its content.
 * <p>
 * Screens poll for it every few seconds. Answering a poll never touches the database: the
 * document is rebuilt in the background every few seconds (and at once when this instance
 * approves or inducts), and a poll compares its {@code If-None-Match} with the ETag held
 * in memory. Every instance builds the same document from the same database, so the ETag
 * is the same whichever instance a load balancer picks, and a change made on one instance
 * reaches screens polling another within one refresh interval.
 */
@Component
public class ScreenSnapshots {

	private static final Logger logger = LoggerFactory.getLogger(ScreenSnapshots.class);

	static final int SHOUT_OUTS = 12;

	static final int INDUCTEES = 6;

	/** Names shown on a card from across the room; more are counted ("and 7 more"). */
	static final int NAMES = 3;

	private final ShoutOuts shoutOuts;

	private final WallOfFame fame;

	private final CelebrationWeeks weeks;

	private final WeekPlanner planner;

	private final JsonMapper json;

	private final Clock clock;

	private final AtomicReference<Snapshot> current = new AtomicReference<>();

	ScreenSnapshots(ShoutOuts shoutOuts, WallOfFame fame, CelebrationWeeks weeks, WeekPlanner planner, JsonMapper json,
			Clock clock) {
		this.shoutOuts = shoutOuts;
		this.fame = fame;
		this.weeks = weeks;
		this.planner = planner;
		this.json = json;
		this.clock = clock;
	}

	/** The latest document; built on first use. */
	public Snapshot current() {
		Snapshot snapshot = this.current.get();
		return (snapshot != null) ? snapshot : refresh();
	}

	/**
	 * Rebuilds the document from the database. Runs on every instance, deliberately
	 * without a scheduler lock: each instance holds its own copy in memory, and this is
	 * how it learns of approvals made on the others.
	 */
	@Scheduled(fixedDelayString = "${serviceweek.screen.refresh-interval:3s}",
			initialDelayString = "${serviceweek.screen.refresh-interval:3s}")
	public Snapshot refresh() {
		try {
			String document = this.json.writeValueAsString(build());
			Snapshot snapshot = new Snapshot(document, etagOf(document));
			this.current.set(snapshot);
			return snapshot;
		}
		catch (RuntimeException ex) {
			// Keep showing the last good document while the database is unreachable.
			Snapshot last = this.current.get();
			if (last == null) {
				throw ex;
			}
			logger.warn("Could not refresh the office screen: {}", ex.getMessage());
			return last;
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ShoutOutApproved approved) {
		refresh();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PersonInducted inducted) {
		refresh();
	}

	private ScreenData build() {
		ZoneId zone = this.clock.getZone();
		LocalDateTime now = LocalDateTime.now(this.clock);
		LocalDate today = now.toLocalDate();
		WeekAtAGlance glance = this.weeks.glance();
		List<ScreenItem> items = new ArrayList<>();
		List<ShoutOutCard> cards = this.shoutOuts.latestPublic(SHOUT_OUTS);
		List<Induction> inductees = this.fame.latestPublic(INDUCTEES);
		// Interleave: two shout-outs, then an inductee, so both keep coming round.
		int card = 0;
		int inductee = 0;
		while (card < cards.size() || inductee < inductees.size()) {
			for (int i = 0; i < 2 && card < cards.size(); i++) {
				items.add(item(cards.get(card++).shoutOut(), zone));
			}
			if (inductee < inductees.size()) {
				items.add(item(inductees.get(inductee++)));
			}
		}
		List<Activity> planned = this.planner.plannedBetween(today, today.plusDays(14));
		List<ScreenActivity> todays = planned.stream()
			.filter((activity) -> activity.getDate().equals(today))
			.map((activity) -> activity(activity, now))
			.toList();
		ScreenActivity next = planned.stream()
			.filter((activity) -> activity.getDate().atTime(activity.getStartsAt()).isAfter(now))
			.findFirst()
			.map((activity) -> activity(activity, now))
			.orElse(null);
		return new ScreenData(glance.year(), glance.theme(), glance.startsOn().toString(), glance.endsOn().toString(),
				glance.dayNumber(), glance.daysUntil(), today.toString(), items, todays, next);
	}

	private static ScreenItem item(ShoutOut shoutOut, ZoneId zone) {
		String from = shoutOut.isFromCustomer() ? null
				: (shoutOut.getAuthor().isPublicConsent() ? shoutOut.getAuthor().getName() : null);
		List<String> names = shoutOut.getRecipients().stream().map(Person::getName).toList();
		return new ScreenItem("shoutout", shoutOut.getId(),
				String.join(", ", names.subList(0, Math.min(NAMES, names.size()))), Math.max(0, names.size() - NAMES),
				(shoutOut.getTeam() != null) ? shoutOut.getTeam().getName() : null,
				(shoutOut.getValue() != null) ? shoutOut.getValue().getName() : null, shoutOut.getPublicMessage(), from,
				shoutOut.isFromCustomer(), shoutOut.getCreatedAt().atZone(zone).toLocalDate().toString(), null, null);
	}

	private static ScreenItem item(Induction induction) {
		Person person = induction.getPerson();
		return new ScreenItem("inductee", induction.getId(), person.getName(), 0,
				(person.getTeam() != null) ? person.getTeam().getName() : null, null, induction.getCitation(), null,
				false, null, induction.getCategory().getName(), induction.getYear());
	}

	private static ScreenActivity activity(Activity activity, LocalDateTime now) {
		String state = activity.isOver(now) ? "done" : activity.isOn(now) ? "now" : "later";
		return new ScreenActivity(activity.getId(), activity.getDate().toString(), activity.getStartsAt().toString(),
				activity.getEndsAt().toString(), activity.getTitle(), activity.getPlace(), state);
	}

	static String etagOf(String document) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
			// Weak: the same document may go out gzipped or not (the server compresses
			// only responses with a weak tag).
			return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The document and its ETag (a weak tag made of a hash of the document).
	 */
	public record Snapshot(String json, String etag) {
	}

	record ScreenData(int year, String theme, String startsOn, String endsOn, int dayNumber, long daysUntil,
			String today, List<ScreenItem> items, List<ScreenActivity> activities, ScreenActivity next) {
	}

	record ScreenItem(String kind, long id, String name, int others, String team, String value, String text,
			String from, boolean fromCustomer, String date, String award, Integer year) {
	}

	record ScreenActivity(long id, String date, String startsAt, String endsAt, String title, String place,
			String state) {
	}

}
