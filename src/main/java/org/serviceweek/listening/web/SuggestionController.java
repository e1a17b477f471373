package org.serviceweek.listening.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.listening.Suggestion;
import org.serviceweek.listening.SuggestionQuota;
import org.serviceweek.listening.SuggestionRuleException;
import org.serviceweek.listening.SuggestionView;
import org.serviceweek.listening.Suggestions;
import org.serviceweek.shared.RuleViolation;
import org.serviceweek.shared.web.WithheldAccount;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "You said, we did" for everyone signed in: the board, raising a challenge or suggestion
 * (named or anonymously), an item's page with voices, comments, the managers' answer and
 * history; managers answer and move items from that page.
 */
@Controller
@RequestMapping("/suggestions")
class SuggestionController {

	private final Suggestions suggestions;

	private final SuggestionQuota quota;

	private final Clock clock;

	SuggestionController(Suggestions suggestions, SuggestionQuota quota, Clock clock) {
		this.suggestions = suggestions;
		this.quota = quota;
		this.clock = clock;
	}

	@GetMapping
	String board(Model model) {
		model.addAttribute("board", this.suggestions.board());
		model.addAttribute("zone", this.clock.getZone());
		return "listening/board";
	}

	/**
	 * The form, optionally filled in from the address (other pages link here with what
	 * someone learned, such as {@code ?title=...&description=...}).
	 */
	@GetMapping("/new")
	String newSuggestion(@RequestParam(required = false) String title,
			@RequestParam(required = false) String description, @RequestParam(required = false) Long category,
			Model model) {
		SuggestionForm form = new SuggestionForm();
		form.setTitle(title);
		form.setDescription(description);
		form.setCategoryId(category);
		form.setSubmissionKey(java.util.UUID.randomUUID().toString());
		return form(form, model);
	}

	@PostMapping
	String raise(@ModelAttribute("form") SuggestionForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		// Named or not, so that a line without an account does not mark an anonymous one.
		WithheldAccount.forThisRequest(request);
		form.check(result);
		if (result.hasErrors()) {
			return form(form, model);
		}
		try {
			// An anonymous suggestion reaches the service with a key for the hourly limit
			// only, never with who wrote it.
			Suggestion suggestion;
			try {
				suggestion = form.isAnonymous()
						? this.suggestions.raiseAnonymously(this.quota.keyFor(me.getPersonId()), form.toRequest())
						: this.suggestions.raise(me.getPersonId(), form.toRequest());
			}
			catch (DataIntegrityViolationException ex) {
				// The same form arrived twice at the same moment: show the one saved.
				suggestion = java.util.Optional.ofNullable(this.suggestions.sentBefore(form.toRequest()))
					.orElseThrow(() -> ex);
			}
			// The thanks come from the address, not a flash attribute: sessions are kept
			// in the database (ADR 015), and a flash would store there, in the author's
			// session, which suggestion they just raised (ADR 012).
			return "redirect:/suggestions/" + suggestion.getId() + "?raised=true";
		}
		catch (SuggestionRuleException ex) {
			reject(result, ex);
			return form(form, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "false") boolean raised,
			@AuthenticationPrincipal SignedInAccount me, Model model, HttpServletRequest request) {
		if (raised) {
			// The thanks after raising it: the access log would name the author beside
			// its id.
			WithheldAccount.forThisRequest(request);
		}
		String page = page(id, me, model);
		if (raised) {
			Suggestion suggestion = (Suggestion) model.getAttribute("s");
			if (suggestion.isAnonymous()) {
				model.addAttribute("success", "suggestions.raisedAnonymously");
			}
			else if (suggestion.isRaisedBy(me.getPersonId())) {
				model.addAttribute("success", "suggestions.raised");
			}
		}
		return page;
	}

	@PostMapping("/{id}/voice")
	String addVoice(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		try {
			boolean added = this.suggestions.addVoice(id, me.getPersonId());
			redirect.addFlashAttribute("success", added ? "suggestions.voice.added" : "suggestions.voice.already");
		}
		catch (SuggestionRuleException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
		}
		catch (DataIntegrityViolationException ex) {
			// The same person's "me too" arrived twice at once; one of them counted.
			redirect.addFlashAttribute("success", "suggestions.voice.already");
		}
		return "redirect:/suggestions/" + id;
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable long id, @ModelAttribute("commentForm") CommentForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
		try {
			this.suggestions.comment(id, me.getPersonId(), form.getBody());
			redirect.addFlashAttribute("success", "suggestions.comment.added");
			return "redirect:/suggestions/" + id + "#comments";
		}
		catch (SuggestionRuleException ex) {
			reject(result, ex);
			return page(id, me, model);
		}
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
		try {
			this.suggestions.answer(id, form.getVersion(), me.getPersonId(), form.getAnswer());
			redirect.addFlashAttribute("success", "suggestions.answer.saved");
			return "redirect:/suggestions/" + id;
		}
		catch (SuggestionRuleException ex) {
			reject(result, ex);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Keep what was typed; the page shows what the other person saved.
			result.reject("suggestions.conflict");
			form.setVersion(this.suggestions.get(id).getVersion());
		}
		return page(id, me, model);
	}

	@PostMapping("/{id}/state")
	String move(@PathVariable long id, @ModelAttribute("moveForm") MoveForm form, BindingResult result,
			@AuthenticationPrincipal SignedInAccount me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, me, model);
		}
		try {
			Suggestion suggestion = this.suggestions.move(id, form.getVersion(), me.getPersonId(), form.getState(),
					form.getNote());
			redirect.addFlashAttribute("success", "suggestions.moved." + suggestion.getState());
			return "redirect:/suggestions/" + id;
		}
		catch (SuggestionRuleException ex) {
			reject(result, ex);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("suggestions.conflict");
			form.setVersion(this.suggestions.get(id).getVersion());
		}
		return page(id, me, model);
	}

	private String form(SuggestionForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("categories", this.suggestions.activeCategories());
		model.addAttribute("perHour", this.quota.perHour());
		return "listening/form";
	}

	private String page(long id, SignedInAccount me, Model model) {
		SuggestionView view = this.suggestions.view(id, me.getPersonId());
		Suggestion suggestion = view.suggestion();
		model.addAttribute("view", view);
		model.addAttribute("s", suggestion);
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("isManager", me.getRole().mayGrant(Role.MANAGER));
		model.addAttribute("mine", suggestion.isRaisedBy(me.getPersonId()));
		if (!model.containsAttribute("commentForm")) {
			model.addAttribute("commentForm", new CommentForm());
		}
		if (!model.containsAttribute("answerForm")) {
			AnswerForm answer = new AnswerForm();
			answer.setAnswer(suggestion.getAnswer());
			answer.setVersion(suggestion.getVersion());
			model.addAttribute("answerForm", answer);
		}
		if (!model.containsAttribute("moveForm")) {
			MoveForm move = new MoveForm();
			move.setVersion(suggestion.getVersion());
			model.addAttribute("moveForm", move);
		}
		return "listening/suggestion";
	}

	private static void reject(Errors errors, RuleViolation ex) {
		if (ex.getField() != null) {
			errors.rejectValue(ex.getField(), ex.getMessageKey(), ex.getArguments(), null);
		}
		else {
			errors.reject(ex.getMessageKey(), ex.getArguments(), null);
		}
	}

}
