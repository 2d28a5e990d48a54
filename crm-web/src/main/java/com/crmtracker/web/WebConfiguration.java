package com.crmtracker.web;

import java.util.List;

import com.crmtracker.project.ProjectAccess;
import com.crmtracker.web.support.ActorArgumentResolver;
import com.crmtracker.web.support.ProjectHandleArgumentResolver;
import com.crmtracker.web.support.TypedValueFormatters;
import com.crmtracker.web.support.LanguageResolver;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ProjectAccess access;

	WebConfiguration(ProjectAccess access) {
		this.access = access;
	}

	/**
	 * The language follows {@code ?lang=} once chosen, the browser's Accept-Language
	 * before.
	 */
	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	/**
	 * Boot registers a {@link ResourceUrlEncodingFilter} because the WebJars locator
	 * enables the resource chain. We use no versioned resource URLs, so it would only
	 * look up every link of a page on the class path (a third of a page's CPU time in a
	 * profile of the TCO page); this registration, disabled, keeps it out.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		TypedValueFormatters.register(registry);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
		resolvers.add(new ProjectHandleArgumentResolver(this.access));
	}

}
