package org.healthlib.bench.floor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.healthlib.bench.OptionPairs;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.generator.site.BuildReport;
import org.healthlib.generator.site.SiteBuilder;
import org.healthlib.generator.site.SitePlan;

/**
 * What {@code healthlib build} does without its search index: load and judge the folder with the
 * content's rules, plan the site with the site's rules and render it, on the build's own classes.
 * Timed beside the build and the floor ({@code compare.sh}'s "healthlib-site"), it says how much
 * of the build the site takes and how much the index adds on top of it; the floor program has
 * both a site and an index, the least of each.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.healthlib.bench.floor.SiteOnlyBuild \
 *     --content DIR --out DIR [--today YYYY-MM-DD]</pre>
 */
public final class SiteOnlyBuild {
    private static final String USAGE = "usage: SiteOnlyBuild --content DIR --out DIR [--today YYYY-MM-DD]";

    private SiteOnlyBuild() {
    }

    public static void main(String[] args) {
        OptionPairs options = OptionPairs.parseOrExit("SiteOnlyBuild", USAGE, args,
                Set.of("--content", "--out", "--today"));
        Optional<Path> content = options.get("--content").map(Path::of);
        Optional<Path> out = options.get("--out").map(Path::of);
        if (content.isEmpty() || out.isEmpty()) {
            fail("--content and --out are required");
        }
        LocalDate today = options.get("--today").map(LocalDate::parse).orElse(LocalDate.now());
        long start = System.nanoTime();
        BuildReport report = build(content.get(), out.get(), today);
        System.out.printf("site only: %d articles, %d pages in %.2f s, %d errors%n",
                report.articles(), report.pages(), (System.nanoTime() - start) / 1e9, report.errorCount());
        if (!report.succeeded()) {
            System.exit(1);
        }
    }

    /** Loads {@code content} as of {@code today} and renders its site into {@code out}; no index. */
    static BuildReport build(Path content, Path out, LocalDate today) {
        MarkdownRenderer markdown = MarkdownRenderer.forContent();
        LoadResult loaded = new ContentLoader(markdown).load(new LoadOptions(content, today, false));
        if (loaded.hasErrors()) {
            throw new IllegalStateException(content + " does not load: " + loaded.errorCount() + " errors");
        }
        SiteBuilder site = new SiteBuilder(markdown);
        SitePlan plan = site.plan(loaded.library(), loaded.unloaded());
        return site.build(plan, out);
    }

    private static void fail(String message) {
        OptionPairs.exit("SiteOnlyBuild", USAGE, message);
    }
}
