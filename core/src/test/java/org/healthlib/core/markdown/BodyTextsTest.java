package org.healthlib.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTextsTest {
    private static final String TEXT = ("A heart attack happens when blood flow to the heart is blocked – call 911 “right away”. "
            + "Ünïcödé, 心臓, and 🫀 too.\n").repeat(40);
    private static final String HTML = "<p>" + TEXT.replace("\n", "</p>\n<p>") + "</p>";

    @Test
    void deflatedTextsAreTheSameTextsInFewerBytes() {
        BodyTexts plain = BodyTexts.of(HTML, TEXT);
        BodyTexts deflated = plain.deflated();

        assertThat(plain.isDeflated()).isFalse();
        assertThat(deflated.isDeflated()).isTrue();
        assertThat(deflated.html()).isEqualTo(HTML);
        assertThat(deflated.plainText()).isEqualTo(TEXT);
        assertThat(deflated.html()).isEqualTo(HTML); // inflated again, the same
        assertThat(deflated).isEqualTo(plain).hasSameHashCodeAs(plain).isEqualTo(BodyTexts.of(HTML, TEXT).deflated());
        assertThat(deflated).isNotEqualTo(BodyTexts.of(HTML, TEXT + " ").deflated())
                .isNotEqualTo(BodyTexts.of(HTML + TEXT, "").deflated()) // the same bytes, cut elsewhere
                .isNotEqualTo(BodyTexts.of("<p></p>", ""));
        assertThat(deflated.deflated()).isSameAs(deflated);
        assertThat(deflated.toString()).startsWith("BodyTexts[deflated, ");
    }

    @Test
    void textsThatDoNotCompressStillRoundTrip() {
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            noise.appendCodePoint(0x20 + random.nextInt(0x2000));
        }
        String forward = noise.toString();
        String backward = noise.reverse().toString();
        BodyTexts deflated = BodyTexts.of(forward, backward).deflated();

        assertThat(deflated.isDeflated()).isTrue();
        assertThat(deflated.html()).isEqualTo(forward);
        assertThat(deflated.plainText()).isEqualTo(backward);
    }

    @Test
    void shortTextsStayAsTheyAre() {
        String almost = "x".repeat(BodyTexts.SHORTEST_PACKED - 2);

        assertThat(BodyTexts.of("", "").deflated().isDeflated()).isFalse();
        assertThat(BodyTexts.of(almost, "y").deflated().isDeflated()).isFalse();
        assertThat(BodyTexts.of(almost, "yz").deflated().isDeflated()).isTrue();
        assertThat(BodyTexts.of(almost, "yz").deflated().plainText()).isEqualTo("yz");
    }

    @Test
    void aPackedBodyEqualsTheBodyItWasMadeFrom() {
        RenderedBody body = MarkdownRenderer.forContent().render("# Heart attack\n\n" + "Call 911 at once. ".repeat(60), 3);
        RenderedBody packed = body.packed();

        assertThat(packed.texts().isDeflated()).isTrue();
        assertThat(packed.html()).isEqualTo(body.html()).startsWith("<h1 id=\"heart-attack\">Heart attack</h1>");
        assertThat(packed.plainText()).isEqualTo(body.plainText());
        assertThat(packed).isEqualTo(body);
    }
}
