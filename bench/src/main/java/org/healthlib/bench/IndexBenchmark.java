package org.healthlib.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.healthlib.search.index.ArticleDocuments;
import org.healthlib.search.index.ArticleIndexer;
import org.healthlib.search.index.NameKeys;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A hot path of the build: one article into the search index, as the build adds it (its document
 * from {@code ArticleDocuments}, analysed by the index's own analyzer, added to an
 * {@code IndexWriter}), into memory, the articles of a {@link SmallLibrary} in turn. The writer is
 * opened afresh for each iteration; its flushes to the in-memory folder are part of the figure, as
 * they are of a build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class IndexBenchmark {
    private SmallLibrary library;
    private ArticleDocuments documents;
    private Analyzer analyzer;
    private ByteBuffersDirectory directory;
    private IndexWriter writer;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        library = SmallLibrary.create();
        documents = new ArticleDocuments(NameKeys.create());
        analyzer = ArticleIndexer.indexAnalyzer();
    }

    @Setup(Level.Iteration)
    public void openWriter() throws IOException {
        directory = new ByteBuffersDirectory();
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(96));
    }

    @Benchmark
    public long indexOneArticle() throws IOException {
        return writer.addDocument(documents.toDocument(library.articles.get(next++ % library.articles.size())));
    }

    @TearDown(Level.Iteration)
    public void closeWriter() throws IOException {
        writer.rollback();
        directory.close();
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        analyzer.close();
        library.delete();
    }
}
