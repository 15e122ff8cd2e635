package org.healthlib.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page type under {@code healthlib serve}, at a phone's and a desktop's width: axe-core finds
 * no serious or critical WCAG 2.1 A/AA violation. The search works with the keyboard alone. The
 * pages shown in the README are saved as screenshots on the way.
 */
@ExtendWith(BrowserSession.Extension.class)
class AccessibilityTest {
    static Browser browser;

    @BeforeAll
    static void start(BrowserSession session) throws Exception {
        browser = session.browser();
        browser.site(session.library().uri());
    }


    @ParameterizedTest(name = "{0} at {2} px")
    @CsvSource({
        "home,             '',                        390",
        "home,             '',                        1280",
        "article,          articles/depression/,      390",
        "article,          articles/depression/,      1280",
        "a-z,              a-z/,                      390",
        "a-z,              a-z/,                      1280",
        "topic,            topics/mental-health/,     390",
        "topic,            topics/mental-health/,     1280",
        "type,             types/condition/,          390",
        "type,             types/condition/,          1280",
        "search,           search/?q=blood,           390",
        "search,           search/?q=blood,           1280",
        "page,             editorial-process/,        390",
        "page,             editorial-process/,        1280",
        "404,              no-such-page/,             390",
        "404,              no-such-page/,             1280",
    })
    void pageHasNoSeriousOrCriticalViolation(String pageType, String path, int width) throws Exception {
        browser.width(width);
        browser.get(path);
        if (pageType.equals("search")) {
            browser.waitForResults();
            assertThat(browser.all(By.cssSelector("#search-results ol > li"))).isNotEmpty();
        }
        if (!pageType.equals("topic") && !pageType.equals("type") && !pageType.equals("page")) {
            browser.screenshot(pageType + "-" + width);
        }
        assertThat(Axe.seriousViolations(browser.chrome)).as(pageType + " at " + width + " px").isEmpty();
    }

    @Test
    void openSuggestionsHaveNoSeriousOrCriticalViolation() {
        browser.width(Chromium.DESKTOP);
        browser.get("");
        browser.find(By.id("site-search-q")).sendKeys("diab");
        browser.visible(By.cssSelector("#suggestions-0 [role=option]"));
        assertThat(Axe.seriousViolations(browser.chrome)).isEmpty();
    }

    @Test
    void axeFindsAViolationWhereThereIsOne() {
        browser.width(Chromium.DESKTOP);
        browser.get("");
        browser.script("var image = document.createElement('img'); image.src = 'assets/none.png';"
                + "document.querySelector('main').appendChild(image);");
        assertThat(Axe.seriousViolations(browser.chrome)).anySatisfy(violation -> assertThat(violation).startsWith("image-alt"));
    }

    @Test
    void theSearchWorksWithTheKeyboardAlone() {
        browser.width(Chromium.DESKTOP);
        browser.get("");
        Actions keys = new Actions(browser.chrome);
        keys.sendKeys(Keys.TAB).perform();
        assertThat(focused().getText()).isEqualTo("Skip to main content");
        tabUntil("site-search-q", 4);

        keys.sendKeys("therapy").perform();
        browser.visible(By.cssSelector("#suggestions-0 [role=option]"));
        keys.sendKeys(Keys.ESCAPE).perform();
        assertThat(browser.find(By.id("suggestions-0")).isDisplayed()).isFalse();
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitFor(driver -> driver.getCurrentUrl().contains("/search/?q=therapy"));
        browser.waitForResults();

        WebElement first = browser.find(By.cssSelector("#search-results ol > li h2 a"));
        for (int tab = 0; tab < 30 && !first.equals(focused()); tab++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused()).isEqualTo(first);
        assertThat(browser.script("var style = getComputedStyle(document.activeElement);"
                + "return style.outlineStyle + ' ' + style.outlineWidth;")).isEqualTo("solid 3px");
        String target = first.getAttribute("href");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitFor(driver -> driver.getCurrentUrl().equals(target));
    }

    private static void tabUntil(String id, int most) {
        Actions keys = new Actions(browser.chrome);
        for (int tab = 0; tab < most && !id.equals(focused().getAttribute("id")); tab++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused().getAttribute("id")).isEqualTo(id);
    }

    private static WebElement focused() {
        return browser.chrome.switchTo().activeElement();
    }
}
