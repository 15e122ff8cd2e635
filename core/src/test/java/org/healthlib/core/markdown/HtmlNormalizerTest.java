package org.healthlib.core.markdown;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class HtmlNormalizerTest {

    static Stream<Arguments> equivalent() {
        return Stream.of(
                arguments("<p>a<br />b</p>", "<p>a<br>b</p>"),
                arguments("<a title=\"t\" href=\"u\">x</a>", "<a href=\"u\" title=\"t\">x</a>"),
                arguments("<p>\n  a\n</p>\n<ul>\n<li>b</li>\n</ul>\n", "<p>a</p><ul><li>b</li></ul>"),
                arguments("<p>&quot;&#x26;&#38;&amp;&gt;</p>", "<p>\"&&amp;&amp;></p>"),
                arguments("<p>caf&eacute; &copy;</p>", "<p>café ©</p>"),
                arguments("<IMG SRC=\"a.png\" ALT='b' />", "<img alt=\"b\" src=\"a.png\">"));
    }

    static Stream<Arguments> different() {
        return Stream.of(
                arguments("<p>a b</p>", "<p>ab</p>"),
                arguments("<pre><code>a  b\n</code></pre>", "<pre><code>a b\n</code></pre>"),
                arguments("<p><code>a  b</code></p>", "<p><code>a b</code></p>"),
                arguments("<a href=\"my%20uri\">x</a>", "<a href=\"my uri\">x</a>"),
                arguments("<p>&amp;nbsp;</p>", "<p>&nbsp;</p>"),
                arguments("<p>&lt;b&gt;</p>", "<p><b></p>"),
                arguments("<!-- a -->", "<!--a-->"));
    }

    @ParameterizedTest
    @MethodSource("equivalent")
    void treatsEquivalentHtmlAsEqual(String left, String right) {
        assertThat(HtmlNormalizer.normalize(left)).isEqualTo(HtmlNormalizer.normalize(right));
    }

    @ParameterizedTest
    @MethodSource("different")
    void keepsRealDifferences(String left, String right) {
        assertThat(HtmlNormalizer.normalize(left)).isNotEqualTo(HtmlNormalizer.normalize(right));
    }
}
