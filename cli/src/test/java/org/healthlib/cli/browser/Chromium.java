package org.healthlib.cli.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium with its driver, from the Debian packages ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}; other places with {@code -Dhealthlib.chromium=} and
 * {@code -Dhealthlib.chromedriver=}). Where they are missing, the test is skipped with how to
 * install them. Each browser starts with a fresh profile and the network features of a
 * browser (sync, updates, background requests) off.
 */
final class Chromium {
    static final String INSTALL = "Chromium is not installed, so the browser tests are skipped. "
            + "Install it with: sudo apt-get install -y chromium chromium-driver";
    /** The widths every page is checked at: a phone's and a desktop's. */
    static final int PHONE = 390;
    static final int DESKTOP = 1280;
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    private Chromium() {
    }

    /** Whether Chromium and its driver are there. */
    static boolean installed() {
        return Files.isExecutable(browser()) && Files.isExecutable(driver());
    }

    private static Path browser() {
        return Path.of(System.getProperty("healthlib.chromium", "/usr/bin/chromium"));
    }

    private static Path driver() {
        return Path.of(System.getProperty("healthlib.chromedriver", "/usr/bin/chromedriver"));
    }

    /** A new browser at desktop width; skips the calling test when Chromium or its driver is missing. */
    static ChromeDriver start(Path profile) throws IOException {
        assumeTrue(installed(), INSTALL);
        Path browser = browser();
        Path driver = driver();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
                // /dev/shm is small in containers; shared memory in /tmp instead
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath(),
                "--window-size=" + DESKTOP + ",900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(PAGE_LOAD).scriptTimeout(PAGE_LOAD);
        return chrome;
    }

    /**
     * Shows pages {@code width} CSS pixels wide (and, at phone width, 844 high, as a phone held
     * upright, with the phone's touch and viewport rules).
     */
    static void width(ChromeDriver chrome, int width) {
        boolean phone = width < 600;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", phone ? 844 : 900, "deviceScaleFactor", 1, "mobile", phone));
    }
}
