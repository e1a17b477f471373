package org.serviceweek.shoutout.web;

import java.time.Clock;
import java.util.List;

import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.serviceweek.shoutout.Moderation;
import org.serviceweek.shoutout.ModerationQueue;
import org.serviceweek.shoutout.ShoutOut;
import org.serviceweek.shoutout.ShoutOutRuleException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managers decide what reaches the public wall, oldest first.
 */
@Controller
@RequestMapping("/moderation")
class ModerationController {

	private final ModerationQueue queue;

	private final People people;

	private final Clock clock;

	ModerationController(ModerationQueue queue, People people, Clock clock) {
		this.queue = queue;
		this.people = people;
		this.clock = clock;
	}

	@GetMapping
	String queue(Model model) {
		List<ModerationQueue.Item> items = this.queue.pending();
		model.addAttribute("items", items);
		// A customer's thanks waiting for a decision has a picker of the person it is
		// about. Everyone is listed in each while all of them together stay small;
		// otherwise the cards carry only the people they name already, and each picker
		// looks up the others.
		List<ShoutOut> thanks = items.stream()
			.map(ModerationQueue.Item::shoutOut)
			.filter((shoutOut) -> shoutOut.isFromCustomer() && shoutOut.getModeration() == Moderation.PENDING)
			.toList();
		model.addAttribute("people", this.people.choices(
				thanks.stream().flatMap((shoutOut) -> shoutOut.getRecipients().stream()).map(Person::getId).toList(),
				thanks.size()));
		model.addAttribute("zone", this.clock.getZone());
		return "shoutout/moderation";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam(required = false) String publicText,
			@RequestParam(required = false) Long personId, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		try {
			this.queue.approve(id, me.getPersonId(), (publicText != null) ? publicText.replace("\r\n", "\n") : null,
					personId);
			redirect.addFlashAttribute("success", "moderation.approved");
		}
		catch (ShoutOutRuleException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
			redirect.addFlashAttribute("failureArgument", (ex.getArguments().length > 0) ? ex.getArguments()[0] : null);
		}
		return "redirect:/moderation";
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		try {
			this.queue.reject(id, me.getPersonId(), reason);
			redirect.addFlashAttribute("success", "moderation.rejected");
		}
		catch (ShoutOutRuleException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
			redirect.addFlashAttribute("failureArgument", (ex.getArguments().length > 0) ? ex.getArguments()[0] : null);
		}
		return "redirect:/moderation";
	}

	@PostMapping("/{id}/dismiss")
	String dismiss(@PathVariable long id, RedirectAttributes redirect) {
		this.queue.dismissReports(id);
		redirect.addFlashAttribute("success", "moderation.dismissed");
		return "redirect:/moderation";
	}

	@PostMapping("/{id}/hide")
	String hide(@PathVariable long id, @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		this.queue.hide(id, me.getPersonId());
		redirect.addFlashAttribute("success", "shoutOut.hidden");
		return "redirect:/moderation";
	}

	@GetMapping("/settings")
	String settings(Model model) {
		model.addAttribute("skip", this.queue.isSkippingStaffModeration());
		return "shoutout/moderation-settings";
	}

	@PostMapping("/settings")
	String saveSettings(@RequestParam(defaultValue = "false") boolean skip, RedirectAttributes redirect) {
		this.queue.skipStaffModeration(skip);
		redirect.addFlashAttribute("success", "moderation.settings.saved");
		return "redirect:/moderation/settings";
	}

}
