package org.healthlib.search.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two evaluations of the same queries side by side: for each query the rank of the first relevant
 * article before and after a change, and how many queries improved, got worse or stayed the same.
 * A rank of 0 means no relevant article in the ranking, worse than any rank.
 */
public record RankComparison(List<Change> changes) {

    /** One query's first relevant rank before and after. */
    public record Change(EvalQuery query, int before, int after) {
        /** Negative when the query improved, positive when it got worse, 0 when the same. */
        public int direction() {
            return Integer.compare(effective(after), effective(before));
        }

        private static int effective(int rank) {
            return rank == 0 ? Integer.MAX_VALUE : rank;
        }

        /** {@code   3 ->   1  better  water pill side effects} */
        public String line() {
            String verdict = direction() < 0 ? "better" : direction() > 0 ? "worse" : "same";
            return String.format(Locale.ROOT, "%4s -> %4s  %-6s  %s", rank(before), rank(after), verdict,
                    query.text());
        }

        private static String rank(int rank) {
            return rank == 0 ? "-" : Integer.toString(rank);
        }
    }

    public RankComparison {
        changes = List.copyOf(changes);
    }

    /** Matches the queries of both reports by id; a query only one report has is left out. */
    public static RankComparison of(EvalReport before, EvalReport after) {
        List<Change> changes = new ArrayList<>();
        for (EvalReport.QueryResult result : after.queries()) {
            before.queries().stream().filter(b -> b.query().id().equals(result.query().id())).findFirst()
                    .ifPresent(b -> changes.add(new Change(result.query(), b.firstRelevant(), result.firstRelevant())));
        }
        return new RankComparison(changes);
    }

    public long improved() {
        return changes.stream().filter(c -> c.direction() < 0).count();
    }

    public long worse() {
        return changes.stream().filter(c -> c.direction() > 0).count();
    }

    public long same() {
        return changes.stream().filter(c -> c.direction() == 0).count();
    }

    /** {@code first relevant rank: 5 better, 2 worse, 60 the same} */
    public String summary() {
        return String.format(Locale.ROOT, "first relevant rank: %d better, %d worse, %d the same",
                improved(), worse(), same());
    }
}
