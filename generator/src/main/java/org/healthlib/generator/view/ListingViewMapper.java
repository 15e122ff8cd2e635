package org.healthlib.generator.view;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthlib.core.model.ArticleType;

/** Maps the article summaries to the listing pages: topics, types and the home page. */
public final class ListingViewMapper {
    /** How many recently reviewed articles the home page shows. */
    public static final int RECENT = 8;

    private final ReaderDates dates;

    public ListingViewMapper(ReaderDates dates) {
        this.dates = dates;
    }

    public ListingView topic(String topic, List<ArticleSummary> articles) {
        String label = Labels.topic(topic);
        String intro = articles.size() + " " + plural(articles.size()) + " about " + label.toLowerCase(Locale.ROOT);
        return new ListingView(label, intro, List.of(new LinkView("Home", "")), views(articles));
    }

    public ListingView type(ArticleType type, List<ArticleSummary> articles) {
        return new ListingView(type.label(), articles.size() + " " + plural(articles.size()),
                List.of(new LinkView("Home", "")), views(articles));
    }

    /**
     * @param articles every article of the build, by title
     * @param byTopic  the articles of each topic, topics in order
     * @param byType   the articles of each type that has any
     */
    public HomeView home(List<ArticleSummary> articles, Map<String, List<ArticleSummary>> byTopic,
                         Map<ArticleType, List<ArticleSummary>> byType) {
        List<CountLink> topics = byTopic.entrySet().stream()
                .map(e -> new CountLink(Labels.topic(e.getKey()), "topics/" + e.getKey() + "/", e.getValue().size()))
                .toList();
        List<CountLink> types = byType.entrySet().stream()
                .map(e -> new CountLink(e.getKey().label(), "types/" + e.getKey().slug() + "/", e.getValue().size()))
                .toList();
        List<SummaryView> recent = articles.stream()
                .filter(article -> article.reviewed().isPresent())
                .sorted(Comparator.comparing((ArticleSummary a) -> a.reviewed().orElseThrow()).reversed()
                        .thenComparing(ArticleSummary.BY_TITLE))
                .limit(RECENT)
                .map(article -> article.toView(dates))
                .toList();
        return new HomeView(articles.size(), topics, types, recent);
    }

    private List<SummaryView> views(List<ArticleSummary> articles) {
        return articles.stream().map(article -> article.toView(dates)).toList();
    }

    private static String plural(int count) {
        return count == 1 ? "article" : "articles";
    }
}
