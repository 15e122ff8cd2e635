package org.healthlib.core.markdown;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownRendererTest {

    private static final MarkdownRenderer CONTENT = MarkdownRenderer.forContent();

    private static RenderedBody render(String markdown) {
        return CONTENT.render(markdown, 1);
    }

    @Nested
    class Links {

        @Test
        void carryTheLineAndColumnOfTheFileTheyStartAt() {
            String body = """
                    Intro with [a sibling](other.md).

                    A paragraph that goes on
                    to [an article](/articles/a1c-test/ "A1C") on its second line.
                    """;

            assertThat(CONTENT.render(body, 12).links()).containsExactly(
                    new Link("other.md", 12, 12),
                    new Link("/articles/a1c-test/", 15, 4));
        }

        @Test
        void includeAutolinksMailLinksAndResolvedReferences() {
            String body = """
                    See https://www.cdc.gov/, www.nih.gov, <https://medlineplus.gov/> and help@example.org.
                    Also [the board][board] and [Board].

                    [board]: /about/board/
                    """;

            assertThat(render(body).links()).containsExactly(
                    new Link("https://www.cdc.gov/", 1, 5),
                    new Link("http://www.nih.gov", 1, 27),
                    new Link("https://medlineplus.gov/", 1, 40),
                    new Link("mailto:help@example.org", 1, 71),
                    new Link("/about/board/", 2, 6),
                    new Link("/about/board/", 2, 29));
        }

        @Test
        void keepDestinationsAsWrittenWithEscapesResolved() {
            assertThat(render("[a](/search/?q=a&amp;b) [b](file\\_name.md) [c](#causes)").links())
                    .extracting(Link::destination)
                    .containsExactly("/search/?q=a&b", "file_name.md", "#causes");
        }

        @Test
        void ignoreUndefinedReferencesAndFootnoteMarks() {
            assertThat(render("Not a link: [nowhere] and a note.[^1]\n\n[^1]: The note.").links()).isEmpty();
        }

        @Test
        void includeLinksOfRawHtml() {
            String body = """
                    Text with <a href="inline.md">an inline tag</a>.

                    <div>
                    <p>A block with <a href='block.md'>a link</a></p>
                    </div>
                    """;

            assertThat(CONTENT.render(body, 5).links()).containsExactly(
                    new Link("inline.md", 5, 11),
                    new Link("block.md", 8, 17));
        }
    }

    @Nested
    class Images {

        @Test
        void keepSourceAltTextLineAndColumn() {
            String body = """
                    # Title

                    ![The *heart*](images/heart.png "Heart") and ![](blank.png)
                    ![by reference][chart]

                    <img src="raw.png" alt="Raw &amp; ready">

                    [chart]: images/chart.svg
                    """;

            assertThat(CONTENT.render(body, 3).images()).containsExactly(
                    new Image("images/heart.png", "The heart", 5, 1),
                    new Image("blank.png", "", 5, 46),
                    new Image("images/chart.svg", "by reference", 6, 1),
                    new Image("raw.png", "Raw & ready", 8, 1));
        }
    }

    @Nested
    class Headings {

        @Test
        void haveLevelTextAndTheIdOfTheHtml() {
            RenderedBody body = render("""
                    # Heart *attack*

                    ## What is it?

                    Setext heading
                    --------------

                    ## What is it?
                    """);

            assertThat(body.headings()).containsExactly(
                    new Heading(1, "heart-attack", "Heart attack"),
                    new Heading(2, "what-is-it", "What is it?"),
                    new Heading(2, "setext-heading", "Setext heading"),
                    new Heading(2, "what-is-it-1", "What is it?"));
            assertThat(body.html()).contains("<h2 id=\"what-is-it\">", "<h2 id=\"what-is-it-1\">");
        }

        @Test
        void areTheSameForEveryRenderingOfADocument() {
            String markdown = "# A\n\n## B\n\n## B\n";

            assertThat(render(markdown).headings()).isEqualTo(render(markdown).headings());
        }
    }

    @Nested
    class PlainTextAndWords {

        @Test
        void putEachBlockOnItsOwnLineWithoutMarkup() {
            String body = """
                    ## What is *A1C*?

                    The A1C test shows your **average** blood sugar
                    over the past [three months](three-months.md).

                    - It is a `blood` test.
                    - No fasting is needed.

                    > A quoted line.

                    | Result | Meaning |
                    |---|---|
                    | 5.7% | prediabetes |

                    ---

                    Ends with a note.[^1]

                    [^1]: The footnote text.
                    """;

            assertThat(render(body).plainText()).isEqualTo("""
                    What is A1C?
                    The A1C test shows your average blood sugar over the past three months.
                    It is a blood test.
                    No fasting is needed.
                    A quoted line.
                    Result Meaning
                    5.7% prediabetes
                    Ends with a note.
                    The footnote text.""");
        }

        @Test
        void decodesEntitiesAndEscapesAndSplitsHardBreaks() {
            assertThat(render("Caf&eacute; \\*not emphasis\\*  \nNext line\\\nThird").plainText())
                    .isEqualTo("Café *not emphasis*\nNext line\nThird");
        }

        @Test
        void keepsTheTextOfRawHtmlButNotScripts() {
            assertThat(render("<div>\n<p>Shown <b>text</b></p>\n<script>hidden()</script>\n</div>\n\nInline <span>kept</span>.").plainText())
                    .isEqualTo("Shown text\nInline kept.");
        }

        @Test
        void countsWordsAsTheReadingGradeFormulaDoes() {
            RenderedBody body = render("""
                    ## Don't panic

                    The A1C test: 5.7 % or 6.5 %, 2 times a year (per the ADA's advice).
                    """);

            // Don't, panic, The, A1C, test, or, times, a, year, per, the, ADA's, advice; numbers alone are not words.
            assertThat(body.wordCount()).isEqualTo(13);
        }

        @Test
        void ofAnEmptyBodyAreEmpty() {
            assertThat(render("")).isEqualTo(RenderedBody.empty());
        }
    }

    @Nested
    class Profiles {

        @Test
        void plainCommonMarkHasNoExtensionsIdsOrSanitizing() {
            RenderedBody body = MarkdownRenderer.commonMark().render("# Title\n\n~~old~~ www.nih.gov\n\n<script>x()</script>\n", 1);

            assertThat(body.html()).isEqualTo("<h1>Title</h1>\n<p>~~old~~ www.nih.gov</p>\n<script>x()</script>\n");
        }

        @Test
        void contentRenderingIsTheSameFromManyThreads() {
            List<String> bodies = IntStream.range(0, 200)
                    .mapToObj(i -> "# Part " + i + "\n\nSee [item " + i + "](item-" + i + ".md) and www.nih.gov.\n\n"
                            + "| a | b |\n|---|---|\n| " + i + " | x |\n\nNote.[^n]\n\n[^n]: Footnote " + i + ".\n")
                    .toList();
            List<RenderedBody> sequential = bodies.stream().map(MarkdownRendererTest::render).toList();

            List<RenderedBody> parallel = bodies.parallelStream().map(MarkdownRendererTest::render).toList();

            assertThat(parallel).isEqualTo(sequential);
        }

        @Test
        void rejectsALineBeforeTheFirst() {
            assertThatThrownBy(() -> CONTENT.render("text", 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("firstLine");
        }
    }
}
