package org.healthlib.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An article's layout: its sections beside it on a wide screen, above it on a phone, and printed for an appointment. */
@ExtendWith(BrowserSession.Extension.class)
class ArticleLayoutTest {
    static Browser browser;

    @BeforeAll
    static void start(BrowserSession session) throws Exception {
        browser = session.browser();
        browser.site(session.library().uri());
    }

    @AfterEach
    void screen() {
        browser.chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void onAWideScreenTheSectionsStayBesideTheArticle() {
        browser.width(Chromium.DESKTOP);
        browser.get("articles/depression/");
        WebElement toc = browser.find(By.cssSelector(".toc"));
        WebElement body = browser.find(By.cssSelector(".article-body"));

        assertThat(toc.getRect().getX()).isGreaterThanOrEqualTo(body.getRect().getX() + body.getRect().getWidth());
        assertThat(toc.getRect().getY()).isLessThan(body.getRect().getY());
        browser.script("window.scrollTo(0, document.querySelector('.editorial').offsetTop);");
        Number top = (Number) browser.script("return arguments[0].getBoundingClientRect().top;", toc);
        assertThat(top.doubleValue()).as("the sections stay in view").isBetween(0.0, 100.0);
    }

    @Test
    void onAPhoneTheSectionsComeBeforeTheArticle() {
        browser.width(Chromium.PHONE);
        try {
            browser.get("articles/depression/");
            WebElement toc = browser.find(By.cssSelector(".toc"));
            WebElement body = browser.find(By.cssSelector(".article-body"));
            assertThat(toc.getRect().getY() + toc.getRect().getHeight()).isLessThanOrEqualTo(body.getRect().getY());
        } finally {
            browser.width(Chromium.DESKTOP);
        }
    }

    @Test
    void aPrintedArticleKeepsItsReviewDatesAndSourcesWithTheirAddressesAndNoNavigation() {
        browser.width(Chromium.DESKTOP);
        browser.get("articles/depression/");
        browser.chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        assertThat(browser.find(By.cssSelector(".site-header")).isDisplayed()).isFalse();
        assertThat(browser.find(By.cssSelector(".breadcrumbs")).isDisplayed()).isFalse();
        assertThat(browser.find(By.cssSelector(".site-footer nav")).isDisplayed()).isFalse();
        assertThat(browser.find(By.cssSelector(".reviewed-line")).isDisplayed()).isTrue();
        assertThat(browser.find(By.cssSelector(".editorial")).getText()).contains("Last reviewed on March 1, 2022");
        assertThat(browser.find(By.cssSelector(".sources")).isDisplayed()).isTrue();
        String after = (String) browser.script(
                "return getComputedStyle(document.querySelector('.sources a.external'), '::after').content;");
        assertThat(after).as("the address printed after a source's link")
                .satisfiesAnyOf(content -> assertThat(content).contains("attr(href)"),
                        content -> assertThat(content).contains("https://www.nimh.nih.gov/health/topics/depression"));
        assertThat(browser.find(By.cssSelector(".print-only")).getText())
                .isEqualTo("Online at https://health.example.org/library/articles/depression/");
    }
}
