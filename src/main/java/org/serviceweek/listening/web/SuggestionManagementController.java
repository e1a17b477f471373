package org.serviceweek.listening.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.listening.SuggestionCategory;
import org.serviceweek.listening.SuggestionRuleException;
import org.serviceweek.listening.SuggestionState;
import org.serviceweek.listening.Suggestions;
import org.serviceweek.shared.Audited;
import org.serviceweek.shared.web.CsvDownload;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managers work through what the front line raised: the most supported open items first,
 * filtered by category and state, as a page or CSV; and they keep the list of categories.
 */
@Controller
@RequestMapping("/suggestions")
class SuggestionManagementController {

	/** The state filter that shows everything still open (the default). */
	static final String OPEN = "open";

	/** The state filter that shows every item. */
	static final String ALL = "all";

	private final Suggestions suggestions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SuggestionManagementController(Suggestions suggestions, Clock clock, ApplicationEventPublisher events) {
		this.suggestions = suggestions;
		this.clock = clock;
		this.events = events;
	}

	@GetMapping("/manage")
	String manage(@RequestParam(required = false) Long category, @RequestParam(defaultValue = OPEN) String state,
			Model model) {
		String chosen = chosenState(state);
		model.addAttribute("items", this.suggestions.forManagers(category, states(chosen)));
		model.addAttribute("categories", this.suggestions.allCategories());
		model.addAttribute("category", category);
		model.addAttribute("state", chosen);
		model.addAttribute("states", SuggestionState.values());
		model.addAttribute("zone", this.clock.getZone());
		return "listening/manage";
	}

	@GetMapping("/export.csv")
	void export(@RequestParam(required = false) Long category, @RequestParam(defaultValue = OPEN) String state,
			Locale locale, HttpServletResponse response) throws IOException {
		String chosen = chosenState(state);
		String fileName = "suggestions-" + chosen.toLowerCase(Locale.ROOT) + "-" + LocalDate.now(this.clock) + ".csv";
		this.events.publishEvent(Audited.export(fileName, (category != null) ? "#" + category : null));
		Writer writer = CsvDownload.start(response, fileName);
		this.suggestions.export(category, states(chosen), locale, writer);
		writer.flush();
	}

	@GetMapping("/categories")
	String categories(Model model) {
		model.addAttribute("categories", this.suggestions.allCategories());
		return "listening/categories";
	}

	@PostMapping("/categories")
	String addCategory(@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
		try {
			this.suggestions.addCategory(name);
			redirect.addFlashAttribute("success", "suggestions.category.added");
			return "redirect:/suggestions/categories";
		}
		catch (SuggestionRuleException ex) {
			model.addAttribute("error", ex.getMessageKey());
			model.addAttribute("errorArgument", (ex.getArguments().length > 0) ? ex.getArguments()[0] : null);
			model.addAttribute("name", name);
			return categories(model);
		}
	}

	@PostMapping("/categories/{id}")
	String renameCategory(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "-1") long version, Model model, RedirectAttributes redirect) {
		SuggestionCategory category = this.suggestions.category(id);
		try {
			this.suggestions.renameCategory(id, version, name);
			redirect.addFlashAttribute("success", "suggestions.category.renamed");
			return "redirect:/suggestions/categories";
		}
		catch (SuggestionRuleException ex) {
			model.addAttribute("renameError", ex.getMessageKey());
			model.addAttribute("renameErrorArgument", (ex.getArguments().length > 0) ? ex.getArguments()[0] : null);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Keep what was typed; the list shows the name someone else saved.
			model.addAttribute("renameError", "suggestions.category.conflict");
		}
		model.addAttribute("renamedId", category.getId());
		model.addAttribute("renamedName", name);
		return categories(model);
	}

	@PostMapping("/categories/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
		this.suggestions.setCategoryActive(id, active);
		redirect.addFlashAttribute("success",
				active ? "suggestions.category.reinstated" : "suggestions.category.retired");
		return "redirect:/suggestions/categories";
	}

	/** The state filter as asked, or "open" for anything unknown. */
	private static String chosenState(String state) {
		if (ALL.equals(state)) {
			return ALL;
		}
		for (SuggestionState candidate : SuggestionState.values()) {
			if (candidate.name().equals(state)) {
				return state;
			}
		}
		return OPEN;
	}

	private static Set<SuggestionState> states(String chosen) {
		return switch (chosen) {
			case ALL -> EnumSet.allOf(SuggestionState.class);
			case OPEN -> EnumSet.copyOf(SuggestionState.OPEN);
			default -> EnumSet.of(SuggestionState.valueOf(chosen));
		};
	}

}
