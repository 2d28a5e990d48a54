package com.crmtracker.web.support;

import java.util.Map;

import com.crmtracker.domain.NotFound;
import com.crmtracker.domain.ProjectId;
import com.crmtracker.project.ProjectAccess;
import com.crmtracker.project.ProjectHandle;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The edge where access is decided: turns the signed-in actor and the {@code {id}} of the
 * path into a {@link ProjectHandle}, for page and API controllers alike. An outsider's
 * request ends here with {@link NotFound}; nothing below checks visibility again.
 */
public class ProjectHandleArgumentResolver implements HandlerMethodArgumentResolver {

	/** The path variable that names the project. */
	public static final String PATH_VARIABLE = "id";

	private final ProjectAccess access;

	public ProjectHandleArgumentResolver(ProjectAccess access) {
		this.access = access;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return ProjectHandle.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) webRequest
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		String id = variables == null ? null : variables.get(PATH_VARIABLE);
		long value;
		try {
			value = Long.parseLong(id);
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new NotFound("No project " + id);
		}
		ProjectHandle project = this.access.open(ActorArgumentResolver.current(), new ProjectId(value));
		Requires requires = parameter.getParameterAnnotation(Requires.class);
		return requires == null ? project : project.require(requires.value());
	}

}
