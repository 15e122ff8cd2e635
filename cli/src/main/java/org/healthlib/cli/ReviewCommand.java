package org.healthlib.cli;

import java.io.PrintWriter;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.content.LoadResult;
import org.healthlib.core.editorial.ReviewQueue;
import org.healthlib.core.markdown.MarkdownRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code healthlib review}: the review queue of a content folder, the published articles whose
 * medical review is overdue or due soon, grouped by reviewer with the most urgent first, as a
 * table, CSV or JSON on standard output. With {@code --fail-on-overdue} it exits with 1 when a
 * review is overdue, so that it can gate a CI pipeline. Articles with errors are left out of the
 * queue, which a line on standard error says.
 */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show the review queue: published articles whose medical review is overdue or due soon.",
            "Grouped by reviewer, most urgent first, with their reading grade. With --fail-on-overdue,",
            "exits with 1 when a review is overdue."})
final class ReviewCommand implements Callable<Integer> {

    /** The forms of the queue on standard output. */
    enum Format { table, csv, json }

    @Mixin
    ContentOptions content;

    @Option(names = "--within", paramLabel = "PERIOD", converter = PeriodConverter.class,
            description = "Due soon: the next review falls within this ISO-8601 period of the day, "
                    + "such as P90D or P6M (default: the site's review_warning).")
    Period within;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on-overdue", description = "Exit with 1 when a review is overdue.")
    boolean failOnOverdue;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult loaded = new ContentLoader(MarkdownRenderer.forChecking())
                .load(new LoadOptions(content.content, content.todayOrClock(), false));
        if (loaded.hasErrors()) {
            spec.commandLine().getErr().println("healthlib: " + DiagnosticPrinter.count(loaded.errorCount(), "error")
                    + " in the content folder; articles with errors are not in the queue (see healthlib check)");
        }
        ReviewQueue queue = within == null ? ReviewQueue.of(loaded.library()) : ReviewQueue.of(loaded.library(), within);
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case table -> ReviewQueueText.table(queue);
            case csv -> ReviewQueueText.csv(queue);
            case json -> ReviewQueueText.json(queue);
        });
        out.flush();
        return failOnOverdue && queue.overdue() > 0 ? 1 : 0;
    }

    static final class PeriodConverter implements CommandLine.ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            try {
                Period period = Period.parse(value);
                if (!period.isNegative()) {
                    return period;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a period (expected ISO-8601, zero or longer, such as P90D or P6M)");
        }
    }
}
