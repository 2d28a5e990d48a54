package com.crmtracker.web.support;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.crmtracker.domain.InvalidInput;
import com.crmtracker.domain.Values;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Text the database can store, in JSON bodies: after a body is read and before the
 * controller sees it, every string in it (record components, list items, map keys and
 * values, nested) is checked; one holding U+0000 or another control character other than
 * tab and line breaks is refused with 422 naming the field, e.g. {@code vendor} or
 * {@code items[2]}, so nothing is stored.
 */
@ControllerAdvice
public class StorableBodies extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		List<InvalidInput.FieldError> errors = new ArrayList<>();
		check("", body, errors, 0);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return body;
	}

	private static void check(String path, Object value, List<InvalidInput.FieldError> errors, int depth) {
		if (value == null || depth > 16) {
			return;
		}
		if (value instanceof CharSequence text) {
			String found = Values.unstorable(text.toString());
			if (found != null) {
				errors.add(StorableText.refusal(path.isEmpty() ? "body" : path, found));
			}
		}
		else if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				String found = Values.unstorable(key);
				if (found != null) {
					errors.add(StorableText.refusal(path.isEmpty() ? "body" : path, found));
				}
				check(join(path, key), entry.getValue(), errors, depth + 1);
			}
		}
		else if (value instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				check(path + "[" + index++ + "]", item, errors, depth + 1);
			}
		}
		else if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				check(join(path, component.getName()), read(component.getAccessor(), value), errors, depth + 1);
			}
		}
	}

	private static Object read(Method accessor, Object record) {
		try {
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

}
