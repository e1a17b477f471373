package org.serviceweek.operations.web;

import java.time.Clock;
import java.util.Optional;

import org.serviceweek.operations.AuditEntry;
import org.serviceweek.operations.AuditLog;
import org.serviceweek.shared.Audited;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Administrators read the audit log, newest first, filtered by kind, words and days.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private final AuditLog log;

	private final Clock clock;

	AuditController(AuditLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	@GetMapping
	String audit(@ModelAttribute("search") AuditSearchForm form, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		// A value that is not valid stays unset (and is shown as an error); the others
		// still apply.
		AuditLog.Search search = form.toSearch();
		if (search.from() != null && search.to() != null && search.to().isBefore(search.from())) {
			result.rejectValue("to", "audit.filter.toBeforeFrom");
			search = new AuditLog.Search(search.action(), search.text(), null, null);
		}
		Page<AuditEntry> entries = this.log.search(search, page);
		model.addAttribute("entries", entries);
		model.addAttribute("actions", Audited.Action.values());
		model.addAttribute("filtered", form.isFiltered());
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/admin/audit")
					.queryParamIfPresent("action", Optional.ofNullable(search.action()))
					.queryParamIfPresent("q", Optional.ofNullable(search.text()))
					.queryParamIfPresent("from", Optional.ofNullable(search.from()))
					.queryParamIfPresent("to", Optional.ofNullable(search.to()))
					.encode()
					.toUriString());
		return "operations/audit";
	}

}
