package org.serviceweek.people.web;

import java.io.IOException;
import java.io.Writer;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.people.Roster;
import org.serviceweek.people.RosterImportResult;
import org.serviceweek.people.RosterNotImportableException;
import org.serviceweek.people.RosterPreview;
import org.serviceweek.people.RosterUploads;
import org.serviceweek.shared.Audited;
import org.serviceweek.shared.web.CsvDownload;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Roster import (upload, preview, then import) and export, as CSV.
 */
@Controller
@RequestMapping("/roster")
class RosterController {

	/**
	 * Rosters larger than this are refused with a message (the upload limit itself is
	 * higher).
	 */
	static final long MAX_FILE_SIZE = 2 * 1024 * 1024;

	private final Roster roster;

	private final RosterUploads uploads;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RosterController(Roster roster, RosterUploads uploads, Clock clock, ApplicationEventPublisher events) {
		this.roster = roster;
		this.uploads = uploads;
		this.clock = clock;
		this.events = events;
	}

	@GetMapping("/import")
	String upload() {
		return "people/roster-upload";
	}

	@PostMapping("/import")
	String preview(@RequestParam(name = "file", required = false) MultipartFile file, Principal manager, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("uploadError", "roster.upload.missing");
			return "people/roster-upload";
		}
		if (file.getSize() > MAX_FILE_SIZE) {
			model.addAttribute("uploadError", "upload.tooLarge");
			return "people/roster-upload";
		}
		String csv = Roster.decode(file.getBytes());
		RosterPreview preview = this.roster.preview(csv);
		model.addAttribute("preview", preview);
		model.addAttribute("fileName", file.getOriginalFilename());
		if (preview.importable()) {
			model.addAttribute("upload", this.uploads.keep(manager.getName(), file.getOriginalFilename(), csv));
		}
		return "people/roster-preview";
	}

	/**
	 * Imports the previewed file, kept on the server under the key the form sends back
	 * (so no form needs to be large). The plan is worked out again against current data.
	 */
	@PostMapping("/import/confirm")
	String importFile(@RequestParam(required = false) String upload, Principal manager, Model model,
			RedirectAttributes redirect) {
		RosterUploads.Upload kept = this.uploads.find(upload, manager.getName()).orElse(null);
		if (kept == null) {
			// Imported already (a second click), older than a day, or another manager's.
			model.addAttribute("uploadError", "roster.upload.notKept");
			return "people/roster-upload";
		}
		try {
			RosterImportResult result = this.roster.importFile(kept.csv());
			this.uploads.forget(kept.id());
			redirect.addFlashAttribute("rosterResult", result);
			return "redirect:/people";
		}
		catch (RosterNotImportableException ex) {
			model.addAttribute("preview", ex.getPreview());
			model.addAttribute("fileName", kept.fileName());
			model.addAttribute("failure", "roster.changedSincePreview");
			return "people/roster-preview";
		}
	}

	@GetMapping("/export")
	void export(HttpServletResponse response) throws IOException {
		String fileName = "serviceweek-roster-" + LocalDate.now(this.clock) + ".csv";
		this.events.publishEvent(Audited.export(fileName, null));
		Writer writer = CsvDownload.start(response, fileName);
		this.roster.export(writer);
		writer.flush();
	}

}
