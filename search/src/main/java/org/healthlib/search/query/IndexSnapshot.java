package org.healthlib.search.query;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.healthlib.search.analysis.HealthAnalyzer;
import org.healthlib.search.analysis.SpellingAnalyzer;
import org.healthlib.search.analysis.SynonymMaps;
import org.healthlib.search.embedding.TextEmbedder;
import org.healthlib.search.index.ArticleFields;
import org.healthlib.search.index.IndexLayout;
import org.healthlib.search.index.Suggesters;

/**
 * Everything opened from one index folder: the reader, the facet state, the autocomplete
 * suggester and the query analyzer with that folder's synonyms. Reference-counted, so a
 * rebuilt index can replace it while searches that started on it finish on it.
 */
final class IndexSnapshot {
    /** Answers kept per snapshot: a page of ten hits is a few kilobytes, so about 10 MB at most. */
    private static final int ANSWERS = 2_000;
    final IndexSearcher searcher;
    final Optional<SortedSetDocValuesReaderState> facetState;
    final AnalyzingInfixSuggester suggester;
    final HealthAnalyzer queryAnalyzer;
    /** The model that embeds queries, present when the index has vectors (made by that model). */
    final Optional<TextEmbedder> embedder;
    /** True when some article has a folder weight other than 1. */
    final boolean hasWeights;
    /** The answers of this snapshot's latest searches ({@code -Dhealthlib.search.answers=0} turns it off, to measure). */
    final ResponseCache answers = new ResponseCache(Integer.getInteger("healthlib.search.answers", ANSWERS));
    private final List<Closeable> resources;
    private final AtomicInteger references = new AtomicInteger(1);

    private IndexSnapshot(IndexSearcher searcher, Optional<SortedSetDocValuesReaderState> facetState,
                          AnalyzingInfixSuggester suggester, HealthAnalyzer queryAnalyzer,
                          Optional<TextEmbedder> embedder, List<Closeable> resources) {
        this.searcher = searcher;
        this.embedder = embedder;
        this.hasWeights = FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(ArticleFields.WEIGHT) != null;
        this.facetState = facetState;
        this.suggester = suggester;
        this.queryAnalyzer = queryAnalyzer;
        this.resources = resources;
    }

    /**
     * Opens the folder's index. An index with vectors is searched by meaning as well when
     * {@code embedder} is the model that made them; without vectors, the embedder is never used.
     */
    static IndexSnapshot open(IndexLayout layout, Optional<TextEmbedder> embedder) throws IOException {
        if (!layout.exists()) {
            throw new IndexMissingException(layout.root());
        }
        List<Closeable> resources = new ArrayList<>();
        try {
            Directory articles = track(resources, FSDirectory.open(layout.articles()));
            DirectoryReader reader = track(resources, DirectoryReader.open(articles));
            SpellingAnalyzer suggestAnalyzer = track(resources, new SpellingAnalyzer());
            Directory suggestDir = track(resources, FSDirectory.open(layout.suggest()));
            AnalyzingInfixSuggester suggester = track(resources, Suggesters.open(suggestDir, suggestAnalyzer));
            Optional<SynonymMap> synonyms = SynonymMaps.read(layout.synonyms());
            HealthAnalyzer queryAnalyzer = track(resources, HealthAnalyzer.forQuery(synonyms));
            IndexSearcher searcher = new IndexSearcher(reader);
            return new IndexSnapshot(searcher, facetState(reader), suggester, queryAnalyzer,
                    queryEmbedder(reader, embedder), List.copyOf(resources));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(resources);
            throw e;
        }
    }

    private static Optional<TextEmbedder> queryEmbedder(DirectoryReader reader, Optional<TextEmbedder> embedder)
            throws IOException {
        FieldInfo vectors = FieldInfos.getMergedFieldInfos(reader).fieldInfo(ArticleFields.VECTOR);
        if (vectors == null || vectors.getVectorDimension() == 0 || embedder.isEmpty()) {
            return Optional.empty();
        }
        String model = reader.getIndexCommit().getUserData().get(ArticleFields.EMBEDDING_MODEL);
        if (model != null && !model.equals(embedder.get().model())
                || vectors.getVectorDimension() != embedder.get().dimensions()) {
            throw new IOException("the index's vectors were made by the model " + model + ", not by "
                    + embedder.get().model() + ": rebuild the index");
        }
        return embedder;
    }

    private static <T extends Closeable> T track(List<Closeable> resources, T resource) {
        resources.add(0, resource);
        return resource;
    }

    private static Optional<SortedSetDocValuesReaderState> facetState(DirectoryReader reader) throws IOException {
        if (reader.numDocs() == 0) {
            return Optional.empty();
        }
        return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, ArticleFields.facetsConfig()));
    }

    /** Takes a reference, false when the snapshot is already closed (then take the current one). */
    boolean tryAcquire() {
        while (true) {
            int count = references.get();
            if (count <= 0) {
                return false;
            }
            if (references.compareAndSet(count, count + 1)) {
                return true;
            }
        }
    }

    /** Gives a reference back; the last one closes the readers. */
    void release() throws IOException {
        if (references.decrementAndGet() == 0) {
            IOUtils.close(resources);
        }
    }
}
