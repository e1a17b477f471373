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
import org.serviceweek.shared.Text;
import org.serviceweek.shared.web.OpenGraph;
import org.serviceweek.shared.web.PublicAddress;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ReactionKind;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOutCard;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.shoutout.ShoutOuts.WallFilter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
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

	private static final int MAX_WORDS = 100;

	private final ShoutOuts shoutOuts;

	private final WallOfFame fame;

	private final People people;

	private final CompanyValues values;

	private final PublicAddress address;

	private final MessageSource messages;

	private final Clock clock;

	WallController(ShoutOuts shoutOuts, WallOfFame fame, People people, CompanyValues values, PublicAddress address,
			MessageSource messages, Clock clock) {
		this.shoutOuts = shoutOuts;
		this.fame = fame;
		this.people = people;
		this.values = values;
		this.address = address;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String wall(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long team,
			@RequestParam(required = false) Long value, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ZoneId zone = this.clock.getZone();
		Integer chosenYear = (year != null && year >= 2000 && year <= 2100) ? year : null;
		String words = Text.trimToNull(q);
		if (words != null && words.length() > MAX_WORDS) {
			words = words.substring(0, MAX_WORDS);
		}
		WallFilter filter = new WallFilter(
				(chosenYear != null) ? LocalDate.of(chosenYear, 1, 1).atStartOfDay(zone).toInstant() : null,
				(chosenYear != null) ? LocalDate.of(chosenYear + 1, 1, 1).atStartOfDay(zone).toInstant() : null, team,
				value, words);
		Page<ShoutOutCard> cards = this.shoutOuts.publicWall(filter,
				PageRequest.of(Math.min(Math.max(0, page), 10_000), PAGE_SIZE));
		boolean filtered = chosenYear != null || team != null || value != null || words != null;
		model.addAttribute("cards", cards);
		model.addAttribute("filtered", filtered);
		model.addAttribute("inductees", (filtered || page > 0) ? List.of() : this.fame.latestPublic(4));
		model.addAttribute("years", this.shoutOuts.publicYears(zone));
		model.addAttribute("teams", this.people.teams());
		model.addAttribute("values", this.values.all());
		model.addAttribute("year", chosenYear);
		model.addAttribute("team", team);
		model.addAttribute("value", value);
		model.addAttribute("q", words);
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/wall")
					.queryParamIfPresent("year", Optional.ofNullable(chosenYear))
					.queryParamIfPresent("team", Optional.ofNullable(team))
					.queryParamIfPresent("value", Optional.ofNullable(value))
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

	private OpenGraph openGraph(String title, String description, String path, Locale locale) {
		String base = this.address.base();
		return new OpenGraph(title, OpenGraph.summary(description, 200), base + path, base + OpenGraph.DEFAULT_IMAGE,
				this.messages.getMessage("wall.ogImageAlt", null, locale));
	}

}
