package org.healthlib.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.healthlib.search.eval.EvalQuery;
import org.healthlib.search.eval.EvalReport;
import org.healthlib.search.eval.Evaluator;
import org.healthlib.search.eval.Qrels;
import org.healthlib.search.query.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code healthlib eval}: measures the ranking of an index against judged queries. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure search quality on judged queries: nDCG@10, MRR@10 and recall@10 "
                + "(relevant = grade 1 or more; nDCG gains 2^grade - 1).",
            "Also: judged@10, the share of the top 10 that is judged at all, and the judged-only nDCG@10 "
                + "of the ranking with unjudged results taken out (condensed list)."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "target/search-index",
            description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--queries", paramLabel = "FILE.tsv", required = true, description = "Queries, 'qid<TAB>text' per line.")
    Path queries;

    @Option(names = "--qrels", paramLabel = "FILE", required = true, description = "TREC qrels, 'qid 0 slug grade' per line.")
    Path qrels;

    @Option(names = "--verbose", description = "Also print each query's figures and top results.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        EvalReport report;
        try (SearchService search = SearchService.open(index)) {
            report = Evaluator.evaluate(search, EvalQuery.read(queries), Qrels.read(qrels));
        }
        if (verbose) {
            for (EvalReport.QueryResult result : report.queries()) {
                out.println(String.format(Locale.ROOT, "%-6s nDCG %.3f  RR %.3f  recall %.3f  judged %.1f  judged-only nDCG %.3f  %s",
                        result.query().id(), result.ndcg(), result.reciprocalRank(), result.recall(), result.judged(),
                        result.condensedNdcg(), result.query().text()));
                out.println("       " + String.join(" ", result.top()));
            }
        }
        out.println(report.summary());
        return 0;
    }
}
