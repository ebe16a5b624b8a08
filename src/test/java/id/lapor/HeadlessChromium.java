package id.lapor;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for a browser test: Debian's {@code chromium} and {@code chromium-driver}
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); nothing is downloaded at run time. Register it on a
 * static field, so that a missing browser fails the class (never skips it) before the application is started:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final HeadlessChromium browser = HeadlessChromium.windowSize(1280, 900).javaScriptOff();
 * }</pre>
 *
 * <p>Every test gets a fresh ChromeDriver (locale en-US) with its own temporary profile, which is deleted after the
 * test. Screenshots go to {@code target/screenshots}; when a test fails, a screenshot and the page source are kept
 * there as {@code failure-<test method>.png} and {@code .html}. Not for tests that run in parallel.
 */
public final class HeadlessChromium
        implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final int width;
    private final int height;
    private final List<String> arguments = new ArrayList<>();
    private boolean javaScript = true;
    private ToIntFunction<WebDriver> screenshotHeight;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path userDataDir;

    private HeadlessChromium(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** A browser whose window has this size at the start of every test. */
    public static HeadlessChromium windowSize(int width, int height) {
        return new HeadlessChromium(width, height);
    }

    /** More command-line switches for Chromium, e.g. {@code --hide-scrollbars}. */
    public HeadlessChromium arguments(String... switches) {
        arguments.addAll(List.of(switches));
        return this;
    }

    /** The pages run no JavaScript (a content setting of the profile; WebDriver's own scripts still run). */
    public HeadlessChromium javaScriptOff() {
        javaScript = false;
        return this;
    }

    /**
     * Screenshots are taken with the window made this tall for the moment of the picture (for pages or columns that
     * are longer than the window); without it, a screenshot shows the window as it is.
     */
    public HeadlessChromium screenshotHeight(ToIntFunction<WebDriver> height) {
        screenshotHeight = height;
        return this;
    }

    /** The browser of the running test. */
    public WebDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("No browser: HeadlessChromium gives one to each test while it runs");
        }
        return driver;
    }

    /** Waits (up to 20 seconds) until the condition gives something other than null or false, and returns that. */
    public <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** The profile directory of the running test's browser; deleted with everything in it after the test. */
    public Path userDataDir() {
        return userDataDir;
    }

    /** Saves {@code target/screenshots/<name>.png}, the window made taller for the moment if so configured. */
    public void screenshot(String name) throws IOException {
        WebDriver browser = driver();
        if (screenshotHeight == null) {
            saveScreenshot(name);
            return;
        }
        Dimension size = browser.manage().window().getSize();
        int tall = screenshotHeight.applyAsInt(browser);
        browser.manage().window().setSize(new Dimension(size.getWidth(), tall));
        try {
            saveScreenshot(name);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    private void saveScreenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Fails (never skips) without the browser, before the application is started. */
    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("This browser test needs Chromium at " + CHROMIUM + " and ChromeDriver at " + CHROMEDRIVER
                    + ". Install them with: apt-get update && apt-get install -y chromium chromium-driver");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        userDataDir = Files.createTempDirectory("lapor-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--lang=en-US");
        options.addArguments(arguments);
        options.addArguments("--user-data-dir=" + userDataDir.toAbsolutePath());
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, TIMEOUT);
        Files.createDirectories(SCREENSHOTS);
    }

    /** On a failure, keeps what the browser showed: a screenshot and the page source. */
    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isPresent() && driver != null) {
            String name = "failure-" + context.getRequiredTestMethod().getName();
            screenshot(name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            wait = null;
            Path profile = userDataDir;
            userDataDir = null;
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
