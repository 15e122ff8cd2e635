package org.healthlib.cli.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.healthlib.cli.InProcessServe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A built site on a plain web server, without the search API: the search box still finds articles by name. */
@ExtendWith(BrowserSession.Extension.class)
class NamesWithoutApiTest {
    static Browser browser;
    static StaticServer server;

    @BeforeAll
    static void start(BrowserSession session) throws Exception {
        browser = session.browser();
        Path dir = session.folder("static");
        server = StaticServer.start(InProcessServe.build(FixtureLibrary.copy(dir), dir, FixtureLibrary.TODAY));
        browser.site(server.uri());
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }


    @Test
    void thereIsNoSearchApi() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri().resolve("api/suggest?q=hba")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(404);
    }

    @Test
    void suggestionsComeFromTheNamesAndAPickedOneOpensItsArticle() {
        browser.get("topics/mental-health/");
        WebElement box = browser.find(By.id("site-search-q"));
        box.sendKeys("hba");
        browser.visible(By.cssSelector("#suggestions-0 [role=option]"));
        assertThat(texts(By.cssSelector("#suggestions-0 [role=option]"))).containsExactly("HbA1c (A1C test)");

        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitFor(driver -> driver.getCurrentUrl().endsWith("/articles/a1c-test/"));
    }

    @Test
    void repeatedTitlesAreToldApartByTheirHintsAndEachArticleIsSuggestedOnce() {
        browser.get("");
        browser.find(By.id("site-search-q")).sendKeys("diabetes");
        browser.visible(By.cssSelector("#suggestions-0 [role=option]"));
        assertThat(texts(By.cssSelector("#suggestions-0 [role=option]")))
                .containsExactly("Diabetes\nGeneral health", "Diabetes\nHealthy aging");
    }

    @Test
    void theSearchPageListsTheArticlesCalledSoAndSaysWhy() {
        browser.search("depress");
        assertThat(browser.find(By.id("search-status")).getText()).isEqualTo("1 article is called “depress”.");
        assertThat(texts(By.cssSelector(".name-matches h2"))).containsExactly("Depression");
        assertThat(browser.find(By.cssSelector("#search-results .notice")).getText())
                .startsWith("Only the names of articles can be searched here");

        browser.find(By.linkText("Depression")).click();
        browser.waitFor(driver -> driver.getCurrentUrl().endsWith("/articles/depression/"));
    }

    private static List<String> texts(By by) {
        return browser.all(by).stream().map(WebElement::getText).toList();
    }
}
