package com.crmtracker.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * driving the application on a port. Where no Chromium is installed the test is skipped
 * and says why; under CI (environment variable {@code CI} set) a missing Chromium fails
 * the test instead.
 */
public final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final WebDriver driver;

	private final String baseUrl;

	private final WebDriverWait wait;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	/** Skips the calling test where no Chromium is installed, fails it under CI. */
	public static void requireChromium() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") != null) {
			Assertions.fail("CI must run the browser tests: install Debian's chromium and chromium-driver");
		}
		Assumptions.assumeTrue(installed,
				"Skipped: no Chromium at /usr/bin/chromium (apt-get install chromium chromium-driver)");
	}

	/**
	 * One Chromium per language and window size for the whole test JVM: starting one
	 * costs a second or two, so tests share it and {@link #close} only forgets the
	 * signed-in user.
	 */
	private static final Map<String, WebDriver> drivers = new ConcurrentHashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drivers.values().forEach(WebDriver::quit)));
	}

	/**
	 * Opens a browser without cookies, speaking the given language (e.g. zh-CN or en).
	 */
	public static Browser open(int port, String acceptLanguage) {
		return open(port, acceptLanguage, 1400, 1800);
	}

	/** A phone: 390 × 844 CSS pixels, the size of a common handset. */
	public static Browser openPhone(int port, String acceptLanguage) {
		return open(port, acceptLanguage, 390, 844);
	}

	private static Browser open(int port, String acceptLanguage, int width, int height) {
		requireChromium();
		WebDriver driver = drivers.computeIfAbsent(acceptLanguage + " " + width + "x" + height,
				key -> start(acceptLanguage, width, height));
		org.openqa.selenium.Dimension size = new org.openqa.selenium.Dimension(width, height);
		if (width >= 500 && !size.equals(driver.manage().window().getSize())) {
			// a test before resized the shared window
			driver.manage().window().setSize(size);
		}
		return new Browser(driver, "http://localhost:" + port);
	}

	private static WebDriver start(String acceptLanguage, int width, int height) {
		Path profile = Path.of("target", "chromium-profiles", UUID.randomUUID().toString()).toAbsolutePath();
		try {
			Files.createDirectories(profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height, "--lang=" + acceptLanguage, "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
		if (width < 500) {
			// a headless window is at least 500 px wide: a phone is emulated instead
			options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics", java.util.Map.of("width",
					width, "height", height, "pixelRatio", 1.0, "touch", true, "mobile", true)));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	public WebDriver driver() {
		return this.driver;
	}

	public Browser go(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	/** Logs in through the login page and waits for the page after it. */
	public Browser logIn(String username, String password) {
		go("/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		find(By.id("login-submit")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
		return this;
	}

	public Browser logOut() {
		// a click at a scrolled page may miss the button under the sticky bar; submit the
		// form itself
		((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript("arguments[0].click();",
				find(By.id("logout")));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
		return this;
	}

	public WebElement find(By by) {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(by));
	}

	public String text(By by) {
		return find(by).getText();
	}

	/**
	 * Clicks the element after scrolling it to the middle of the window: far down a long
	 * list (the shared test database holds every test's projects) a plain click can land
	 * on what covers the window's edge.
	 */
	public void click(By by) {
		WebElement element = this.wait.until(ExpectedConditions.elementToBeClickable(by));
		script("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	public String pageText() {
		return find(By.tagName("body")).getText();
	}

	public void waitFor(By by) {
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/** Saves a screenshot under {@code target/screenshots} to look at. */
	public Path screenshot(String name) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "screenshots"));
			byte[] png = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES);
			return Files.write(dir.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Object script(String script, Object... args) {
		return ((org.openqa.selenium.JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * What sticks out of the viewport on the right: the page's own scroll width beyond
	 * the window, and every element that ends right of it without a box of its own that
	 * scrolls or clips it inside the viewport (a table in its scrolling box is fine).
	 * Empty when nothing does.
	 */
	@SuppressWarnings("unchecked")
	public java.util.List<String> widerThanTheViewport() {
		return (java.util.List<String>) script(
				"""
						const vw = document.documentElement.clientWidth;
						const found = [];
						if (document.documentElement.scrollWidth > vw) {
						  found.push('page scrollWidth ' + document.documentElement.scrollWidth + ' > ' + vw);
						}
						const held = (e) => {
						  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
						    if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= vw) return true;
						  }
						  return false;
						};
						for (const e of document.querySelectorAll('body *')) {
						  const r = e.getBoundingClientRect();
						  if (r.width > 0 && r.right > vw + 0.5 && !held(e)) {
						    found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' right=' + Math.round(r.right));
						  }
						}
						return found.slice(0, 20);
						""");
	}

	/**
	 * Runs axe-core (the script Deque ships in its Selenium package, put into the page by
	 * the test, never by the product) on the page at hand and answers its serious and
	 * critical violations as "rule: target …".
	 */
	@SuppressWarnings("unchecked")
	public java.util.List<String> seriousAccessibilityViolations() {
		script(AXE.get());
		java.util.List<String> found = (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) this.driver)
			.executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations
					  .filter(v => v.impact === 'serious' || v.impact === 'critical')
					  .map(v => v.id + ': ' + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))));
					""");
		return found;
	}

	private static final java.util.function.Supplier<String> AXE = new java.util.function.Supplier<>() {

		private String script;

		@Override
		public synchronized String get() {
			if (this.script == null) {
				try (java.io.InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
					Assertions.assertNotNull(in,
							"axe.min.js (com.deque.html.axe-core:selenium) is on the test classpath");
					this.script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return this.script;
		}

	};

	/** Forgets the signed-in user (every cookie); the browser stays open. */
	@Override
	public void close() {
		this.driver.get("about:blank");
		((ChromeDriver) this.driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

}
