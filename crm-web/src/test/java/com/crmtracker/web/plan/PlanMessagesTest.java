package com.crmtracker.web.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's texts exist in English and Chinese, and every literal message key in the
 * plan's templates is defined.
 */
class PlanMessagesTest {

	static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = PlanMessagesTest.class.getResourceAsStream("/messages/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void englishAndChineseHaveTheSameKeys() throws IOException {
		assertThat(new TreeSet<>(load("plan_zh_CN.properties").stringPropertyNames()))
			.isEqualTo(new TreeSet<>(load("plan.properties").stringPropertyNames()));
	}

	@Test
	void everyKeyThePlanTemplatesNameIsDefined() throws IOException {
		Set<String> defined = new TreeSet<>(load("plan.properties").stringPropertyNames());
		defined.addAll(load("messages.properties").stringPropertyNames());
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/plan"))) {
			for (Path file : files.toList()) {
				Matcher m = key.matcher(Files.readString(file));
				while (m.find()) {
					if (!defined.contains(m.group(1))) {
						missing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

}
