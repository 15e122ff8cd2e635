package org.healthlib.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.healthlib.cli.InProcessServe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;

/** An editor's preview under {@code healthlib serve}: a saved edit reloads the open page; an error shows over it until fixed. */
@ExtendWith(BrowserSession.Extension.class)
class LivePreviewInBrowserTest {
    private static final String ARTICLE = "articles/mental-health/depression.md";

    static Path content;
    static Browser browser;
    static InProcessServe serve;

    @BeforeAll
    static void start(BrowserSession session) throws Exception {
        browser = session.browser();
        Path dir = session.folder("preview");
        content = FixtureLibrary.copy(dir);
        serve = InProcessServe.start(content, dir, FixtureLibrary.TODAY);
        browser.site(serve.uri());
    }

    @AfterAll
    static void stop() throws Exception {
        if (serve != null) {
            serve.close();
        }
    }


    @Test
    void anEditReloadsTheOpenPageAndAnErrorShowsOverItUntilFixed() throws Exception {
        browser.width(Chromium.DESKTOP);
        browser.get("articles/depression/");
        assertThat(browser.find(By.cssSelector(".article-body")).getText()).contains("Feeling sad or empty");
        markPage();

        edit("Feeling sad or empty", "Feeling low or empty");
        await(() -> !pageIsMarked() && bodyText().contains("Feeling low or empty"));
        markPage();

        edit("Feeling low or empty", "Feeling low or [empty](no-such-article.md)");
        await(() -> !browser.all(By.id("build-problems")).isEmpty());
        assertThat(browser.find(By.id("build-problems-title")).getText())
                .isEqualTo("Your last change was not published: 1 error");
        assertThat(browser.find(By.cssSelector("#build-problems li")).getText())
                .startsWith(ARTICLE + ":").contains("broken link 'no-such-article.md'");
        assertThat(browser.find(By.cssSelector("#build-problems [role=alert]")).isDisplayed()).isTrue();
        assertThat(pageIsMarked()).as("the page was not reloaded").isTrue();
        assertThat(bodyText()).contains("Feeling low or empty");
        assertThat(Axe.seriousViolations(browser.chrome)).as("the page with its errors shown").isEmpty();
        browser.screenshot("preview-error-" + Chromium.DESKTOP);

        edit("Feeling low or [empty](no-such-article.md)", "Feeling down or empty");
        await(() -> !pageIsMarked() && bodyText().contains("Feeling down or empty"));
        assertThat(browser.all(By.id("build-problems"))).isEmpty();
    }

    @Test
    void theOverlayCanBeHiddenWithTheKeyboard() throws Exception {
        browser.width(Chromium.DESKTOP);
        browser.get("articles/psychotherapy/");
        markPage();
        Path file = content.resolve("articles/mental-health/psychotherapy.md");
        String text = Files.readString(file);
        Files.writeString(file, text.replace("reviewed: ", "reviewed: 03/"));
        await(() -> !browser.all(By.id("build-problems")).isEmpty());
        assertThat(browser.find(By.cssSelector("#build-problems li")).getText())
                .startsWith("articles/mental-health/psychotherapy.md:").contains("'reviewed'");

        browser.find(By.cssSelector("#build-problems button")).sendKeys(Keys.ENTER);
        browser.waitFor(driver -> browser.all(By.id("build-problems")).isEmpty());
        assertThat(pageIsMarked()).isTrue();

        Files.writeString(file, text);
        await(() -> !pageIsMarked());
        assertThat(browser.all(By.id("build-problems"))).isEmpty();
    }

    @Test
    void anEditSavedWhileThePageLoadsIsShownToo() throws Exception {
        browser.width(Chromium.DESKTOP);
        // The page's question to the preview is held back until the edit is published.
        browser.chrome.executeCdpCommand("Fetch.enable", Map.of("patterns", List.of(Map.of("urlPattern", "*/api/version*"))));
        try {
            browser.get("articles/sleep/");
            assertThat(browser.find(By.cssSelector(".article-body")).getText()).contains("7 or more hours");
            edit("articles/living/sleep.md", "7 or more hours", "seven hours or more");
            await(() -> serve.output().contains("Rebuilt articles/living/sleep.md."));
        } finally {
            browser.chrome.executeCdpCommand("Fetch.disable", Map.of());
        }
        await(() -> bodyText().contains("seven hours or more"));
    }

    private static void edit(String before, String after) throws Exception {
        edit(ARTICLE, before, after);
    }

    private static void edit(String article, String before, String after) throws Exception {
        Path file = content.resolve(article);
        String text = Files.readString(file);
        assertThat(text).contains(before);
        Files.writeString(file, text.replace(before, after));
    }

    /**
     * Marks the open page, so that a reload (which forgets the mark) can be told from an update in
     * place, once it knows which build it shows (an edit saved before then would be that build).
     */
    private static void markPage() {
        browser.waitFor(driver -> browser.find(By.tagName("html")).getAttribute("data-preview-build") != null);
        browser.script("window.healthlibTestMark = true;");
    }

    /** Waits for the page to show what {@code condition} says, with what serve printed when it does not. */
    private static void await(BooleanSupplier condition) {
        try {
            browser.waitFor(driver -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("the page did not change (reloaded: " + !pageIsMarked() + ", build "
                    + browser.find(By.tagName("html")).getAttribute("data-preview-build") + ", text: "
                    + bodyText().lines().findFirst().orElse("") + "); serve printed:\n" + serve.output(), e);
        }
    }

    private static boolean pageIsMarked() {
        return Boolean.TRUE.equals(browser.script("return window.healthlibTestMark === true;"));
    }

    private static String bodyText() {
        return browser.find(By.cssSelector(".article-body")).getText();
    }
}
