package com.crmtracker.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.crmtracker.project.ProjectRight;

/**
 * On a {@link com.crmtracker.project.ProjectHandle} parameter: the request needs this
 * right on the project, checked at the edge with the project's visibility (404 for an
 * outsider, then 403 for a reader without the right). For pages that only show a form of
 * a right; the facade a change goes through checks its right itself as well.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Requires {

	ProjectRight value();

}
