package org.healthlib.generator.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.healthlib.core.testing.Articles.anArticle;
import static org.healthlib.generator.fixtures.Libraries.aLibrary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.healthlib.core.content.Library;
import org.healthlib.core.model.Article;
import org.healthlib.generator.view.ArticleSummary;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {
    @Test
    void ranksByNumberOfSharedTopicsThenByTitleAndKeepsFive() {
        Library library = aLibrary()
                .article(anArticle().slug("afib").title("Atrial fibrillation").topics("heart", "stroke", "aging"))
                .article(anArticle().slug("zzz").title("Zinc and the heart").topics("heart", "stroke", "aging"))
                .article(anArticle().slug("bp").title("Blood pressure").topics("heart", "stroke"))
                .article(anArticle().slug("chol").title("Cholesterol").topics("heart"))
                .article(anArticle().slug("diet").title("Diet").topics("heart"))
                .article(anArticle().slug("exercise").title("Exercise").topics("aging"))
                .article(anArticle().slug("falls").title("Falls").topics("aging"))
                .article(anArticle().slug("eyes").title("Eyes").topics("vision"))
                .build();

        List<String> related = titles(new RelatedArticles(byTopic(library)).of(article(library, "afib")));

        assertThat(related).containsExactly("Zinc and the heart", "Blood pressure", "Cholesterol", "Diet", "Exercise");
    }

    @Test
    void anArticleWithOneTopicGetsTheOthersOfItInTitleOrder() {
        Library library = aLibrary()
                .article(anArticle().slug("c").title("C").topics("eyes"))
                .article(anArticle().slug("a").title("a").topics("eyes"))
                .article(anArticle().slug("b").title("B").topics("eyes"))
                .article(anArticle().slug("alone").title("Alone"))
                .build();
        RelatedArticles related = new RelatedArticles(byTopic(library));

        assertThat(titles(related.of(article(library, "b")))).containsExactly("a", "C");
        assertThat(related.of(article(library, "alone"))).isEmpty();
    }

    private static Map<String, List<ArticleSummary>> byTopic(Library library) {
        Map<String, List<ArticleSummary>> byTopic = new TreeMap<>();
        library.articles().stream().map(a -> ArticleSummary.of(library, a)).sorted(ArticleSummary.BY_TITLE)
                .forEach(s -> s.topics().forEach(t -> byTopic.computeIfAbsent(t, x -> new ArrayList<>()).add(s)));
        return byTopic;
    }

    private static Article article(Library library, String slug) {
        return library.articles().stream().filter(a -> a.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static List<String> titles(List<ArticleSummary> summaries) {
        return summaries.stream().map(ArticleSummary::title).toList();
    }
}
