package org.healthlib.core.diagnostics;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the valid word closest to a misspelt one, for messages such as
 * {@code unknown key 'reviwed' (did you mean 'reviewed'?)}.
 *
 * <p>Distance is the optimal-string-alignment form of Damerau-Levenshtein (insertions, deletions,
 * substitutions and swaps of two neighbours each cost 1), compared without case. A word is
 * suggested only when it is at most one edit away per three characters (at least one edit), so
 * that unrelated words are never offered.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate, the first one in the given order on a tie. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String wanted = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(wanted.length() - candidate.length()) > allowedDistance(candidate)) {
                continue; // too far apart in length alone: no need to measure
            }
            int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && distance <= allowedDistance(candidate)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean 'x'?)"}, or "" when no candidate is close enough. */
    public static String didYouMean(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    static int allowedDistance(String candidate) {
        return Math.max(1, candidate.length() / 3);
    }

    /** Optimal string alignment distance between two strings. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
