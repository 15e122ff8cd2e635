package org.healthlib.generator.site;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthlib.core.model.Article;
import org.healthlib.generator.view.ArticleSummary;

/**
 * The articles that share topics with an article: most shared topics first, then by title; at most
 * {@link #LIMIT}. Thread-safe (read-only after construction).
 *
 * <p>Each article is known by its rank in title order, and each topic by the ranks of its
 * articles in ascending order; an article's related articles are a merge of its topics' rank
 * lists that keeps the best {@link #LIMIT} as it goes. No article record is hashed or sorted per
 * call: the work is the length of the article's topics' lists, with ints.
 */
public final class RelatedArticles {
    public static final int LIMIT = 5;

    /** Every article of every topic, in title order: index = rank. */
    private final ArticleSummary[] byRank;
    private final Map<String, Integer> rankOfSlug;
    /** The ranks of each topic's articles, ascending. */
    private final Map<String, int[]> ranksByTopic;

    /** @param byTopic the articles of each topic, each list in title order */
    public RelatedArticles(Map<String, List<ArticleSummary>> byTopic) {
        Map<String, ArticleSummary> bySlug = new TreeMap<>();
        byTopic.values().forEach(list -> list.forEach(summary -> bySlug.putIfAbsent(summary.slug(), summary)));
        this.byRank = bySlug.values().stream().sorted(ArticleSummary.BY_TITLE).toArray(ArticleSummary[]::new);
        this.rankOfSlug = new HashMap<>();
        for (int rank = 0; rank < byRank.length; rank++) {
            rankOfSlug.put(byRank[rank].slug(), rank);
        }
        this.ranksByTopic = new HashMap<>();
        byTopic.forEach((topic, list) -> ranksByTopic.put(topic,
                list.stream().mapToInt(summary -> rankOfSlug.get(summary.slug())).sorted().distinct().toArray()));
    }

    public List<ArticleSummary> of(Article article) {
        int[][] lists = article.topics().stream().distinct().map(ranksByTopic::get)
                .filter(ranks -> ranks != null).toArray(int[][]::new);
        if (lists.length == 0) {
            return List.of();
        }
        int self = rankOfSlug.getOrDefault(article.slug(), -1);
        Best best = new Best(lists.length);
        int[] next = new int[lists.length];
        while (!best.complete()) {
            int rank = lowestHead(lists, next);
            if (rank == Integer.MAX_VALUE) {
                break;
            }
            int shared = 0;
            for (int i = 0; i < lists.length; i++) {
                if (next[i] < lists[i].length && lists[i][next[i]] == rank) {
                    shared++;
                    next[i]++;
                }
            }
            if (rank != self) {
                best.offer(rank, shared);
            }
        }
        return Arrays.stream(best.ranks()).mapToObj(rank -> byRank[rank]).toList();
    }

    /** The lowest rank not yet taken from any list, or {@link Integer#MAX_VALUE} when all are done. */
    private static int lowestHead(int[][] lists, int[] next) {
        int lowest = Integer.MAX_VALUE;
        for (int i = 0; i < lists.length; i++) {
            if (next[i] < lists[i].length) {
                lowest = Math.min(lowest, lists[i][next[i]]);
            }
        }
        return lowest;
    }

    /**
     * The best {@link #LIMIT} candidates offered in ascending rank: more shared topics first, then
     * the lower rank (which, offered in ascending order, is the one offered first).
     */
    private static final class Best {
        private final int most;
        private final int[] ranks = new int[LIMIT];
        private final int[] shared = new int[LIMIT];
        private int size;

        Best(int most) {
            this.most = most;
        }

        void offer(int rank, int count) {
            int at = size;
            while (at > 0 && shared[at - 1] < count) {
                at--;
            }
            if (at >= LIMIT) {
                return;
            }
            int last = Math.min(size, LIMIT - 1);
            System.arraycopy(ranks, at, ranks, at + 1, last - at);
            System.arraycopy(shared, at, shared, at + 1, last - at);
            ranks[at] = rank;
            shared[at] = count;
            size = Math.min(size + 1, LIMIT);
        }

        /** Full of candidates that share every topic: no later one can take a place. */
        boolean complete() {
            return size == LIMIT && shared[LIMIT - 1] == most;
        }

        int[] ranks() {
            return Arrays.copyOf(ranks, size);
        }
    }
}
