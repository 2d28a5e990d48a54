package com.crmtracker.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.crmtracker.domain.FieldReader;
import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.Values;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Text the database can store, checked once at the edge before any controller runs: a
 * query or form parameter (a page form's field, a filter such as {@code vendor}, a
 * multipart form field) holding U+0000 or another control character other than tab and
 * line breaks is refused with 422 naming the parameter ({@link InvalidInput}, answered by
 * {@link ApiProblems} or {@link PageProblems}). JSON bodies are checked by
 * {@link StorableBodies}, imported files by the cost-line rules through
 * {@link FieldReader#storable}.
 */
@Configuration(proxyBeanMethods = false)
public class StorableText implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String found = Values.unstorable(parameter.getKey());
			for (String value : parameter.getValue()) {
				found = found != null ? found : Values.unstorable(value);
			}
			if (found != null) {
				errors.add(refusal(parameter.getKey(), found));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return true;
	}

	/** The field error of a control character in a field, with the field in its words. */
	static InvalidInput.FieldError refusal(String field, String found) {
		String name = field.replaceAll("\\p{Cntrl}", "?");
		return new InvalidInput.FieldError(name, "input.control", name + " " + FieldReader.controlMessage(found), null);
	}

}
