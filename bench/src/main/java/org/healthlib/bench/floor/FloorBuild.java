package org.healthlib.bench.floor;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.healthlib.bench.OptionPairs;

/**
 * The floor of issue 13: the least a build of the same articles has to do, with nothing of ours in
 * it. On N threads (default 2): read each article, render its body with Flexmark (tables extension
 * only) and write the page; then index every body with Lucene's {@link EnglishAnalyzer}. No front
 * matter is parsed (it is cut at its closing {@code ---}), no link is checked, no listing, feed or
 * template is written. The real build's target is at most 1.25 times this.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.healthlib.bench.floor.FloorBuild \
 *     --content DIR --out DIR --index DIR [--threads 2]</pre>
 */
public final class FloorBuild {
    private static final String USAGE =
            "usage: FloorBuild --content DIR --out DIR --index DIR [--threads N]";
    private static final double RAM_BUFFER_MB = 96;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final int threads;

    FloorBuild(int threads) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.threads = threads;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        OptionPairs options = OptionPairs.parseOrExit("FloorBuild", USAGE, args,
                Set.of("--content", "--out", "--index", "--threads"));
        Path content = options.get("--content").map(Path::of).orElse(null);
        Path out = options.get("--out").map(Path::of).orElse(null);
        Path index = options.get("--index").map(Path::of).orElse(null);
        int threads = options.get("--threads").map(Integer::parseInt).orElse(2);
        if (content == null || out == null || index == null) {
            fail("--content, --out and --index are required");
        }
        long start = System.nanoTime();
        FloorBuild floor = new FloorBuild(threads);
        List<Path> files = articleFiles(content.resolve("articles"));
        List<String> bodies = floor.renderAll(content.resolve("articles"), files, out);
        long rendered = System.nanoTime();
        floor.indexAll(bodies, index);
        long indexed = System.nanoTime();
        System.out.printf("floor: %d articles on %d threads: rendered and written in %.2f s, indexed in %.2f s, %.2f s in all%n",
                files.size(), threads, seconds(rendered - start), seconds(indexed - rendered), seconds(indexed - start));
    }

    private static void fail(String message) {
        OptionPairs.exit("FloorBuild", USAGE, message);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Every {@code .md} file under the articles folder, in a fixed order. */
    static List<Path> articleFiles(Path articles) throws IOException {
        try (Stream<Path> walk = Files.walk(articles)) {
            return walk.filter(file -> file.toString().endsWith(".md") && Files.isRegularFile(file)).sorted().toList();
        }
    }

    /** Renders and writes every article's page on the pool; returns the bodies, in the order of the files. */
    List<String> renderAll(Path articles, List<Path> files, Path out) throws InterruptedException, IOException {
        String[] bodies = new String[files.size()];
        AtomicInteger next = new AtomicInteger();
        runOnPool(() -> {
            for (int i = next.getAndIncrement(); i < bodies.length; i = next.getAndIncrement()) {
                Path file = files.get(i);
                bodies[i] = body(Files.readString(file, StandardCharsets.UTF_8));
                String page = "<!DOCTYPE html>\n<html><body>\n" + renderer.render(parser.parse(bodies[i])) + "</body></html>\n";
                Path target = out.resolve(articles.relativize(file).toString().replaceFirst("\\.md$", ".html"));
                Files.createDirectories(target.getParent());
                Files.writeString(target, page, StandardCharsets.UTF_8);
            }
            return null;
        });
        return List.of(bodies);
    }

    /** Indexes the bodies on the pool: one document each, its number and its text. */
    void indexAll(List<String> bodies, Path index) throws IOException, InterruptedException {
        IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        try (FSDirectory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory, config)) {
            AtomicInteger next = new AtomicInteger();
            runOnPool(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    Document document = new Document();
                    document.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                    document.add(new TextField("body", bodies.get(i), Field.Store.NO));
                    writer.addDocument(document);
                }
                return null;
            });
            writer.commit();
        }
    }

    /** The text after the front matter (after the second line that is {@code ---}). */
    public static String body(String file) {
        if (!file.startsWith("---")) {
            return file;
        }
        int close = file.indexOf("\n---", 3);
        if (close < 0) {
            return file;
        }
        int end = file.indexOf('\n', close + 4);
        return end < 0 ? "" : file.substring(end + 1);
    }

    private interface Work {
        Void run() throws IOException;
    }

    private void runOnPool(Work work) throws InterruptedException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(work::run));
            }
            for (Future<Void> future : done) {
                future.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
