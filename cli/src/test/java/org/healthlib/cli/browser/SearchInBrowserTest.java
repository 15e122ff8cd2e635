package org.healthlib.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A reader's search under {@code healthlib serve}: suggestions, results, filters, an article; on a phone too. */
@ExtendWith(BrowserSession.Extension.class)
class SearchInBrowserTest {
    static Browser browser;

    @BeforeAll
    static void start(BrowserSession session) throws Exception {
        browser = session.browser();
        browser.site(session.library().uri());
    }


    @Test
    void aSuggestionPickedWithTheKeyboardOpensItsArticle() {
        browser.width(Chromium.DESKTOP);
        browser.get("");
        WebElement box = browser.find(By.id("site-search-q"));
        box.sendKeys("hba");
        browser.visible(By.cssSelector("#suggestions-0 [role=option]"));
        assertThat(texts(By.cssSelector("#suggestions-0 [role=option]"))).containsExactly("HbA1c (A1C test)");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");

        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("suggestions-0-0");
        assertThat(browser.find(By.id("suggestions-0-0")).getAttribute("aria-selected")).isEqualTo("true");
        box.sendKeys(Keys.ENTER);

        browser.waitFor(driver -> driver.getCurrentUrl().endsWith("/articles/a1c-test/"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("A1C test");
    }

    @Test
    void suggestionsOfArticlesWithTheSameTitleAreToldApart() {
        browser.width(Chromium.DESKTOP);
        browser.get("");
        browser.find(By.id("site-search-q")).sendKeys("diabetes");
        browser.waitFor(driver -> texts(By.cssSelector("#suggestions-0 .suggestion-hint")).size() == 2);

        List<String> options = texts(By.cssSelector("#suggestions-0 [role=option]"));
        assertThat(options).contains("Diabetes\nGeneral health", "Diabetes\nHealthy aging");
        assertThat(browser.all(By.cssSelector("#suggestions-0 [role=option]")).stream()
                .map(option -> option.getAttribute("aria-label")).toList())
                .contains("Diabetes, General health", "Diabetes, Healthy aging");
    }

    @Test
    void submittedSearchShowsResultsWithSnippetsAndAFilterNarrowsThemAndIsCleared() {
        browser.width(Chromium.DESKTOP);
        browser.get("");
        browser.find(By.id("site-search-q")).sendKeys("blood", Keys.ENTER);
        browser.waitFor(driver -> driver.getCurrentUrl().contains("/search/?q=blood"));
        browser.waitForResults();

        List<WebElement> hits = browser.all(By.cssSelector("#search-results ol > li"));
        int all = hits.size();
        assertThat(all).isGreaterThan(1);
        assertThat(browser.all(By.cssSelector("#search-results .snippet mark"))).isNotEmpty();
        assertThat(browser.find(By.id("search-status")).getText()).isEqualTo(all + " results for “blood”.");
        assertThat(browser.find(By.id("search-filters")).getAttribute("open")).isNotNull();

        browser.find(By.partialLinkText("Tests (")).click();
        browser.waitFor(driver -> driver.getCurrentUrl().contains("type=test"));
        browser.waitForResults();
        List<String> types = texts(By.cssSelector("#search-results ol > li .meta"));
        assertThat(types).isNotEmpty().hasSizeLessThan(all).allSatisfy(meta -> assertThat(meta).startsWith("Tests"));
        assertThat(browser.find(By.id("search-filters-label")).getText()).isEqualTo("Filter results (1 on)");

        browser.find(By.linkText("All types")).click();
        browser.waitFor(driver -> !driver.getCurrentUrl().contains("type="));
        browser.waitForResults();
        assertThat(browser.all(By.cssSelector("#search-results ol > li"))).hasSize(all);
    }

    @Test
    void anArticleFromTheResultsShowsItsReviewDates() {
        browser.width(Chromium.DESKTOP);
        browser.search("depression");
        browser.find(By.cssSelector("#search-results ol > li h2 a")).click();
        browser.waitFor(driver -> driver.getCurrentUrl().endsWith("/articles/depression/"));

        assertThat(browser.find(By.cssSelector(".reviewed-line")).getText()).isEqualTo("Last reviewed on March 1, 2022");
        assertThat(texts(By.cssSelector(".editorial li"))).contains("Last reviewed on March 1, 2022",
                "Next review due March 1, 2025");
        assertThat(browser.find(By.cssSelector(".notice-overdue")).getText()).contains("past its scheduled review date");
    }

    @Test
    void onAPhoneTheFirstResultShowsWithoutScrollingAndTheFiltersAreClosed() throws Exception {
        browser.width(Chromium.PHONE);
        try {
            browser.search("blood");
            WebElement first = browser.find(By.cssSelector("#search-results ol > li h2 a"));
            Number bottom = (Number) browser.script("return arguments[0].getBoundingClientRect().bottom;", first);
            Number viewport = (Number) browser.script("return window.innerHeight;");
            Number width = (Number) browser.script("return document.documentElement.clientWidth;");

            assertThat(width.intValue()).isEqualTo(Chromium.PHONE);
            assertThat(bottom.doubleValue()).isLessThanOrEqualTo(viewport.doubleValue());
            assertThat(browser.find(By.id("search-filters")).getAttribute("open")).isNull();
            assertThat(browser.find(By.id("search-facets")).isDisplayed()).isFalse();

            browser.find(By.id("search-filters-label")).click();
            assertThat(browser.find(By.partialLinkText("Tests (")).isDisplayed()).isTrue();
        } finally {
            browser.width(Chromium.DESKTOP);
        }
    }

    private static List<String> texts(By by) {
        return browser.all(by).stream().map(WebElement::getText).toList();
    }
}
