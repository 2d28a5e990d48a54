package com.crmtracker.web;

import java.util.List;

import com.crmtracker.project.ProjectAccess;
import com.crmtracker.web.support.ActorArgumentResolver;
import com.crmtracker.web.support.ProjectHandleArgumentResolver;
import com.crmtracker.web.support.TypedValueFormatters;
import com.crmtracker.web.support.LanguageResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

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
