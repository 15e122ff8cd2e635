package org.healthlib.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.MarkdownRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code healthlib check}: loads a content folder and prints every problem, one per line, as
 * {@code file:line:column: error|warning: message} (files relative to the content folder), then a
 * one-line summary. Both go to standard output, so they can be piped to grep or an editor.
 * Exit code 1 when there are errors, 0 otherwise; 2 when the folder cannot be read at all.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check a content folder: front matter, review dates, reviewers, slugs, reading level.",
            "Prints each problem as file:line:column: error|warning: message, then a summary.",
            "Exits with 1 when there are errors."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult result = new ContentLoader(MarkdownRenderer.forChecking())
                .load(new LoadOptions(content.content, content.todayOrClock(), false));
        PrintWriter out = spec.commandLine().getOut();
        for (Diagnostic diagnostic : result.diagnostics()) {
            out.println(diagnostic.format());
        }
        out.println(summary(result));
        out.flush();
        return result.hasErrors() ? 1 : 0;
    }

    /** {@code Checked 5483 articles, 2 pages: 0 errors, 12 warnings.} */
    static String summary(LoadResult result) {
        return "Checked " + count(result.articlesRead(), "article") + ", " + count(result.pagesRead(), "page") + ": "
                + count(result.errorCount(), "error") + ", " + count(result.warningCount(), "warning") + ".";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
