package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.diagnostics.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code healthlib check}: judges a content folder exactly as {@code build} does ({@link Verdict}),
 * without rendering the bodies' HTML or writing anything (a folder with templates of its own is
 * rendered as the build renders it, into a scratch folder removed afterwards: {@link Verdict#forCheck}),
 * and prints every problem, one per line, as
 * {@code file:line:column: error|warning: message} (files relative to the content folder), then a
 * one-line summary. Both go to standard output, so they can be piped to grep or an editor.
 * Exit code 1 when there are errors, 0 otherwise; 2 when the folder cannot be read at all.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Check a content folder as a build would: front matter, review dates, reviewers, addresses,",
            "links and images, templates, synonyms, reading level.",
            "Prints each problem as file:line:column: error|warning: message, then a summary.",
            "Exits with 1 when there are errors."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Verdict verdict = Verdict.forCheck(new LoadOptions(content.content, content.todayOrClock(), false));
        PrintWriter out = spec.commandLine().getOut();
        for (Diagnostic diagnostic : verdict.diagnostics()) {
            out.println(diagnostic.format());
        }
        out.println(summary(verdict));
        out.flush();
        return verdict.hasErrors() ? 1 : 0;
    }

    /** {@code Checked 5483 articles, 2 pages: 0 errors, 12 warnings.} */
    static String summary(Verdict verdict) {
        LoadResult loaded = verdict.loaded();
        return "Checked " + count(loaded.articlesRead(), "article") + ", " + count(loaded.pagesRead(), "page") + ": "
                + count(verdict.errorCount(), "error") + ", " + count(verdict.warningCount(), "warning") + ".";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
