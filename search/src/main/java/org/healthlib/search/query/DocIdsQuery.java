package org.healthlib.search.query;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Exactly these documents of one reader, by their document numbers, each scored the same: the
 * articles found by meaning, as a query that filters and facets can combine with the words'
 * query. Matching them by slug instead read each one's stored fields, which decompresses the
 * block around it: a fifth of an uncached search's CPU. The numbers belong to the reader they were
 * found in, so the query is never cached and equals only a query of the same reader.
 */
final class DocIdsQuery extends Query {
    private final IndexReader.CacheKey reader;
    private final int[] docs;

    DocIdsQuery(IndexReader reader, List<ScoreDoc> hits) {
        this.reader = reader.getReaderCacheHelper() == null ? null : reader.getReaderCacheHelper().getKey();
        this.docs = hits.stream().mapToInt(hit -> hit.doc).sorted().distinct().toArray();
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                int from = firstAtLeast(context.docBase);
                int to = firstAtLeast(context.docBase + context.reader().maxDoc());
                return from == to ? null
                        : new ConstantScoreScorer(this, score(), scoreMode, new Docs(context.docBase, from, to));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    /** The index in {@link #docs} of the first number at least {@code doc}. */
    private int firstAtLeast(int doc) {
        int found = Arrays.binarySearch(docs, doc);
        return found >= 0 ? found : -found - 1;
    }

    /** The numbers {@code docs[from..to)}, relative to their segment. */
    private final class Docs extends DocIdSetIterator {
        private final int base;
        private final int from;
        private final int to;
        private int at;
        private int doc = -1;

        Docs(int base, int from, int to) {
            this.base = base;
            this.from = from;
            this.to = to;
            this.at = from - 1;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            at++;
            doc = at < to ? docs[at] - base : NO_MORE_DOCS;
            return doc;
        }

        @Override
        public int advance(int target) {
            while (nextDoc() < target) {
                // at most the few dozen articles found by meaning
            }
            return doc;
        }

        @Override
        public long cost() {
            return to - from;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "docs" + Arrays.toString(docs);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && reader == ((DocIdsQuery) other).reader && reader != null
                && Arrays.equals(docs, ((DocIdsQuery) other).docs);
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + Arrays.hashCode(docs);
    }
}
