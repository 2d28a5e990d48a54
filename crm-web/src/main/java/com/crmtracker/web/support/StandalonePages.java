package com.crmtracker.web.support;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Renders a page that needs nothing but its words, outside Spring MVC: for answers given
 * by a filter (the database is unreachable, sign-ins are throttled), where no controller
 * runs and the session, the user and the database may all be out of reach. Such a page
 * uses no layout and no security dialect, only messages in the reader's language and our
 * style sheets.
 */
@Component
public class StandalonePages {

	private final ITemplateEngine templates;

	private final LocaleResolver languages;

	private volatile JakartaServletWebApplication application;

	StandalonePages(ITemplateEngine templates, LocaleResolver languages) {
		this.templates = templates;
		this.languages = languages;
	}

	/** Writes the template as the whole answer, with the status already set. */
	public void render(String template, Map<String, Object> variables, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		JakartaServletWebApplication app = this.application;
		if (app == null) {
			app = JakartaServletWebApplication.buildApplication(request.getServletContext());
			this.application = app;
		}
		WebContext context = new WebContext(app.buildExchange(request, response), this.languages.resolveLocale(request),
				variables);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.templates.process(template, context, response.getWriter());
	}

}
