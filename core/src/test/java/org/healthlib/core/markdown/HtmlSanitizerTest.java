package org.healthlib.core.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {"other.md", "../a1c-test/", "/articles/x/", "#causes", "?q=a:b", "/x:y",
            "https://example.org", "HTTP://EXAMPLE.ORG", "mailto:help@example.org", "tel:+1800", ""})
    void allowsRelativeAndWebLinks(String destination) {
        assertThat(HtmlSanitizer.allowsLink(destination)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:x", "java\tscript:x",
            "java\nscript:x", "vbscript:msgbox", "data:text/html,hi", "file:///etc/passwd"})
    void refusesLinksThatRunOrReachOutsideTheWeb(String destination) {
        assertThat(HtmlSanitizer.allowsLink(destination)).isFalse();
    }

    @Test
    void allowsOnlyWebAndRelativeImages() {
        assertThat(HtmlSanitizer.allowsImage("images/heart.png")).isTrue();
        assertThat(HtmlSanitizer.allowsImage("https://example.org/a.png")).isTrue();
        assertThat(HtmlSanitizer.allowsImage("data:image/png;base64,AAAA")).isFalse();
        assertThat(HtmlSanitizer.allowsImage("mailto:a@b.c")).isFalse();
    }

    @Test
    void keepsArticleMarkupAndRelativeUrlsExactly() {
        String html = "<h2 id=\"causes\">Causes</h2>\n<p><a href=\"../a1c-test/?a=1&amp;b=2#x\" title=\"t\">A1C</a> "
                + "<img src=\"images/heart.png\" alt=\"Heart\" width=\"20\"></p>";

        assertThat(sanitizer.clean(html)).isEqualTo(html);
    }

    @Test
    void dropsScriptsHandlersAndEmbeddedContent() {
        String html = "<p onclick=\"x()\">Text<script>bad()</script></p><iframe src=\"https://e.org\"></iframe>"
                + "<a href=\"javascript:bad()\" onmouseover=\"bad()\">link</a><img src=\"data:image/png;base64,AA\" alt=\"d\">";

        assertThat(sanitizer.clean(html)).isEqualTo("<p>Text</p><a>link</a><img alt=\"d\">");
    }
}
