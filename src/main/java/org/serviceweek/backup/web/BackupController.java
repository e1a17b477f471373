package org.serviceweek.backup.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.serviceweek.backup.DatabaseBackups;
import org.serviceweek.backup.DatabaseBackups.Backup;
import org.serviceweek.backup.DatabaseBackups.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.context.ApplicationEventPublisher;
import org.serviceweek.shared.Audited;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators download a backup of the built-in database while the app runs; on
 * PostgreSQL the page explains pg_dump instead.
 */
@Controller
@RequestMapping("/admin/backup")
class BackupController {

	private static final Logger logger = LoggerFactory.getLogger(BackupController.class);

	private final DatabaseBackups backups;

	private final ApplicationEventPublisher events;

	BackupController(DatabaseBackups backups, ApplicationEventPublisher events) {
		this.backups = backups;
		this.events = events;
	}

	@GetMapping
	String page(Model model) {
		Database database = this.backups.database();
		model.addAttribute("database", database);
		return "backup/backup";
	}

	/**
	 * Streams a fresh backup as an attachment; the temporary file is deleted afterwards,
	 * also when the download breaks off.
	 */
	@PostMapping
	String download(HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (this.backups.database().kind() != DatabaseBackups.Kind.H2_FILE) {
			redirect.addFlashAttribute("failure", "backup.notHere");
			return "redirect:/admin/backup";
		}
		Backup backup;
		try {
			backup = this.backups.create();
		}
		catch (DataAccessException | IOException ex) {
			logger.error("The backup could not be made", ex);
			redirect.addFlashAttribute("failure", "backup.failed");
			return "redirect:/admin/backup";
		}
		this.events.publishEvent(Audited.export(backup.fileName(), "database backup"));
		try (backup) {
			response.setContentType("application/zip");
			response.setContentLengthLong(backup.size());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(backup.fileName()).build().toString());
			backup.copyTo(response.getOutputStream());
			response.flushBuffer();
		}
		return null;
	}

}
