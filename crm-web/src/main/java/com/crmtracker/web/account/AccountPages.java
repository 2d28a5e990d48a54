package com.crmtracker.web.account;

import java.time.Clock;
import java.time.LocalDate;

import com.crmtracker.domain.Actor;
import com.crmtracker.users.ApiTokens;
import com.crmtracker.users.IssuedToken;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.web.support.Forms;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One's own account: who one is, and one's personal API tokens, made and revoked here. A
 * new token's secret is shown in the answer to the form, once, and kept nowhere (not even
 * for a moment in the session, as a message after a redirect would be).
 */
@Controller
class AccountPages {

	private final UserDirectory users;

	private final ApiTokens tokens;

	private final Clock clock;

	AccountPages(UserDirectory users, ApiTokens tokens, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/account")
	String account(Actor actor, Model model) {
		model.addAttribute("me", this.users.get(actor.username()));
		model.addAttribute("tokens", this.tokens.ownedBy(actor, actor.username()));
		model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", TokenForm.startingFrom(LocalDate.now(this.clock)));
		}
		return "account/account";
	}

	@PostMapping("/account/tokens")
	String create(Actor actor, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model) {
		IssuedToken[] issued = new IssuedToken[1];
		if (Forms.bind(form, result, model)
			.save(f -> issued[0] = this.tokens.issue(actor, f.name(), f.expiresOn()))
			.saved()) {
			model.addAttribute("issued", issued[0]);
			model.addAttribute("tokenForm", TokenForm.startingFrom(LocalDate.now(this.clock)));
		}
		return account(actor, model);
	}

	@PostMapping("/account/tokens/{tokenId}/revoke")
	String revoke(Actor actor, @PathVariable long tokenId, RedirectAttributes redirect) {
		this.tokens.revoke(actor, tokenId);
		redirect.addFlashAttribute("saved", "token.revoked");
		return "redirect:/account";
	}

}
