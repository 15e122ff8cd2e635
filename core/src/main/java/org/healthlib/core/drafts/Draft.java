package org.healthlib.core.drafts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Slugged;

/**
 * A draft article about to be written: its front matter (always {@code status: draft}) and its
 * Markdown body.
 *
 * @param comment    a YAML comment for the editor on the first line of the front matter, "" for none
 * @param typeToDo   {@code type} is a guess: a TODO comment beside it lists the types
 * @param reviewedBy {@code reviewed_by}, left without a value when empty, for the editor to fill
 * @param body       the Markdown after the front matter, ending with a line end
 */
public record Draft(String comment, String title, String summary, ArticleType type, boolean typeToDo,
                    List<String> topics, Optional<LocalDate> reviewed, Optional<String> reviewedBy, String body) {

    public Draft {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reviewed, "reviewed");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(body, "body");
        topics = List.copyOf(topics);
    }

    /** The file's text: front matter with every key an editor fills before review, then the body. */
    public String text() {
        StringBuilder out = new StringBuilder("---\n");
        if (!comment.isEmpty()) {
            out.append("# ").append(comment).append('\n');
        }
        out.append("title: ").append(YamlScalars.of(title)).append('\n');
        out.append("summary: ").append(YamlScalars.of(summary)).append('\n');
        out.append("type: ").append(type.slug());
        if (typeToDo) {
            out.append("  # TODO: check the type: ").append(String.join(", ", Slugged.slugs(ArticleType.class)));
        }
        out.append('\n');
        out.append("topics: [").append(String.join(", ", topics)).append("]\n");
        out.append("status: draft\n");
        out.append("reviewed:").append(reviewed.map(day -> " " + day).orElse("  # yyyy-mm-dd of the medical review")).append('\n');
        out.append("reviewed_by:").append(reviewedBy.map(id -> " " + id).orElse("  # a reviewer id of reviewers.yaml")).append('\n');
        out.append("sources:\n");
        out.append("  # - title: \"The source's title\"\n");
        out.append("  #   publisher: Who published it\n");
        out.append("  #   url: https://\n");
        return out.append("---\n").append(body).toString();
    }
}
