package org.healthlib.generator.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.healthlib.core.model.Article;
import org.healthlib.generator.view.ArticleSummary;

/**
 * The articles that share topics with an article: most shared topics first, then by title; at most
 * {@link #LIMIT}. Thread-safe (read-only after construction).
 */
public final class RelatedArticles {
    public static final int LIMIT = 5;

    private final Map<String, List<ArticleSummary>> byTopic;

    /** @param byTopic the articles of each topic, each list in title order */
    public RelatedArticles(Map<String, List<ArticleSummary>> byTopic) {
        this.byTopic = Map.copyOf(byTopic);
    }

    public List<ArticleSummary> of(Article article) {
        List<String> topics = article.topics().stream().distinct().filter(byTopic::containsKey).toList();
        if (topics.isEmpty()) {
            return List.of();
        }
        if (topics.size() == 1) {
            // Every candidate shares exactly one topic: the topic's list is already in title order.
            return byTopic.get(topics.get(0)).stream()
                    .filter(other -> !other.slug().equals(article.slug()))
                    .limit(LIMIT)
                    .toList();
        }
        Map<ArticleSummary, Integer> shared = new HashMap<>();
        for (String topic : topics) {
            for (ArticleSummary other : byTopic.get(topic)) {
                if (!other.slug().equals(article.slug())) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        Comparator<Map.Entry<ArticleSummary, Integer>> order = Map.Entry.<ArticleSummary, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey(ArticleSummary.BY_TITLE));
        return shared.entrySet().stream().sorted(order).limit(LIMIT).map(Map.Entry::getKey).toList();
    }
}
