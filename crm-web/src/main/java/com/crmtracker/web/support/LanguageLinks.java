package com.crmtracker.web.support;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * The layout's language switch: the page at hand with its query (a ledger filter, a page
 * number) in the other language. A page shown for a refused POST links to its address
 * without the form's fields.
 */
@Component("languageLinks")
public class LanguageLinks {

	/** The current page's address with {@code lang} set, relative to the server. */
	public String to(String language) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "?lang=" + language;
		}
		HttpServletRequest request = attributes.getRequest();
		ServletUriComponentsBuilder here = ServletUriComponentsBuilder.fromRequestUri(request);
		if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
			here = ServletUriComponentsBuilder.fromRequest(request);
		}
		UriComponents link = here.replaceQueryParam("lang", language).build();
		return link.getPath() + "?" + link.getQuery();
	}

}
