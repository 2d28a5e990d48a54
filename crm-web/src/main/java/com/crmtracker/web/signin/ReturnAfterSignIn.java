package com.crmtracker.web.signin;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Where a visitor goes after signing in: the page that asked for a sign-in. For a page it
 * is that page; for a form sent after the session expired it is the page of the form (the
 * same-origin {@code Referer}), shown again by a GET. Kept in a cookie, not in a session,
 * so an anonymous visit stores nothing; only our own path is kept, never a host. Spring's
 * {@code CookieRequestCache} would keep the full address, host included, and only of the
 * request itself.
 */
@Component
public class ReturnAfterSignIn implements RequestCache {

	static final String COOKIE = "crm-return-to";

	private static final List<String> NOT_A_PAGE = List.of("/login", "/logout", "/error", "/css/", "/js/", "/webjars/",
			"/favicon");

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
			return;
		}
		String page = "GET".equals(request.getMethod()) ? pathOf(request) : pageOfTheForm(request);
		if (page != null && isOurPage(page)) {
			response.addCookie(
					cookie(request, Base64.getUrlEncoder().encodeToString(page.getBytes(StandardCharsets.UTF_8)), -1));
		}
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null) {
			return null;
		}
		try {
			String page = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			return isOurPage(page) ? new SimpleSavedRequest(page) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Forgets the page once the visitor is back on it. */
	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = getRequest(request, response);
		if (saved != null && "GET".equals(request.getMethod()) && saved.getRedirectUrl().equals(pathOf(request))) {
			removeRequest(request, response);
		}
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		response.addCookie(cookie(request, "", 0));
	}

	private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
		Cookie cookie = new Cookie(COOKIE, value);
		cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setMaxAge(maxAge);
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
	}

	/** The path and query of this request, below the application's context path. */
	private static String pathOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
	}

	/** The page a form was sent from, when the browser names one of ours. */
	private static String pageOfTheForm(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return null;
		}
		try {
			URI uri = new URI(referer);
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())
					|| uri.getRawPath() == null || !uri.getRawPath().startsWith(request.getContextPath())) {
				return null;
			}
			String path = uri.getRawPath().substring(request.getContextPath().length());
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/** A path of ours (never another host) that shows a page worth returning to. */
	private static boolean isOurPage(String page) {
		if (!page.startsWith("/") || page.startsWith("//") || page.contains("\\")
				|| page.chars().anyMatch(c -> c < 0x20)) {
			return false;
		}
		return NOT_A_PAGE.stream().noneMatch(page::startsWith);
	}

}
