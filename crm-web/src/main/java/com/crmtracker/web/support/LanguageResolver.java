package com.crmtracker.web.support;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Chinese or English, nothing else: any Chinese the browser asks for is simplified
 * Chinese, anything else English. A choice made with {@code ?lang=} is kept in a cookie.
 */
public class LanguageResolver extends CookieLocaleResolver {

	public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	public LanguageResolver() {
		super("crm-lang");
		setDefaultLocaleFunction(request -> supported(request.getLocale()));
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return supported(super.resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		super.setLocale(request, response, locale == null ? null : supported(locale));
	}

	static Locale supported(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : Locale.ENGLISH;
	}

}
