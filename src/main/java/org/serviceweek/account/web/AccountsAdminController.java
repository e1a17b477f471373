package org.serviceweek.account.web;

import java.util.List;

import org.serviceweek.account.Account;
import org.serviceweek.account.AccountRuleException;
import org.serviceweek.account.Accounts;
import org.serviceweek.account.Role;
import org.serviceweek.account.SignedInAccount;
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
 * Admins manage accounts: roles, disabling, lifting a sign-in lock.
 */
@Controller
@RequestMapping("/admin/accounts")
class AccountsAdminController {

	private final Accounts accounts;

	AccountsAdminController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String list(Model model) {
		List<Account> all = this.accounts.all();
		java.util.Set<Long> locked = this.accounts.lockedAccountIds(all);
		model.addAttribute("accounts",
				all.stream().map((account) -> new AccountRow(account, locked.contains(account.getId()))).toList());
		model.addAttribute("roles", Role.values());
		return "account/accounts";
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, @AuthenticationPrincipal SignedInAccount me,
			RedirectAttributes redirect) {
		return act(redirect, "accounts.roleChanged", () -> this.accounts.changeRole(id, role, me));
	}

	@PostMapping("/{id}/enabled")
	String changeEnabled(@PathVariable long id, @RequestParam boolean enabled,
			@AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect) {
		return act(redirect, enabled ? "accounts.enabled" : "accounts.disabled",
				() -> this.accounts.changeEnabled(id, enabled, me));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "accounts.unlocked", () -> this.accounts.unlock(id));
	}

	private String act(RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("failure", ex.getMessageKey());
		}
		return "redirect:/admin/accounts";
	}

	record AccountRow(Account account, boolean locked) {
	}

}
