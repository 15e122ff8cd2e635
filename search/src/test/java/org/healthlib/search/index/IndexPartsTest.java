package org.healthlib.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.core.testing.Articles.anArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.healthlib.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexPartsTest {
    @TempDir
    Path dir;

    private final List<Article> articles = IntStream.range(0, 25)
            .mapToObj(i -> anArticle().slug(String.format("article-%02d", i)).title("Article " + i)
                    .paragraph("Words of article " + i + (i % 3 == 0 ? " about sleep." : " about the heart.")).build())
            .toList();

    @Test
    void oneRunPerCoreAndAtMostOnePerTwoThousandArticles() {
        assertThat(IndexParts.count(0, 2)).isEqualTo(1);
        assertThat(IndexParts.count(30, 8)).isEqualTo(1);
        assertThat(IndexParts.count(3_999, 2)).isEqualTo(1);
        assertThat(IndexParts.count(4_000, 2)).isEqualTo(2);
        assertThat(IndexParts.count(10_000, 2)).isEqualTo(2);
        assertThat(IndexParts.count(10_000, 8)).isEqualTo(5);
        assertThat(IndexParts.count(50_000, 1)).isEqualTo(1);
    }

    @Test
    void runsWrittenAtOnceGiveTheDocumentsOfOneWriterInTheSameOrder() throws IOException {
        Path one = write(1, "one");
        Path three = write(3, "three");
        assertThat(slugsInOrder(three)).isEqualTo(slugsInOrder(one))
                .containsExactlyElementsOf(articles.stream().map(Article::slug).toList());
        assertThat(vocabulary(three)).isEqualTo(vocabulary(one)).contains("sleep:9", "heart:16");
        assertThat(dir.resolve("three-parts")).doesNotExist();
        try (FSDirectory directory = FSDirectory.open(three); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    private Path write(int parts, String name) throws IOException {
        Path index = dir.resolve(name);
        ArticleFeatures features = ArticleFeatures.of(articles, IndexOptions.LEXICAL);
        try (FSDirectory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ArticleIndexer.indexAnalyzer()))) {
            IndexParts.addAll(writer, features, parts, dir.resolve(name + "-parts"),
                    () -> new IndexWriterConfig(ArticleIndexer.indexAnalyzer()));
            writer.commit();
        }
        return index;
    }

    private static List<String> slugsInOrder(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            StoredFields stored = reader.storedFields();
            List<String> slugs = new ArrayList<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                slugs.add(stored.document(doc).get(ArticleFields.SLUG));
            }
            return slugs;
        }
    }

    /** Each word of the bodies with the number of articles that hold it. */
    private static List<String> vocabulary(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            Terms terms = MultiTerms.getTerms(reader, ArticleFields.BODY);
            List<String> words = new ArrayList<>();
            TermsEnum term = terms.iterator();
            while (term.next() != null) {
                words.add(term.term().utf8ToString() + ":" + reader.docFreq(new Term(ArticleFields.BODY, term.term())));
            }
            return words;
        }
    }
}
