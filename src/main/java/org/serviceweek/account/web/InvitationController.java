package org.serviceweek.account.web;

import java.util.Arrays;

import org.serviceweek.account.AccountRuleException;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.InvitationIssued;
import org.serviceweek.account.IssuedInvitation;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
import org.serviceweek.people.People;
import org.serviceweek.people.Person;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.serviceweek.shared.web.PublicAddress;

/**
 * A manager gives a person sign-in access: the app makes a one-time link to pass on.
 */
@Controller
@RequestMapping("/people/{personId}/invitation")
class InvitationController {

	private final Accounts accounts;

	private final People people;

	private final PublicAddress address;

	private final org.springframework.context.ApplicationEventPublisher events;

	InvitationController(Accounts accounts, People people, PublicAddress address,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.accounts = accounts;
		this.people = people;
		this.address = address;
	}

	@GetMapping
	String show(@PathVariable long personId, @AuthenticationPrincipal SignedInAccount me, Model model) {
		Person person = this.people.get(personId);
		model.addAttribute("person", person);
		model.addAttribute("account", this.accounts.findByPerson(personId).orElse(null));
		model.addAttribute("openInvitation", this.accounts.openInvitationFor(personId).orElse(null));
		model.addAttribute("roles", Arrays.stream(Role.values()).filter(me.getRole()::mayGrant).toList());
		return "account/invitation";
	}

	@PostMapping
	String invite(@PathVariable long personId, @RequestParam(defaultValue = "STAFF") Role role,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		try {
			IssuedInvitation invitation = this.accounts.invite(personId, role, me);
			String link = this.address.base() + "/invitations/" + invitation.token();
			redirect.addFlashAttribute("invitationLink", link);
			this.events.publishEvent(new InvitationIssued(invitation.personId(), invitation.personName(),
					invitation.email(), link, invitation.expiresAt()));
			redirect.addFlashAttribute("success", "invitation.created");
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
		}
		return "redirect:/people/{personId}/invitation";
	}

}
