package com.crmtracker.web.admin;

import com.crmtracker.domain.Actor;
import com.crmtracker.users.ApiTokens;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins see every user's API tokens and revoke any of them. */
@Controller
class TokenAdminPages {

	private final ApiTokens tokens;

	TokenAdminPages(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/admin/tokens")
	String list(Actor actor, Model model) {
		model.addAttribute("tokens", this.tokens.everyones(actor));
		return "admin/tokens";
	}

	@PostMapping("/admin/tokens/{tokenId}/revoke")
	String revoke(Actor actor, @PathVariable long tokenId, RedirectAttributes redirect) {
		this.tokens.revoke(actor, tokenId);
		redirect.addFlashAttribute("saved", "token.revoked");
		return "redirect:/admin/tokens";
	}

}
