package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.healthlib.search.eval.EvalQuery;
import org.healthlib.search.eval.EvalReport;
import org.healthlib.search.eval.Evaluator;
import org.healthlib.search.eval.Qrels;
import org.healthlib.search.eval.RankComparison;
import org.healthlib.search.eval.ReaderQueries;
import org.healthlib.search.eval.Run;
import org.healthlib.search.query.SearchRequest;
import org.healthlib.search.query.SearchService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code healthlib eval}: measures the ranking of an index against judged queries, TREC style
 * ({@code --queries} and {@code --qrels}) or reader queries with their acceptable articles
 * ({@code --reader}), and compares it with another index or a saved run.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure search quality on judged queries: nDCG@10, MRR@10 and recall@10 "
                + "(relevant = grade 1 or more; nDCG gains 2^grade - 1).",
            "Also: judged@10, the share of the top 10 that is judged at all, and the judged-only nDCG@10 "
                + "of the ranking with unjudged results taken out (condensed list).",
            "With --reader: success@3 (an acceptable article in the top 3) and MRR@10.",
            "With --compare: each query's rank of the first relevant article before (the other index or "
                + "saved run) and after (--index), and how many got better, worse or stayed the same."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "target/search-index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = CacheFolder.DEFAULT,
            description = "Folder of the embedding model's native files, for an index with vectors (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--queries", paramLabel = "FILE.tsv", description = "Queries, 'qid<TAB>text' per line (with --qrels).")
    Path queries;

    @Option(names = "--qrels", paramLabel = "FILE", description = "TREC qrels, 'qid 0 slug grade' per line.")
    Path qrels;

    @Option(names = "--reader", paramLabel = "FILE.tsv",
            description = "Reader queries, 'query<TAB>slug,slug' per line: the acceptable articles of each.")
    Path reader;

    @Option(names = "--compare", paramLabel = "DIR|FILE",
            description = "Another index folder, or a run saved with --save-run, to compare with (before).")
    Path compare;

    @Option(names = "--save-run", paramLabel = "FILE", description = "Write this index's rankings, for a later --compare.")
    Path saveRun;

    @Option(names = "--verbose", description = "Also print each query's figures and top results.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** The queries and their judgments, in either form. */
    private record Judged(List<EvalQuery> queries, Qrels qrels, boolean readerForm) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Judged judged = judged();
        Run run;
        try (SearchService search = open(index)) {
            run = Evaluator.run(search, judged.queries());
        }
        if (saveRun != null) {
            run.write(saveRun);
        }
        EvalReport report = Evaluator.score(run, judged.queries(), judged.qrels());
        if (verbose) {
            report.queries().forEach(result -> printQuery(out, result, judged.readerForm()));
        }
        if (compare == null) {
            out.println(summary(report, judged));
            return 0;
        }
        EvalReport before = Evaluator.score(before(judged.queries()), judged.queries(), judged.qrels());
        RankComparison comparison = RankComparison.of(before, report);
        out.println("first relevant rank, before -> after (-: none in the top " + SearchRequest.MAX_SIZE + "):");
        comparison.changes().forEach(change -> out.println(change.line()));
        out.println("before: " + summary(before, judged));
        out.println("after:  " + summary(report, judged));
        out.println(comparison.summary());
        return 0;
    }

    private Judged judged() throws IOException {
        CommandLine line = spec.commandLine();
        if (reader != null) {
            if (queries != null || qrels != null) {
                throw new CommandLine.ParameterException(line, "--reader cannot be combined with --queries or --qrels");
            }
            ReaderQueries.Judged judged = ReaderQueries.read(reader);
            return new Judged(judged.queries(), judged.qrels(), true);
        }
        if (queries == null || qrels == null) {
            throw new CommandLine.ParameterException(line, "give --queries and --qrels, or --reader");
        }
        return new Judged(EvalQuery.read(queries), Qrels.read(qrels), false);
    }

    private Run before(List<EvalQuery> judgedQueries) throws IOException {
        if (Files.isDirectory(compare)) {
            try (SearchService other = open(compare)) {
                return Evaluator.run(other, judgedQueries);
            }
        }
        return Run.read(compare);
    }

    /** The index as readers search it: by meaning too when it has vectors. */
    private SearchService open(Path folder) throws IOException {
        return SearchService.open(folder, Optional.of(CacheFolder.in(cache).embedder()));
    }

    private static String summary(EvalReport report, Judged judged) {
        return judged.readerForm() ? report.readerSummary() : report.summary();
    }

    private static void printQuery(PrintWriter out, EvalReport.QueryResult result, boolean readerForm) {
        if (readerForm) {
            out.println(String.format(Locale.ROOT, "rank %-3s %s", result.firstRelevant() == 0 ? "-" : result.firstRelevant(),
                    result.query().text()));
        } else {
            out.println(String.format(Locale.ROOT, "%-6s nDCG %.3f  RR %.3f  recall %.3f  judged %.1f  judged-only nDCG %.3f  %s",
                result.query().id(), result.ndcg(), result.reciprocalRank(), result.recall(), result.judged(),
                    result.condensedNdcg(), result.query().text()));
        }
        out.println("       " + String.join(" ", result.top()));
    }
}
