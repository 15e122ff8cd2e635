package org.healthlib.cli.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One browser on one site: opening pages, waiting for what they show, and screenshots. */
final class Browser implements AutoCloseable {
    /** Where the screenshots go: {@code target/screenshots/} of the module. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    final ChromeDriver chrome;
    private URI site = URI.create("http://127.0.0.1/");

    private Browser(ChromeDriver chrome) {
        this.chrome = chrome;
    }

    /** Starts the browser first, so that a test without Chromium is skipped before anything else is done. */
    static Browser open(Path profile) throws IOException {
        return new Browser(Chromium.start(profile));
    }

    /** The site the paths of {@link #get} are in. */
    void site(URI site) {
        this.site = site;
    }

    void width(int width) {
        Chromium.width(chrome, width);
    }

    /** Opens a page of the site ("articles/depression/") and waits until its scripts have run. */
    void get(String path) {
        chrome.get(site.resolve(path).toString());
        waitFor(driver -> "complete".equals(chrome.executeScript("return document.readyState")));
    }

    /** The search page with its results shown. */
    void search(String query) {
        get("search/?q=" + query);
        waitForResults();
    }

    void waitForResults() {
        waitFor(driver -> !find(By.id("search-status")).getText().isBlank()
                && !find(By.id("search-status")).getText().startsWith("Searching"));
    }

    WebElement find(By by) {
        return chrome.findElement(by);
    }

    List<WebElement> all(By by) {
        return chrome.findElements(by);
    }

    WebElement visible(By by) {
        return new WebDriverWait(chrome, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for {@code condition}, asking again when a page being replaced answers (a reload under
     * way): an element gone stale, a script that ran in the old page, or Chromium's "node does not
     * belong to the document", which it reports as an unknown error.
     */
    <T> T waitFor(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(chrome, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(JavascriptException.class)
                .ignoring(WebDriverException.class)
                .until(condition);
    }

    Object script(String script, Object... args) {
        return chrome.executeScript(script, args);
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        chrome.quit();
    }
}
