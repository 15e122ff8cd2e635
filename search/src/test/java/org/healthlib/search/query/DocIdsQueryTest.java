package org.healthlib.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class DocIdsQueryTest {

    /** Twelve documents in three segments of four; "even" on every other one. */
    private static DirectoryReader threeSegments(ByteBuffersDirectory directory) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 12; i++) {
                Document doc = new Document();
                doc.add(new StringField("n", Integer.toString(i), Field.Store.YES));
                doc.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                writer.addDocument(doc);
                if (i % 4 == 3) {
                    writer.commit();
                }
            }
        }
        return DirectoryReader.open(directory);
    }

    private static List<ScoreDoc> docs(int... numbers) {
        return Arrays.stream(numbers).mapToObj(n -> new ScoreDoc(n, 1f)).toList();
    }

    private static int[] found(IndexSearcher searcher, Query query) throws IOException {
        return Arrays.stream(searcher.search(query, 20).scoreDocs).mapToInt(hit -> hit.doc).sorted().toArray();
    }

    @Test
    void matchesExactlyTheGivenDocumentsAcrossSegments() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = threeSegments(directory)) {
            assertThat(reader.leaves()).hasSize(3);
            IndexSearcher searcher = new IndexSearcher(reader);

            assertThat(found(searcher, new DocIdsQuery(reader, docs(11, 0, 4, 3, 5)))).containsExactly(0, 3, 4, 5, 11);
            assertThat(searcher.count(new DocIdsQuery(reader, docs()))).isZero();
        }
    }

    @Test
    void combinesWithOtherQueriesAsAFilterWould() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); DirectoryReader reader = threeSegments(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query evenAmongThem = new BooleanQuery.Builder()
                    .add(new DocIdsQuery(reader, docs(1, 2, 7, 8, 10)), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term("parity", "even")), BooleanClause.Occur.FILTER)
                    .build();
            Query either = new BooleanQuery.Builder()
                    .add(new DocIdsQuery(reader, docs(1, 9)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term("n", "4")), BooleanClause.Occur.SHOULD)
                    .build();

            assertThat(found(searcher, evenAmongThem)).containsExactly(2, 8, 10);
            assertThat(found(searcher, either)).containsExactly(1, 4, 9);
        }
    }

    @Test
    void equalsOnlyTheSameDocumentsOfTheSameReader() throws IOException {
        try (ByteBuffersDirectory one = new ByteBuffersDirectory(); DirectoryReader first = threeSegments(one);
                ByteBuffersDirectory other = new ByteBuffersDirectory(); DirectoryReader second = threeSegments(other)) {
            assertThat(new DocIdsQuery(first, docs(3, 1))).isEqualTo(new DocIdsQuery(first, docs(1, 3)))
                    .hasSameHashCodeAs(new DocIdsQuery(first, docs(1, 3)))
                    .isNotEqualTo(new DocIdsQuery(first, docs(1, 4)))
                    .isNotEqualTo(new DocIdsQuery(second, docs(1, 3)));
        }
    }
}
