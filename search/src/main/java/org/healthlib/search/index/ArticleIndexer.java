package org.healthlib.search.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.Synonyms;
import org.healthlib.core.publish.StagedFolder;
import org.healthlib.search.analysis.HealthAnalyzer;
import org.healthlib.search.analysis.SpellingAnalyzer;
import org.healthlib.search.analysis.SynonymMaps;

/**
 * Writes the search index of a library's published articles. The index is written into a new
 * folder beside the target ({@link StagedFolder}) and swapped in only when complete, so a failed
 * run leaves the old index as it was and a running server never sees half an index.
 */
public final class ArticleIndexer {
    private static final double RAM_BUFFER_MB = 96;

    private ArticleIndexer() {
    }

    /** What one run wrote. */
    public record IndexSummary(Path indexDir, int articles) {
    }

    /** Indexes {@link Library#publishedArticles()} with the library's {@code synonyms.txt} into {@code indexDir}. */
    public static IndexSummary writeAtomically(Library library, Path indexDir) throws IOException {
        return writeAtomically(library.publishedArticles(), library.synonyms(), indexDir);
    }

    /** Indexes the given articles into {@code indexDir}, replacing what was there only on success. */
    public static IndexSummary writeAtomically(List<Article> articles, Synonyms synonyms, Path indexDir)
            throws IOException {
        return writeAtomically(articles, synonyms, indexDir, IndexOptions.LEXICAL);
    }

    /** The same, with the articles' vectors and weights of {@code options}. */
    public static IndexSummary writeAtomically(List<Article> articles, Synonyms synonyms, Path indexDir,
                                               IndexOptions options) throws IOException {
        try (StagedFolder staged = stage(articles, synonyms, indexDir, options)) {
            staged.commit();
            return new IndexSummary(staged.target(), articles.size());
        }
    }

    /**
     * Writes the index of the library's published articles beside {@code indexDir} without swapping
     * it in: the caller commits it (with the site, through {@link org.healthlib.core.publish.Publication})
     * and closes it, which removes it unless committed.
     */
    public static StagedFolder stage(Library library, Path indexDir) throws IOException {
        return stage(library.publishedArticles(), library.synonyms(), indexDir, IndexOptions.LEXICAL);
    }

    /** The same, with the articles' vectors and weights of {@code options} (see {@link IndexOptions#of}). */
    public static StagedFolder stage(Library library, Path indexDir, IndexOptions options) throws IOException {
        return stage(library.publishedArticles(), library.synonyms(), indexDir, options);
    }

    private static StagedFolder stage(List<Article> articles, Synonyms synonyms, Path indexDir, IndexOptions options)
            throws IOException {
        StagedFolder staged = StagedFolder.beside(indexDir);
        try {
            write(articles, synonyms, new IndexLayout(staged.root()), options);
            return staged;
        } catch (IOException | RuntimeException e) {
            staged.close();
            throw e;
        }
    }

    /**
     * Replaces one article's document in a complete index, in place: for an edit of an article's
     * text, where nothing the autocomplete or the synonyms hold has changed. A search service
     * sees the change after its next {@code reload()}.
     */
    public static void update(Path indexDir, Article article) throws IOException {
        update(indexDir, article, IndexOptions.LEXICAL);
    }

    /** The same, with the article's vector and weight of {@code options}. */
    public static void update(Path indexDir, Article article, IndexOptions options) throws IOException {
        IndexLayout layout = new IndexLayout(indexDir.toAbsolutePath().normalize());
        ArticleDocuments documents = new ArticleDocuments(NameKeys.create());
        try (Analyzer analyzer = indexAnalyzer();
             FSDirectory directory = FSDirectory.open(layout.articles());
             IndexWriter writer = new IndexWriter(directory, writerConfig(analyzer)
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.updateDocument(new Term(ArticleFields.SLUG, article.slug()),
                    ArticleFeatures.of(List.of(article), options).document(documents, 0));
            writer.commit();
        }
    }

    /**
     * Replaces one article's entries in the autocomplete part of a complete index, in place: for an
     * edit of an article's title or also-called names ({@code before} is the article as indexed). A
     * search service sees the change after its next {@code reload()}; until then it keeps the
     * names it had.
     */
    public static void updateNames(Path indexDir, Article before, Article after) throws IOException {
        try (SpellingAnalyzer analyzer = new SpellingAnalyzer();
             FSDirectory directory = FSDirectory.open(new IndexLayout(indexDir.toAbsolutePath().normalize()).suggest());
             NameSuggester suggester = Suggesters.open(directory, analyzer)) {
            suggester.replace(before.slug(), new NameSuggestions(List.of(after)));
        }
    }

    /** Writes a complete index into an empty folder. */
    static void write(List<Article> articles, Synonyms synonyms, IndexLayout layout, IndexOptions options)
            throws IOException {
        if (!synonyms.isEmpty()) {
            List<Diagnostic> problems = SynonymMaps.check(synonyms);
            if (!problems.isEmpty()) {
                throw new IOException("synonyms that the search cannot use: " + problems.get(0).format());
            }
            Files.writeString(layout.synonyms(), synonyms.text());
        }
        writeArticles(ArticleFeatures.of(articles, options), layout.articles());
        writeSuggestions(articles, layout.suggest());
    }

    /** The analyzer of every indexed field. */
    public static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(HealthAnalyzer.forIndex(),
                Map.of(ArticleFields.SPELL, new SpellingAnalyzer()));
    }

    private static void writeArticles(ArticleFeatures articles, Path dir) throws IOException {
        int parts = IndexParts.count(articles.size(), Runtime.getRuntime().availableProcessors());
        try (Analyzer analyzer = indexAnalyzer();
             FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, writerConfig(analyzer))) {
            IndexParts.addAll(writer, articles, parts, dir.resolveSibling("articles-parts"),
                    () -> writerConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB / parts));
            writer.setLiveCommitData(articles.commitData().entrySet());
            writer.commit();
        }
    }

    private static IndexWriterConfig writerConfig(Analyzer analyzer) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setCommitOnClose(false);
        config.setCodec(VectorCodec.create());
        return config;
    }

    private static void writeSuggestions(List<Article> articles, Path dir) throws IOException {
        try (SpellingAnalyzer analyzer = new SpellingAnalyzer();
             FSDirectory directory = FSDirectory.open(dir);
             NameSuggester suggester = Suggesters.open(directory, analyzer)) {
            suggester.build(new NameSuggestions(articles));
            suggester.commit();
        }
    }
}
