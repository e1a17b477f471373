package org.serviceweek.shoutout.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.serviceweek.shared.Audited;
import org.serviceweek.shoutout.CompanyValues;
import org.serviceweek.shoutout.ReactionKind;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.CountedPage;
import org.serviceweek.shoutout.ShoutOutCard;
import org.serviceweek.shoutout.ShoutOutRuleException;
import org.serviceweek.shoutout.ShoutOuts;
import org.serviceweek.shoutout.ShoutOuts.FeedFilter;
import org.serviceweek.shared.web.CsvDownload;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Shout-outs for signed-in people: the feed, posting, reacting, reporting; the author's
 * 15-minute edit window; managers hide and export.
 */
@Controller
@RequestMapping("/shoutouts")
class ShoutOutController {

	static final int PAGE_SIZE = 20;

	private final ShoutOuts shoutOuts;

	private final CompanyValues values;

	private final People people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ShoutOutController(ShoutOuts shoutOuts, CompanyValues values, People people, Clock clock,
			ApplicationEventPublisher events) {
		this.shoutOuts = shoutOuts;
		this.values = values;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	@GetMapping
	String feed(@RequestParam(required = false) Long team, @RequestParam(required = false) Long value,
			@RequestParam(required = false) Long person,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInAccount me, Model model) {
		ZoneId zone = this.clock.getZone();
		FeedFilter filter = new FeedFilter(team, value, person,
				(from != null) ? from.atStartOfDay(zone).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(zone).toInstant() : null);
		CountedPage<ShoutOutCard> cards = this.shoutOuts.feed(filter,
				PageRequest.of(Math.min(Math.max(0, page), 10_000), PAGE_SIZE), me.getPersonId());
		model.addAttribute("cards", cards);
		model.addAttribute("countCapped", cards.isCountCapped());
		model.addAttribute("teams", this.people.teams());
		model.addAttribute("values", this.values.all());
		model.addAttribute("team", team);
		model.addAttribute("value", value);
		model.addAttribute("person", (person != null) ? this.people.find(person).orElse(null) : null);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/shoutouts")
					.queryParamIfPresent("team", java.util.Optional.ofNullable(team))
					.queryParamIfPresent("value", java.util.Optional.ofNullable(value))
					.queryParamIfPresent("person", java.util.Optional.ofNullable(person))
					.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
					.queryParamIfPresent("to", java.util.Optional.ofNullable(to))
					.toUriString());
		String pageLink = (String) model.getAttribute("pageLink");
		model.addAttribute("returnLink", pageLink + (pageLink.contains("?") ? "&" : "?") + "page=" + cards.getNumber());
		addCommon(model, me);
		return "shoutout/feed";
	}

	@GetMapping("/new")
	String newShoutOut(@RequestParam(required = false) Long to, @RequestParam(required = false) Long team,
			@AuthenticationPrincipal SignedInAccount me, Model model) {
		ShoutOutForm form = new ShoutOutForm();
		if (to != null && to != me.getPersonId()) {
			this.people.get(to);
			form.getRecipientIds().add(to);
		}
		form.setTeamId(team);
		form.setSubmissionKey(UUID.randomUUID().toString());
		return form(form, model, me);
	}

	@PostMapping
	String post(@Valid @ModelAttribute("form") ShoutOutForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
		if (form.getSubmissionKey() == null || form.getSubmissionKey().length() > 64) {
			form.setSubmissionKey(UUID.randomUUID().toString());
		}
		if (!result.hasErrors()) {
			try {
				ShoutOut shoutOut;
				try {
					shoutOut = this.shoutOuts.post(me.getPersonId(), form.toRequest());
				}
				catch (org.springframework.dao.DataIntegrityViolationException ex) {
					// The same form was sent twice at once: show the one the other
					// request saved.
					shoutOut = this.shoutOuts.findBySubmission(form.getSubmissionKey()).orElseThrow(() -> ex);
				}
				redirect.addFlashAttribute("success", switch (shoutOut.getModeration()) {
					case PENDING -> "shoutOut.postedPending";
					case APPROVED -> "shoutOut.postedPublic";
					default -> "shoutOut.posted";
				});
				return "redirect:/shoutouts/" + shoutOut.getId();
			}
			catch (ShoutOutRuleException ex) {
				result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		return form(form, model, me);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, Model model) {
		ShoutOutCard card = this.shoutOuts.card(id, me.getPersonId());
		if (card.shoutOut().isHidden() && !isManager(me)) {
			throw new org.serviceweek.shared.NotFoundException("Hidden");
		}
		if (card.shoutOut().isFromCustomer()
				&& card.shoutOut().getModeration() != org.serviceweek.shoutout.Moderation.APPROVED && !isManager(me)) {
			throw new org.serviceweek.shared.NotFoundException("Not approved");
		}
		model.addAttribute("card", card);
		model.addAttribute("editable", card.shoutOut().isEditableBy(me.getPersonId(), this.clock.instant()));
		addCommon(model, me);
		return "shoutout/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, Model model,
			RedirectAttributes redirect) {
		ShoutOut shoutOut = this.shoutOuts.get(id);
		if (!shoutOut.isEditableBy(me.getPersonId(), this.clock.instant())) {
			redirect.addFlashAttribute("failure", "shoutOut.editWindowOver");
			return "redirect:/shoutouts/" + id;
		}
		ShoutOutForm form = new ShoutOutForm();
		form.setMessage(shoutOut.getMessage());
		form.setValueId((shoutOut.getValue() != null) ? shoutOut.getValue().getId() : null);
		form.setWantsPublic(shoutOut.isWantsPublic());
		model.addAttribute("shoutOut", shoutOut);
		model.addAttribute("form", form);
		model.addAttribute("values", this.values.active());
		return "shoutout/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") ShoutOutForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
		try {
			this.shoutOuts.edit(id, me.getPersonId(), form.getMessage(), form.getValueId(), form.isWantsPublic());
			redirect.addFlashAttribute("success", "shoutOut.saved");
			return "redirect:/shoutouts/" + id;
		}
		catch (ShoutOutRuleException ex) {
			if (ex.getField() == null) {
				redirect.addFlashAttribute("failure", ex.getMessageKey());
				// Too late to change it: the shout-out's page gives back what was typed.
				redirect.addFlashAttribute("unsavedMessage", form.getMessage());
				return "redirect:/shoutouts/" + id;
			}
			result.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
			model.addAttribute("shoutOut", this.shoutOuts.get(id));
			model.addAttribute("values", this.values.active());
			return "shoutout/edit";
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		try {
			this.shoutOuts.delete(id, me.getPersonId());
			redirect.addFlashAttribute("success", "shoutOut.deleted");
			return "redirect:/shoutouts";
		}
		catch (ShoutOutRuleException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
			return "redirect:/shoutouts/" + id;
		}
	}

	@PostMapping("/{id}/hide")
	String hide(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		this.shoutOuts.hide(id, me.getPersonId());
		redirect.addFlashAttribute("success", "shoutOut.hidden");
		return "redirect:/shoutouts";
	}

	/**
	 * Toggles a reaction: JSON for the page's script, a redirect back for a plain form
	 * post.
	 */
	@PostMapping("/{id}/reactions/{kind}")
	Object react(@PathVariable long id, @PathVariable ReactionKind kind, @AuthenticationPrincipal SignedInAccount me,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
			@RequestParam(required = false) String returnTo) {
		ShoutOutCard card = this.shoutOuts.toggleReaction(id, me.getPersonId(), kind);
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			return ResponseEntity
				.ok(Map.of("kind", kind.name(), "count", card.count(kind), "reacted", card.reacted(kind)));
		}
		String back = (returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")) ? returnTo
				: "/shoutouts/" + id;
		return "redirect:" + back + "#shoutout-" + id;
	}

	@PostMapping("/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		this.shoutOuts.report(id, me.getPersonId(),
				(reason != null && reason.length() > 300) ? reason.substring(0, 300) : reason);
		redirect.addFlashAttribute("success", "shoutOut.reported");
		return "redirect:/shoutouts/" + id;
	}

	@GetMapping("/export.csv")
	void export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response)
			throws IOException {
		ZoneId zone = this.clock.getZone();
		String fileName = "shoutouts-" + from + "-to-" + to + ".csv";
		this.events.publishEvent(Audited.export(fileName, null));
		Writer writer = CsvDownload.start(response, fileName);
		this.shoutOuts.export(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(), zone,
				writer);
		writer.flush();
	}

	@GetMapping("/not-recognised")
	String notRecognised(@RequestParam(defaultValue = "90") int days, Model model) {
		int period = Math.max(1, Math.min(days, 3650));
		model.addAttribute("days", period);
		model.addAttribute("people", this.shoutOuts.notRecognisedSince(period));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "shoutout/not-recognised";
	}

	private String form(ShoutOutForm form, Model model, SignedInAccount me) {
		model.addAttribute("form", form);
		model.addAttribute("values", this.values.active());
		model.addAttribute("teams", this.people.teams());
		model.addAttribute("people", this.people.choices(form.getRecipientIds()).without(me.getPersonId()));
		model.addAttribute("myPersonId", me.getPersonId());
		return "shoutout/form";
	}

	private void addCommon(Model model, SignedInAccount me) {
		model.addAttribute("reactionKinds", ReactionKind.values());
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("isManager", isManager(me));
		model.addAttribute("now", this.clock.instant());
	}

	private static boolean isManager(SignedInAccount me) {
		return me.getRole().mayGrant(org.serviceweek.account.Role.MANAGER);
	}

}
