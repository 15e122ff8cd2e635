package org.healthlib.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.healthlib.search.analysis.HealthAnalyzer;
import org.healthlib.search.http.SearchJson;
import org.healthlib.search.index.NameKeys;
import org.healthlib.search.testing.FixtureArticles;
import org.healthlib.search.testing.TestIndexes;

/**
 * Any text a reader can type or paste, searched: never an exception, a query cut to
 * {@link SearchRequest#MAX_QUERY_CHARS} at a character boundary, a Lucene query of bounded size,
 * and an answer the API can write as JSON.
 */
class QueryPropertiesTest {
    private static final List<String> PIECES = List.of(
            "heart", "attack", "acne", "migraine", "heart attack", "afib", "the", "what is", " ", "  ", "\t", "\n",
            "\"", "'", ":", "title:", "(", ")", "[", "]", "{", "}", "*", "?", "~", "~2", "^10", "\\", "/", "+", "-",
            "&&", "||", "AND", "OR", "NOT", "TO", "!", "<script>", "&amp;", "%00", "\u0000", "\u200B", "\u202E",
            "é", "ß", "İ", "ﬁ", "e\u0301", "😀", "👩‍⚕️", "\uD83D", "\uDE00", "中文", "عربي", "x".repeat(120));

    private static Path dir;
    private static SearchService search;

    @BeforeContainer
    static void index() throws IOException {
        dir = Files.createTempDirectory("query-properties");
        search = TestIndexes.open(dir, FixtureArticles.all(), Optional.of("heart attack, mi, myocardial infarction\n"));
    }

    @AfterContainer
    static void close() throws IOException {
        search.close();
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.oneOf(
                Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces)),
                Arbitraries.of(PIECES).list().ofMinSize(100).ofMaxSize(600).map(pieces -> String.join(" ", pieces)),
                Arbitraries.strings().ofMaxLength(700),
                Arbitraries.strings().all().ofMaxLength(50));
    }

    @Property(tries = 1_000)
    void aQueryIsCutToItsLimitAtACharacterBoundary(@ForAll("queries") String text) {
        String query = SearchRequest.of(text).query();

        assertThat(query.length()).isLessThanOrEqualTo(SearchRequest.MAX_QUERY_CHARS);
        assertThat(text).startsWith(query);
        if (!query.isEmpty()) {
            assertThat(Character.isHighSurrogate(query.charAt(query.length() - 1)) && text.length() > query.length()
                    && Character.isLowSurrogate(text.charAt(query.length()))).as("a surrogate pair cut in two").isFalse();
        }
    }

    @Property(tries = 100)
    void aCharacterOutsideTheBasicPlaneAtTheLimitIsNotCutInTwo(@ForAll @net.jqwik.api.constraints.IntRange(min = 490, max = 510) int before,
                                                              @ForAll @net.jqwik.api.constraints.IntRange(min = 0x10000, max = 0x10FFFF) int codePoint) {
        String text = "a".repeat(before) + Character.toString(codePoint) + " heart";
        String query = SearchRequest.of(text).query();

        assertThat(query.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
                .as("lone surrogates").isEmpty();
        assertThat(text).startsWith(query);
        if (text.length() <= SearchRequest.MAX_QUERY_CHARS) {
            assertThat(query).isEqualTo(text);
        } else {
            assertThat(query.length()).isBetween(SearchRequest.MAX_QUERY_CHARS - 1, SearchRequest.MAX_QUERY_CHARS);
        }
    }

    @Property(tries = 200)
    void anyTextIsSearchedAndAnsweredAsJson(@ForAll("queries") String text) throws IOException {
        SearchResponse response = search.search(SearchRequest.of(text));

        assertThat(response.hits()).hasSizeLessThanOrEqualTo(SearchRequest.DEFAULT_SIZE);
        assertThat((long) response.hits().size()).isLessThanOrEqualTo(response.total());
        assertThat(SearchJson.search(response)).startsWith("{\"query\":");
        List<Suggestion> suggestions = search.suggest(text, 8);
        assertThat(suggestions).hasSizeLessThanOrEqualTo(8);
        assertThat(SearchJson.suggestions(suggestions)).startsWith("{\"suggestions\":[");
    }

    @Property(tries = 200)
    void theLuceneQueryStaysWithinTheClauseLimit(@ForAll("queries") String text, @ForAll("queries") String corrected) {
        ArticleQueryBuilder builder = new ArticleQueryBuilder(HealthAnalyzer.forQuery(Optional.empty()), NameKeys.create());
        String cut = SearchRequest.of(text).query();
        Optional<Query> query = builder.build(cut, Optional.of(SearchRequest.of(corrected).query()));

        query.ifPresent(built -> assertThat(leaves(built)).isLessThanOrEqualTo(IndexSearcher.getMaxClauseCount()));
    }

    /** The terms a query holds, counted as Lucene counts clauses against its limit. */
    private static int leaves(Query query) {
        AtomicInteger count = new AtomicInteger();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count.addAndGet(terms.length);
            }

            @Override
            public void visitLeaf(Query leaf) {
                count.incrementAndGet();
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count.get();
    }
}
