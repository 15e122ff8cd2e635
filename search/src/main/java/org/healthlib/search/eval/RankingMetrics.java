package org.healthlib.search.eval;

import java.util.List;
import java.util.Map;

/**
 * Ranking metrics at a cut-off, for one query. A result is relevant when its grade is at least
 * {@link #RELEVANT_GRADE} (in the MedQuAD judgments: "Related" or better); nDCG uses the graded
 * gains {@code 2^grade - 1} with a log2 discount, the ideal ranking taken from the judgments.
 */
public final class RankingMetrics {
    public static final int RELEVANT_GRADE = 1;

    private RankingMetrics() {
    }

    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double ideal = dcg(grades.values().stream().sorted((a, b) -> b - a).toList(), k);
        if (ideal == 0) {
            return 0;
        }
        return dcg(ranked.stream().map(doc -> grades.getOrDefault(doc, 0)).toList(), k) / ideal;
    }

    /** The reciprocal rank of the first relevant result within the cut-off, 0 when there is none. */
    public static double reciprocalRank(List<String> ranked, Map<String, Integer> grades, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= RELEVANT_GRADE) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /**
     * The rank (from 1) of the first relevant result anywhere in the ranking, 0 when there is none:
     * what a reader scrolls to, and what {@link RankComparison} compares before and after a change.
     */
    public static int firstRelevantRank(List<String> ranked, Map<String, Integer> grades) {
        for (int i = 0; i < ranked.size(); i++) {
            if (grades.getOrDefault(ranked.get(i), 0) >= RELEVANT_GRADE) {
                return i + 1;
            }
        }
        return 0;
    }

    /** 1 when a relevant result is within the cut-off, else 0 (success@k, averaged: the share of queries). */
    public static double success(List<String> ranked, Map<String, Integer> grades, int k) {
        int rank = firstRelevantRank(ranked, grades);
        return rank > 0 && rank <= k ? 1 : 0;
    }

    /** The share of the relevant documents found within the cut-off, 0 when none is relevant. */
    public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g >= RELEVANT_GRADE).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream().limit(k).filter(doc -> grades.getOrDefault(doc, 0) >= RELEVANT_GRADE).count();
        return (double) found / relevant;
    }

    /**
     * nDCG of the condensed list (Sakai, SIGIR 2007): the ranking with the unjudged documents taken
     * out. Where judgments are incomplete, plain nDCG counts an unjudged document as a miss even
     * when it is as good as a judged one; this figure says how well the judged ones are ordered.
     */
    public static double condensedNdcg(List<String> ranked, Map<String, Integer> grades, int k) {
        return ndcg(ranked.stream().filter(grades::containsKey).toList(), grades, k);
    }

    /** The share of the top {@code k} that is judged at all (grade 0 included); 0 for an empty ranking. */
    public static double judgedShare(List<String> ranked, Map<String, Integer> grades, int k) {
        List<String> top = ranked.stream().limit(k).toList();
        return top.isEmpty() ? 0 : (double) top.stream().filter(grades::containsKey).count() / top.size();
    }

    private static double dcg(List<Integer> gradesInOrder, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, gradesInOrder.size()); i++) {
            sum += (Math.pow(2, gradesInOrder.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
