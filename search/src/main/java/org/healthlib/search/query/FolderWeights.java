package org.healthlib.search.query;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.healthlib.search.index.ArticleFields;

/**
 * The folder weight of each article ({@code search.weights}, the {@link ArticleFields#WEIGHT} doc
 * values), 1 where none is stored: the factor of an article's final score.
 */
final class FolderWeights extends DoubleValuesSource {
    static final FolderWeights INSTANCE = new FolderWeights();

    private FolderWeights() {
    }

    /** The weight of one document of the searcher's reader. */
    static double of(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        DoubleValues values = INSTANCE.getValues(leaf, null);
        values.advanceExact(doc - leaf.docBase);
        return values.doubleValue();
    }

    @Override
    public DoubleValues getValues(LeafReaderContext leaf, DoubleValues scores) throws IOException {
        NumericDocValues stored = DocValues.getNumeric(leaf.reader(), ArticleFields.WEIGHT);
        return new DoubleValues() {
            private double value = 1;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = stored.advanceExact(doc) ? Float.intBitsToFloat((int) stored.longValue()) : 1;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext leaf) {
        return DocValues.isCacheable(leaf, ArticleFields.WEIGHT);
    }

    @Override
    public int hashCode() {
        return FolderWeights.class.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FolderWeights;
    }

    @Override
    public String toString() {
        return "weight(" + ArticleFields.WEIGHT + ", default 1)";
    }
}
