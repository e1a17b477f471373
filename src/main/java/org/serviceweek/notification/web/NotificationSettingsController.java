package org.serviceweek.notification.web;

import org.serviceweek.notification.NotificationSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managers set where new public shout-outs are announced (a chat webhook) and see whether
 * email is configured.
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
		model.addAttribute("webhookUrl", this.settings.webhookUrl().orElse(""));
		model.addAttribute("mailConfigured", this.settings.isMailConfigured());
		return "notification/settings";
	}

	@PostMapping
	String save(@RequestParam(required = false) String webhookUrl, Model model, RedirectAttributes redirect) {
		String url = (webhookUrl != null) ? webhookUrl.strip() : "";
		if (!url.isEmpty() && (!url.matches("^https?://\\S+$") || url.length() > 500)) {
			model.addAttribute("webhookUrl", url);
			model.addAttribute("webhookError", "moderation.settings.webhookInvalid");
			model.addAttribute("mailConfigured", this.settings.isMailConfigured());
			return "notification/settings";
		}
		this.settings.changeWebhookUrl(url);
		redirect.addFlashAttribute("success", "moderation.settings.saved");
		return "redirect:/notifications/settings";
	}

}
