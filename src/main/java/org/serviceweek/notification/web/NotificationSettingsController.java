package org.serviceweek.notification.web;

import java.util.Locale;

import org.serviceweek.notification.NotificationSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managers set where new public shout-outs are announced (a chat webhook) and the
 * language of emails and chat messages, and see whether email is configured.
 */
@Controller
@RequestMapping("/notifications/settings")
class NotificationSettingsController {

	private final NotificationSettings settings;

	NotificationSettingsController(NotificationSettings settings) {
		this.settings = settings;
	}

	@GetMapping
	String show(Model model) {
		return page(model, this.settings.webhookUrl().orElse(""), this.settings.language().toLanguageTag());
	}

	/**
	 * Saves both settings or neither: a field in error is shown again with what was
	 * entered in the other. A form without a language (sent before the field existed)
	 * keeps the one chosen.
	 */
	@PostMapping
	String save(@RequestParam(required = false) String webhookUrl, @RequestParam(required = false) String language,
			Model model, RedirectAttributes redirect) {
		String url = (webhookUrl != null) ? webhookUrl.strip() : "";
		Locale chosen = (language != null) ? Locale.forLanguageTag(language.strip()) : this.settings.language();
		boolean urlValid = url.isEmpty() || (url.matches("^https?://\\S+$") && url.length() <= 500);
		boolean languageValid = NotificationSettings.LANGUAGES.contains(chosen);
		if (!urlValid || !languageValid) {
			if (!urlValid) {
				model.addAttribute("webhookError", "moderation.settings.webhookInvalid");
			}
			if (!languageValid) {
				model.addAttribute("languageError", "notifications.settings.languageInvalid");
			}
			return page(model, url, (language != null) ? language : chosen.toLanguageTag());
		}
		this.settings.changeWebhookUrl(url);
		this.settings.changeLanguage(chosen);
		redirect.addFlashAttribute("success", "moderation.settings.saved");
		return "redirect:/notifications/settings";
	}

	private String page(Model model, String webhookUrl, String language) {
		model.addAttribute("webhookUrl", webhookUrl);
		model.addAttribute("language", language);
		model.addAttribute("languages", NotificationSettings.LANGUAGES.stream().map(Locale::toLanguageTag).toList());
		model.addAttribute("mailConfigured", this.settings.isMailConfigured());
		return "notification/settings";
	}

}
