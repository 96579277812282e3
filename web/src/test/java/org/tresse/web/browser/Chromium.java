package org.tresse.web.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, with the flags that keep it off the network and
 * a fresh profile. A missing browser fails the test with the line that installs it.
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "sudo apt-get install -y chromium chromium-driver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Chromium start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            fail("The browser tests need Debian's Chromium and its driver (" + BROWSER + ", " + DRIVER + "). Install them: " + INSTALL);
        }
        try {
            Path profile = Files.createTempDirectory("tresse-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=fr-FR", "--user-data-dir=" + profile, "--window-size=1200,900");
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
            Files.createDirectories(SCREENSHOTS);
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A full-page screenshot under target/screenshots. */
    Path screenshot(String name) {
        try {
            Object metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) metrics).get("cssContentSize");
            long width = Math.round(((Number) content.get("width")).doubleValue());
            long height = Math.round(((Number) content.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(height, 6000), "scale", 1)));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page shown, as lines. */
    List<String> seriousViolations() {
        driver.executeScript(axeSource());
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — '"
                + " + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['error ' + e]));");
        List<String> serious = new ArrayList<>();
        try {
            Files.writeString(SCREENSHOTS.resolve("axe.txt"), driver.getCurrentUrl().replaceAll("/vote/[a-z2-7]+", "/vote/…") + "\n  "
                    + ((List<?>) result).size() + " violation(s) " + result + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (Object line : (List<?>) result) {
            String text = String.valueOf(line);
            if (text.startsWith("serious") || text.startsWith("critical") || text.startsWith("error")) {
                serious.add(text);
            }
        }
        return serious;
    }

    private static String axeSource() {
        try (InputStream in = Chromium.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test class path (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // the profile lives in the temporary folder; nothing more to do
        }
    }
}
