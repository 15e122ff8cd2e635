package org.healthlib.core.content;

import java.util.ArrayList;
import java.util.List;
import org.healthlib.core.config.OverduePolicy;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.model.Article;
import org.healthlib.core.model.ReviewState;
import org.healthlib.core.model.Status;
import org.healthlib.core.yaml.KeyPositions;

/**
 * The editorial rules that depend on the day ({@code --today}) and the site's policies, for
 * published articles: a review due soon is a warning; an overdue review is a warning, an error or
 * a warning that the article is left out, by {@code overdue_policy}; no sources is a warning.
 */
final class EditorialRules {

    private EditorialRules() {
    }

    static List<Diagnostic> check(Article article, KeyPositions positions, SiteConfig config) {
        List<Diagnostic> found = new ArrayList<>();
        if (article.editorial().status() != Status.PUBLISHED) {
            return found;
        }
        if (article.sources().isEmpty()) {
            found.add(Diagnostic.warning(article.file(), positions.value("status"), "published article has no sources"));
        }
        ReviewState state = article.editorial().reviewState(config.today(), config.reviewWarning());
        String next = article.editorial().nextReview().map(Object::toString).orElse("");
        Position at = positions.values().containsKey("next_review")
                ? positions.value("next_review") : positions.value("reviewed");
        if (state == ReviewState.DUE_SOON) {
            found.add(Diagnostic.warning(article.file(), at, "review is due soon (next review on " + next + ")"));
        } else if (state == ReviewState.OVERDUE) {
            found.add(overdue(article, at, "review is overdue (next review was due on " + next + ")", config.overduePolicy()));
        }
        return found;
    }

    private static Diagnostic overdue(Article article, Position at, String message, OverduePolicy policy) {
        return switch (policy) {
            case WARN -> Diagnostic.warning(article.file(), at, message);
            case ERROR -> Diagnostic.error(article.file(), at, message);
            case UNPUBLISH -> Diagnostic.warning(article.file(), at, message + "; the article is left out of the site");
        };
    }
}
