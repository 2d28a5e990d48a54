package com.crmtracker.web.api;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.crmtracker.web.WebAppTest;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A client generated from the served OpenAPI description (openapi-generator, Java with
 * the JDK's HTTP client) compiles, and a program written against it makes one round trip
 * over HTTP: creates a project, posts a cost line, reads the TCO. Generated and compiled
 * into {@code target/generated-client} at build time, never committed.
 */
@WebAppTest
class GeneratedClientTest {

	static final Path OUT = Path.of("target", "generated-client");

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void aClientGeneratedFromTheServedDescriptionCompilesAndMakesARoundTrip() throws Exception {
		Path spec = OUT.resolve("api-docs.json");
		Files.createDirectories(OUT);
		Files.writeString(spec, this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(),
				StandardCharsets.UTF_8);
		Path sources = OUT.resolve("client");
		generate(spec, sources);
		Path classes = OUT.resolve("classes");
		compile(sources, classes);
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() },
				getClass().getClassLoader())) {
			@SuppressWarnings("unchecked")
			Function<String, Map<String, String>> roundTrip = (Function<String, Map<String, String>>) loader
				.loadClass("com.crmtracker.client.RoundTrip")
				.getDeclaredConstructor()
				.newInstance();
			Map<String, String> seen = roundTrip.apply("http://localhost:" + this.port);
			assertThat(seen).containsEntry("projectStatus", "PLANNED")
				.containsEntry("lineCategory", "HARDWARE")
				.containsEntry("lineAmount", "1234.50")
				// 2026-02-01 is within a year of the start 2026-01-01: TCO year 1
				.containsEntry("lineTcoYear", "1")
				.containsEntry("hardwareYear1", "1234.50")
				.containsEntry("plannedTotal", "1234.50")
				.containsEntry("currency", "CNY");
		}
	}

	private static void generate(Path spec, Path sources) throws IOException {
		if (Files.exists(sources)) {
			try (Stream<Path> old = Files.walk(sources)) {
				old.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
		CodegenConfigurator config = new CodegenConfigurator().setGeneratorName("java")
			.setLibrary("native")
			.setInputSpec(spec.toString())
			.setOutputDir(sources.toString())
			.setInvokerPackage("com.crmtracker.client")
			.setApiPackage("com.crmtracker.client.api")
			.setModelPackage("com.crmtracker.client.model")
			.addAdditionalProperty("openApiNullable", false)
			.addAdditionalProperty("useJakartaEe", true)
			.addAdditionalProperty("hideGenerationTimestamp", true);
		GlobalSettings.setProperty("apiTests", "false");
		GlobalSettings.setProperty("modelTests", "false");
		GlobalSettings.setProperty("apiDocs", "false");
		GlobalSettings.setProperty("modelDocs", "false");
		// the import takes CSV or a multipart form: its form's model is generated too
		GlobalSettings.setProperty("skipFormModel", "false");
		new DefaultGenerator().opts(config.toClientOptInput()).generate();
		try (InputStream driver = GeneratedClientTest.class.getResourceAsStream("/client/RoundTrip.java")) {
			Path target = sources.resolve("src/main/java/com/crmtracker/client/RoundTrip.java");
			Files.write(target, driver.readAllBytes());
		}
	}

	private static void compile(Path sources, Path classes) throws IOException {
		Files.createDirectories(classes);
		List<File> files;
		try (Stream<Path> walk = Files.walk(sources.resolve("src/main/java"))) {
			files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
		try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, null,
				StandardCharsets.UTF_8)) {
			List<String> options = List.of("-d", classes.toString(), "-classpath", testClassPath(), "-proc:none",
					"-nowarn", "--release", "17");
			boolean compiled = compiler
				.getTask(null, manager, diagnostics, options, null, manager.getJavaFileObjectsFromFiles(files))
				.call();
			List<String> errors = new ArrayList<>();
			for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
				if (d.getKind() == Diagnostic.Kind.ERROR) {
					errors.add(d.getSource() + ":" + d.getLineNumber() + " " + d.getMessage(null));
				}
			}
			assertThat(errors).as("compile errors of the generated client").isEmpty();
			assertThat(compiled).isTrue();
		}
	}

	/**
	 * The test class path, also where the test runner hands it over in a jar's manifest.
	 */
	private static String testClassPath() throws IOException {
		String path = System.getProperty("java.class.path");
		String[] entries = path.split(File.pathSeparator);
		if (entries.length == 1 && entries[0].endsWith(".jar")) {
			try (JarFile jar = new JarFile(entries[0])) {
				String manifest = jar.getManifest().getMainAttributes().getValue("Class-Path");
				if (manifest != null) {
					List<String> files = new ArrayList<>();
					for (String url : manifest.split(" ")) {
						if (!url.isBlank()) {
							files.add(new File(java.net.URI.create(url)).getPath());
						}
					}
					return String.join(File.pathSeparator, files);
				}
			}
		}
		return path;
	}

}
