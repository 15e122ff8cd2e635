package org.healthlib.search.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.healthlib.search.embedding.TextEmbedder;
import org.healthlib.search.index.IndexLayout;
import org.healthlib.search.index.NameKeys;

/**
 * The search of an index folder, shared by the command line and the HTTP API. Opened once and
 * used by any number of threads. {@link #reload()} opens a rebuilt index and swaps it in: searches
 * already running finish on the old one, which is closed after the last of them.
 */
public final class SearchService implements Closeable {
    private final IndexLayout layout;
    private final Optional<TextEmbedder> embedder;
    private final AtomicReference<IndexSnapshot> current;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong version = new AtomicLong(1);
    private final Searches searches = new Searches(NameKeys.create(), new Spelling());
    /** What the folder looked like just before the served index was opened (see {@link IndexFollower}). */
    private volatile Optional<IndexMarker> opened;

    private SearchService(IndexLayout layout, Optional<TextEmbedder> embedder, IndexSnapshot snapshot,
                          Optional<IndexMarker> opened) {
        this.layout = layout;
        this.embedder = embedder;
        this.current = new AtomicReference<>(snapshot);
        this.opened = opened;
    }

    /**
     * Opens the index written by {@link org.healthlib.search.index.ArticleIndexer} in a folder.
     *
     * @throws IndexMissingException when the folder holds no index
     */
    public static SearchService open(Path indexDir) throws IOException {
        return open(indexDir, Optional.empty());
    }

    /**
     * Opens an index folder whose vectors, if it has any (a site with {@code search.semantic} on),
     * are searched with {@code embedder}: results are then ranked by meaning as well as by words.
     * Without an embedder, or for an index without vectors, the search is by words only.
     */
    public static SearchService open(Path indexDir, Optional<TextEmbedder> embedder) throws IOException {
        IndexLayout layout = new IndexLayout(indexDir.toAbsolutePath().normalize());
        if (Files.isDirectory(layout.root()) && !Files.isReadable(layout.root())) {
            throw new IOException("cannot read the index folder " + layout.root()
                    + " (make it readable by the user this runs as, e.g. chmod -R a+rX)");
        }
        Optional<IndexMarker> marker = IndexMarker.read(layout.root());
        return new SearchService(layout, embedder, IndexSnapshot.open(layout, embedder), marker);
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        IndexSnapshot snapshot = acquire();
        try {
            Optional<SearchResponse> known = snapshot.answers.get(request);
            if (known.isPresent()) {
                return known.get();
            }
            SearchResponse response = searches.search(snapshot, request);
            snapshot.answers.put(request, response);
            return response;
        } finally {
            snapshot.release();
        }
    }

    /** Up to {@code count} titles and other names that contain the typed words, the last as a prefix. */
    public List<Suggestion> suggest(String typed, int count) throws IOException {
        IndexSnapshot snapshot = acquire();
        try {
            return Autocomplete.suggest(snapshot.suggester, typed, count);
        } finally {
            snapshot.release();
        }
    }

    /** The articles of the index being served. */
    public int articleCount() throws IOException {
        IndexSnapshot snapshot = acquire();
        try {
            return snapshot.searcher.getIndexReader().numDocs();
        } finally {
            snapshot.release();
        }
    }

    /** Opens the index folder afresh (after a rebuild) and swaps it in without failing any search. */
    public synchronized void reload() throws IOException {
        if (closed.get()) {
            throw new IllegalStateException("the search service is closed");
        }
        Optional<IndexMarker> marker = IndexMarker.read(layout.root());
        IndexSnapshot fresh = IndexSnapshot.open(layout, embedder);
        IndexSnapshot old = current.getAndSet(fresh);
        opened = marker;
        version.incrementAndGet();
        old.release();
    }

    /** The folder's marker when the served index was opened; an index published since has another. */
    Optional<IndexMarker> openedMarker() {
        return opened;
    }

    /** 1 when opened, one more after each {@link #reload()}: which build of the site and index is served. */
    public long version() {
        return version.get();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            current.get().release();
        }
    }

    private IndexSnapshot acquire() {
        while (true) {
            if (closed.get()) {
                throw new IllegalStateException("the search service is closed");
            }
            IndexSnapshot snapshot = current.get();
            if (snapshot.tryAcquire()) {
                return snapshot;
            }
        }
    }
}
