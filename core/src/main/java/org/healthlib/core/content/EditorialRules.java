package org.healthlib.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * a warning that the article is left out, by {@code overdue_policy}; no sources is a warning; a
 * paragraph, list item or summary that starts with {@code TODO} (what {@code new} and
 * {@code import} leave for the editor) is an error.
 */
final class EditorialRules {
    /** A line that starts with TODO, after any heading, list or quote marks. */
    private static final Pattern TODO = Pattern.compile("(?:\\s{0,3}(?:#{1,6}\\s+|[-*+]\\s+|\\d{1,9}[.)]\\s+|>\\s*)*)(TODO)\\b");
    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~)");

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

    /**
     * The editor's marks left in a published article: its summary, or a line of its body (a
     * paragraph, heading or list item, outside code blocks), starting with "TODO".
     *
     * @param body          the Markdown body as written
     * @param bodyFirstLine the line of the file on which the body starts
     */
    static List<Diagnostic> todos(Article article, KeyPositions positions, String body, int bodyFirstLine) {
        List<Diagnostic> found = new ArrayList<>();
        if (article.editorial().status() != Status.PUBLISHED) {
            return found;
        }
        if (TODO.matcher(article.summary()).lookingAt()) {
            found.add(Diagnostic.error(article.file(), positions.value("summary"), todo(article.summary())));
        }
        String[] lines = body.split("\n", -1);
        boolean inCode = false;
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).lookingAt()) {
                inCode = !inCode;
                continue;
            }
            Matcher mark = TODO.matcher(lines[i]);
            if (!inCode && mark.lookingAt()) {
                found.add(Diagnostic.error(article.file(), new Position(bodyFirstLine + i, mark.start(1) + 1),
                        todo(lines[i].substring(mark.start(1)))));
            }
        }
        return found;
    }

    private static String todo(String text) {
        String shown = text.strip();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return "published article still has an editor's mark \"" + shown
                + "\": finish the text, or set status: draft until it is done";
    }

    private static Diagnostic overdue(Article article, Position at, String message, OverduePolicy policy) {
        return switch (policy) {
            case WARN -> Diagnostic.warning(article.file(), at, message);
            case ERROR -> Diagnostic.error(article.file(), at, message);
            case UNPUBLISH -> Diagnostic.warning(article.file(), at, message + "; the article is left out of the site");
        };
    }
}
