package org.serviceweek.wall.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.serviceweek.fame.Induction;
import org.serviceweek.fame.WallOfFame;
import org.serviceweek.fame.WallOfFame.PublicInductee;
import org.serviceweek.people.People;
import org.serviceweek.people.Team;
import org.serviceweek.shared.PublicContent;
import org.serviceweek.shared.RecentValues;
import org.serviceweek.shared.Text;
import org.serviceweek.shared.web.OpenGraph;
import org.serviceweek.shared.web.PublicAddress;
import org.serviceweek.shoutout.CompanyValue;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.CountedPage;
import org.serviceweek.shoutout.ReactionKind;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOutCard;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.shoutout.ShoutOuts.WallFilter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public wall for everyone, no account needed: approved shout-outs about people who
 * agreed to be shown, each with a page of its own, and the hall of fame.
 */
@Controller
@RequestMapping("/wall")
class WallController {

	static final int PAGE_SIZE = 24;

	/** How many of the first pages without a filter are kept in memory. */
	static final int KEPT_PAGES = 3;

	private static final int MAX_WORDS = 100;

	private final ShoutOuts shoutOuts;

	private final WallOfFame fame;

	private final People people;

	private final CompanyValues values;

	private final PublicAddress address;

	private final MessageSource messages;

	private final Clock clock;

	/** The wall's first pages without a filter, the ones most visitors see. */
	private final RecentValues<Integer, CountedPage<ShoutOutCard>> firstPages;

	/** The filter's choices and the latest inductees, the same on every page. */
	private final RecentValues<ZoneId, Surroundings> surroundings;

	WallController(ShoutOuts shoutOuts, WallOfFame fame, People people, CompanyValues values, PublicAddress address,
			MessageSource messages, Clock clock, PublicContent content) {
		this.shoutOuts = shoutOuts;
		this.fame = fame;
		this.people = people;
		this.values = values;
		this.address = address;
		this.messages = messages;
		this.clock = clock;
		this.firstPages = new RecentValues<>(content.freshFor(), KEPT_PAGES, content);
		this.surroundings = new RecentValues<>(content.freshFor(), 4, content);
	}

	@GetMapping
	String wall(@RequestParam(required = false) String year, @RequestParam(required = false) String team,
			@RequestParam(required = false) String value, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, Model model) {
		// A filter that makes no sense (typed into the address bar, an old link) is
		// ignored rather than refused: the wall shows what it can.
		ZoneId zone = this.clock.getZone();
		Long yearNumber = number(year);
		Integer chosenYear = (yearNumber != null && yearNumber >= 2000 && yearNumber <= 2100) ? yearNumber.intValue()
				: null;
		Long teamId = number(team);
		Long valueId = number(value);
		String words = Text.trimToNull(q);
		if (words != null && words.length() > MAX_WORDS) {
			words = words.substring(0, MAX_WORDS);
		}
		WallFilter filter = new WallFilter(
				(chosenYear != null) ? LocalDate.of(chosenYear, 1, 1).atStartOfDay(zone).toInstant() : null,
				(chosenYear != null) ? LocalDate.of(chosenYear + 1, 1, 1).atStartOfDay(zone).toInstant() : null, teamId,
				valueId, words);
		Long pageNumber = number(page);
		int wanted = (pageNumber != null) ? (int) Math.min(Math.max(0, pageNumber), 10_000) : 0;
		boolean filtered = chosenYear != null || teamId != null || valueId != null || words != null;
		CountedPage<ShoutOutCard> cards = page(filter, filtered, wanted);
		if (wanted > 0 && wanted >= cards.getTotalPages() && cards.getTotalPages() > 0) {
			// Past the end (the wall got shorter, or a made-up number): the last page.
			cards = page(filter, filtered, cards.getTotalPages() - 1);
		}
		Surroundings around = this.surroundings.get(zone, () -> new Surroundings(this.fame.latestPublic(4),
				this.shoutOuts.publicYears(zone), this.people.teams(), this.values.all()));
		model.addAttribute("cards", cards);
		model.addAttribute("countCapped", cards.isCountCapped());
		model.addAttribute("filtered", filtered);
		model.addAttribute("inductees", (filtered || cards.getNumber() > 0) ? List.of() : around.inductees());
		model.addAttribute("years", around.years());
		model.addAttribute("teams", around.teams());
		model.addAttribute("values", around.values());
		model.addAttribute("year", chosenYear);
		model.addAttribute("team", teamId);
		model.addAttribute("value", valueId);
		model.addAttribute("q", words);
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/wall")
					.queryParamIfPresent("year", Optional.ofNullable(chosenYear))
					.queryParamIfPresent("team", Optional.ofNullable(teamId))
					.queryParamIfPresent("value", Optional.ofNullable(valueId))
					.queryParamIfPresent("q", Optional.ofNullable(words))
					.encode()
					.toUriString());
		model.addAttribute("reactionKinds", ReactionKind.values());
		model.addAttribute("zone", zone);
		return "wall/wall";
	}

	@GetMapping("/shoutouts/{id}")
	String shoutOut(@PathVariable long id, Locale locale, Model model) {
		ShoutOutCard card = this.shoutOuts.publicCard(id);
		ShoutOut shoutOut = card.shoutOut();
		String names = shoutOut.getRecipients()
			.stream()
			.map((person) -> person.getName())
			.collect(Collectors.joining(", "));
		String title = this.messages.getMessage("wall.card.ogTitle", new Object[] { names }, locale);
		model.addAttribute("card", card);
		model.addAttribute("names", names);
		model.addAttribute("og", openGraph(title, shoutOut.getPublicMessage(), "/wall/shoutouts/" + id, locale));
		model.addAttribute("reactionKinds", ReactionKind.values());
		model.addAttribute("zone", this.clock.getZone());
		return "wall/shoutout";
	}

	@GetMapping("/fame")
	String hall(Locale locale, Model model) {
		model.addAttribute("years", this.fame.hall());
		model.addAttribute("og", openGraph(this.messages.getMessage("hall.title", null, locale),
				this.messages.getMessage("hall.intro", null, locale), "/wall/fame", locale));
		return "wall/hall";
	}

	@GetMapping("/fame/{id}")
	String inductee(@PathVariable long id, Locale locale, Model model) {
		PublicInductee inductee = this.fame.publicInductee(id);
		Induction induction = inductee.induction();
		String award = this.messages.getMessage("fame.awardTitle",
				new Object[] { induction.getCategory().getName(), induction.getYear() }, locale);
		model.addAttribute("inductee", inductee);
		model.addAttribute("award", award);
		model.addAttribute("og", openGraph(induction.getPerson().getName() + " · " + award, induction.getCitation(),
				"/wall/fame/" + id, locale));
		model.addAttribute("reactionKinds", ReactionKind.values());
		model.addAttribute("zone", this.clock.getZone());
		return "wall/inductee";
	}

	private CountedPage<ShoutOutCard> page(WallFilter filter, boolean filtered, int number) {
		if (!filtered && number < KEPT_PAGES) {
			return this.firstPages.get(number,
					() -> this.shoutOuts.publicWall(filter, PageRequest.of(number, PAGE_SIZE)));
		}
		return this.shoutOuts.publicWall(filter, PageRequest.of(number, PAGE_SIZE));
	}

	private static Long number(String text) {
		try {
			return (text != null && !text.isBlank()) ? Long.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** What every page of the wall shows around the shout-outs. */
	private record Surroundings(List<Induction> inductees, List<Integer> years, List<Team> teams,
			List<CompanyValue> values) {
	}

	private OpenGraph openGraph(String title, String description, String path, Locale locale) {
		String base = this.address.base();
		return new OpenGraph(title, OpenGraph.summary(description, 200), base + path, base + OpenGraph.DEFAULT_IMAGE,
				this.messages.getMessage("wall.ogImageAlt", null, locale));
	}

}
