package com.crmtracker.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/error/403")
	String forbidden(jakarta.servlet.http.HttpServletResponse response) {
		response.setStatus(403);
		return "error/403";
	}

}
