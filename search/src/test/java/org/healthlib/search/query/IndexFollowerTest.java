package org.healthlib.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Synonyms;
import org.healthlib.core.testing.Articles;
import org.healthlib.search.index.ArticleIndexer;
import org.healthlib.search.testing.FixtureArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way of publishing an index is picked up; a missing or broken one leaves the served index in place. */
class IndexFollowerTest {
    /** Checks are made by the test itself, not by the timer. */
    private static final Duration NEVER = Duration.ofHours(1);

    @TempDir
    Path dir;

    private final List<String> reports = new CopyOnWriteArrayList<>();

    @Test
    void anIndexRenamedIntoPlaceIsServed() throws Exception {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(FixtureArticles.all(), Synonyms.none(), index);
        try (SearchService search = SearchService.open(index);
             IndexFollower follower = IndexFollower.start(search, index, NEVER, reports::add)) {
            follower.check();
            assertThat(search.version()).as("nothing changed").isEqualTo(1);

            ArticleIndexer.writeAtomically(withNote("Renamed"), Synonyms.none(), index);
            follower.check();
            assertThat(search.version()).isEqualTo(2);
            assertThat(firstSlug(search, "renamed note")).isEqualTo("note-renamed");
            assertThat(reports).containsExactly("Serving the new index in " + index + ": "
                    + (FixtureArticles.all().size() + 1) + " articles.");
        }
    }

    @Test
    void anIndexPublishedBeforeTheFollowerStartedIsServed() throws Exception {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(FixtureArticles.all(), Synonyms.none(), index);
        try (SearchService search = SearchService.open(index)) {
            ArticleIndexer.writeAtomically(withNote("Early"), Synonyms.none(), index);
            try (IndexFollower follower = IndexFollower.start(search, index, NEVER, reports::add)) {
                follower.check();
                assertThat(firstSlug(search, "early note")).isEqualTo("note-early");
            }
        }
    }

    @Test
    void aSymbolicLinkSwappedToAnotherIndexIsServed() throws Exception {
        Path first = dir.resolve("indexes/first");
        Path second = dir.resolve("indexes/second");
        ArticleIndexer.writeAtomically(FixtureArticles.all(), Synonyms.none(), first);
        ArticleIndexer.writeAtomically(withNote("Linked"), Synonyms.none(), second);
        Path current = Files.createSymbolicLink(dir.resolve("current"), first);
        try (SearchService search = SearchService.open(current);
             IndexFollower follower = IndexFollower.start(search, current, NEVER, reports::add)) {
            Path link = Files.createSymbolicLink(dir.resolve("current.next"), second);
            Files.move(link, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            follower.check();
            assertThat(firstSlug(search, "linked note")).isEqualTo("note-linked");
        }
    }

    @Test
    void anIndexUpdatedInPlaceIsServed() throws Exception {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(FixtureArticles.all(), Synonyms.none(), index);
        try (SearchService search = SearchService.open(index);
             IndexFollower follower = IndexFollower.start(search, index, NEVER, reports::add)) {
            ArticleIndexer.update(index, Articles.anArticle().slug("acne").title("Acne").summary("Spots.")
                    .section("Care", "Gentle washing with lukewarm water.").build());
            follower.check();
            assertThat(firstSlug(search, "lukewarm")).isEqualTo("acne");
        }
    }

    @Test
    void aMissingOrBrokenIndexLeavesTheServedOneAndIsReportedOnce() throws Exception {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(FixtureArticles.all(), Synonyms.none(), index);
        try (SearchService search = SearchService.open(index);
             IndexFollower follower = IndexFollower.start(search, index, NEVER, reports::add)) {
            Files.move(index, dir.resolve("moved-away"));
            follower.check();
            assertThat(search.version()).isEqualTo(1);
            assertThat(firstSlug(search, "heart attack")).isEqualTo("heart-attack");

            Files.createDirectories(index.resolve("articles"));
            Files.createDirectories(index.resolve("suggest"));
            Files.writeString(index.resolve("articles/segments_1"), "not an index");
            Files.writeString(index.resolve("suggest/segments_1"), "not an index");
            follower.check();
            follower.check();
            assertThat(search.version()).isEqualTo(1);
            assertThat(firstSlug(search, "heart attack")).isEqualTo("heart-attack");
            assertThat(reports).hasSize(1);
            assertThat(reports.get(0)).startsWith("Cannot open the new index in " + index)
                    .endsWith("; still serving the previous one.");
        }
    }

    @Test
    void closingStopsTheTimersThread() throws Exception {
        Path index = dir.resolve("index");
        ArticleIndexer.writeAtomically(FixtureArticles.all(), Synonyms.none(), index);
        try (SearchService search = SearchService.open(index)) {
            IndexFollower.start(search, index, Duration.ofMillis(10), reports::add).close();
            // A thread that has finished its work may take a moment to be gone: wait, 5 s at most.
            for (int i = 0; i < 250 && followerThreads() > 0; i++) {
                Thread.sleep(20);
            }
            assertThat(followerThreads()).isZero();
        }
    }

    private static long followerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("healthlib-index-follower")).count();
    }

    private static List<Article> withNote(String word) {
        List<Article> articles = new ArrayList<>(FixtureArticles.all());
        articles.add(Articles.anArticle().slug("note-" + word.toLowerCase()).title(word + " note").build());
        return articles;
    }

    private static String firstSlug(SearchService search, String query) throws Exception {
        return search.search(SearchRequest.of(query)).hits().get(0).slug();
    }
}
