package com.crmtracker.web.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page works in Chinese and in English: each bundle has the same keys in both
 * languages, every key a template names exists, and no template carries literal text of
 * its own.
 */
class MessagesTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final List<String> BUNDLES = List.of("messages", "plan", "costing", "scorecard", "dashboard", "chart");

	/** Message keys named literally in a template: #{some.key} or #{some.key(args)}. */
	static final Pattern KEY = Pattern.compile("#\\{([A-Za-z][\\w.]*)[}(]");

	@ParameterizedTest
	@ValueSource(strings = { "messages", "plan", "costing", "scorecard", "dashboard", "chart" })
	void englishAndChineseHaveTheSameKeys(String bundle) throws IOException {
		Set<String> english = load(bundle + ".properties").stringPropertyNames();
		Set<String> chinese = load(bundle + "_zh_CN.properties").stringPropertyNames();
		assertThat(new TreeSet<>(chinese)).as("keys in %s missing in Chinese or extra", bundle)
			.isEqualTo(new TreeSet<>(english));
	}

	@Test
	void chineseTextsAreChinese() throws IOException {
		Properties chinese = load("messages_zh_CN.properties");
		assertThat(chinese.getProperty("nav.projects")).isEqualTo("项目");
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (String bundle : BUNDLES) {
			known.addAll(load(bundle + ".properties").stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!known.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : page.getAllElements()) {
				if (replacedByThymeleaf(element)) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					String words = text.text().strip();
					if (words.codePoints().anyMatch(Character::isLetter)) {
						literal.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + words);
					}
				}
			}
		}
		assertThat(literal).as("text must come from the message bundles").isEmpty();
	}

	/** The element's text is replaced at render time, or is no text a person reads. */
	private static boolean replacedByThymeleaf(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			if (e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:errors") || e.hasAttr("th:replace")
					|| e.hasAttr("th:insert") || e.hasAttr("sec:authentication") || e.tagName().equals("script")
					|| e.tagName().equals("style")) {
				return true;
			}
		}
		return false;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/messages/" + file)) {
			assertThat(in).as("bundle %s exists", file).isNotNull();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}

}
