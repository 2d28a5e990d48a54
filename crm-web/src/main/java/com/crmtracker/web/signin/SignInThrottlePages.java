package com.crmtracker.web.signin;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins see who is throttled and let a name or an address sign in again. */
@Controller
class SignInThrottlePages {

	private final SignInThrottle throttle;

	private final Clock clock;

	SignInThrottlePages(SignInThrottle throttle, Clock clock) {
		this.throttle = throttle;
		this.clock = clock;
	}

	@GetMapping("/admin/sign-in-throttles")
	String list(Model model) {
		model.addAttribute("throttles", this.throttle.current());
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("perName", SignInThrottle.FAILURES_PER_NAME);
		model.addAttribute("perAddress", SignInThrottle.FAILURES_PER_ADDRESS);
		return "admin/sign-in-throttles";
	}

	@PostMapping("/admin/sign-in-throttles/clear")
	String clear(@RequestParam SignInThrottle.Kind kind, @RequestParam String who, RedirectAttributes redirect) {
		this.throttle.clear(kind, who);
		redirect.addFlashAttribute("saved", "throttles.cleared");
		return "redirect:/admin/sign-in-throttles";
	}

	@PostMapping("/admin/sign-in-throttles/clear-all")
	String clearAll(RedirectAttributes redirect) {
		this.throttle.clearAll();
		redirect.addFlashAttribute("saved", "throttles.cleared");
		return "redirect:/admin/sign-in-throttles";
	}

}
