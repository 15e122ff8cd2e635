package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.core.testing.Articles.anArticle;
import static org.healthlib.generator.fixtures.Libraries.aLibrary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.healthlib.core.content.Library;
import org.healthlib.generator.fixtures.FixtureSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structured data stays valid, and inside its script element, whatever the content holds. */
class JsonLdTest {
    private static final String HOSTILE = "Heart </script><script>alert(\"x\")</script> & 'quotes' \\ \u2028 end";

    @TempDir
    Path out;

    @Test
    void aHostileTitleCannotBreakOutOfTheJsonLdScript() throws IOException {
        Library library = aLibrary().editorialProcessPage()
                .article(anArticle().slug("hostile").title(HOSTILE).summary("Summary with </SCRIPT> in it")
                        .alsoCalled("<b>bold</b>").noSources()
                        .source("A \"quoted\" source </script>", "https://example.org/?a=1&b=2"))
                .build();
        new SiteBuilder(FixtureSites.MARKDOWN).build(library, out.resolve("site"));

        Document page = Jsoup.parse(out.resolve("site/articles/hostile/index.html").toFile(), "UTF-8");
        assertThat(page.select("script")).as("the JSON-LD and the theme's two scripts, no other").hasSize(3);
        String script = page.select("script[type=application/ld+json]").first().data();
        assertThat(script).doesNotContain("<", ">", "\u2028");
        JsonNode data = new ObjectMapper().readTree(script);
        assertThat(data.path("name").asText()).isEqualTo(HOSTILE);
        assertThat(data.path("description").asText()).isEqualTo("Summary with </SCRIPT> in it");
        assertThat(data.path("about").path("alternateName").get(0).asText()).isEqualTo("<b>bold</b>");
        assertThat(data.path("citation").get(0).path("url").asText()).isEqualTo("https://example.org/?a=1&b=2");
        assertThat(page.select("h1").text()).startsWith("Heart </script><script>alert(\"x\")</script> & 'quotes' \\");
    }
}
