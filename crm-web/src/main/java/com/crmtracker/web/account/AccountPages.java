package com.crmtracker.web.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.crmtracker.domain.Actor;
import com.crmtracker.domain.Values;
import com.crmtracker.users.ApiTokens;
import com.crmtracker.users.IssuedToken;
import com.crmtracker.users.UserDirectory;
import com.crmtracker.users.UserView;
import com.crmtracker.web.support.Forms;
import com.crmtracker.web.support.ReaderZones;
import jakarta.servlet.http.HttpServletRequest;
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
 * One's own account: who one is, the time zone one reads times in, and one's personal API
 * tokens, made and revoked here. A new token's secret is shown in the answer to the form,
 * once, and kept nowhere (not even for a moment in the session, as a message after a
 * redirect would be).
 */
@Controller
class AccountPages {

	private final UserDirectory users;

	private final ApiTokens tokens;

	private final Clock clock;

	private final ReaderZones zones;

	AccountPages(UserDirectory users, ApiTokens tokens, Clock clock, ReaderZones zones) {
		this.users = users;
		this.tokens = tokens;
		this.clock = clock;
		this.zones = zones;
	}

	@GetMapping("/account")
	String account(Actor actor, HttpServletRequest request, Model model) {
		UserView me = this.users.get(actor.username());
		model.addAttribute("me", me);
		model.addAttribute("zones", Values.ZONES);
		model.addAttribute("browserZone", this.zones.browsers(request).map(ZoneId::getId).orElse(null));
		model.addAttribute("now", this.clock.instant());
		if (!model.containsAttribute("zoneForm")) {
			model.addAttribute("zoneForm", new ZoneForm(me.timeZone() == null ? "" : me.timeZone().getId()));
		}
		model.addAttribute("tokens", this.tokens.ownedBy(actor, actor.username()));
		model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", TokenForm.startingFrom(LocalDate.now(this.clock)));
		}
		return "account/account";
	}

	/** Times on every page are shown in the zone chosen here, or the browser's. */
	@PostMapping("/account/time-zone")
	String setTimeZone(Actor actor, @Valid @ModelAttribute("zoneForm") ZoneForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (Forms.bind(form, result, model).save(f -> this.users.setTimeZone(actor.username(), f.timeZone())).saved()) {
			redirect.addFlashAttribute("saved", "account.zone.saved");
			return "redirect:/account";
		}
		return account(actor, request, model);
	}

	@PostMapping("/account/tokens")
	String create(Actor actor, @Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result,
			HttpServletRequest request, Model model) {
		IssuedToken[] issued = new IssuedToken[1];
		if (Forms.bind(form, result, model)
			.save(f -> issued[0] = this.tokens.issue(actor, f.name(), f.expiresOn()))
			.saved()) {
			model.addAttribute("issued", issued[0]);
			model.addAttribute("tokenForm", TokenForm.startingFrom(LocalDate.now(this.clock)));
		}
		return account(actor, request, model);
	}

	@PostMapping("/account/tokens/{tokenId}/revoke")
	String revoke(Actor actor, @PathVariable long tokenId, RedirectAttributes redirect) {
		this.tokens.revoke(actor, tokenId);
		redirect.addFlashAttribute("saved", "token.revoked");
		return "redirect:/account";
	}

}
