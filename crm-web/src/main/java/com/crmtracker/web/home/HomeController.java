package com.crmtracker.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class HomeController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/**
	 * The 403 page, for any method: Spring Security forwards a refused POST (a form whose
	 * CSRF token is missing or stale) here as a POST.
	 */
	@RequestMapping("/error/403")
	String forbidden(jakarta.servlet.http.HttpServletResponse response) {
		response.setStatus(403);
		return "error/403";
	}

}
