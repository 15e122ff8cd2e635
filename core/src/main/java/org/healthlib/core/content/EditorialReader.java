package org.healthlib.core.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.healthlib.core.config.SiteConfig;
import org.healthlib.core.diagnostics.Suggestions;
import org.healthlib.core.model.EditorialInfo;
import org.healthlib.core.model.ReviewerRegistry;
import org.healthlib.core.model.Status;
import org.healthlib.core.yaml.YamlMap;
import org.healthlib.core.yaml.YamlValue;

/**
 * Reads the editorial keys of an article ({@code status}, {@code reviewed}, {@code next_review},
 * {@code reviewed_by}, {@code publish_on}, {@code updated}) and applies the rules that need no
 * clock: a published article needs a review date and a known reviewer, and the next review cannot
 * come before the last one. {@code next_review} and {@code updated} get their defaults here.
 */
final class EditorialReader {
    private final SiteConfig config;
    private final ReviewerRegistry reviewers;
    private final Map<Path, LocalDate> commitDates;

    /**
     * @param commitDates the last commit date of each file, relative to the content folder
     */
    EditorialReader(SiteConfig config, ReviewerRegistry reviewers, Map<Path, LocalDate> commitDates) {
        this.config = config;
        this.reviewers = reviewers;
        this.commitDates = Map.copyOf(commitDates);
    }

    EditorialInfo read(Path file, YamlMap fields) {
        Status status = fields.get("status").flatMap(v -> v.oneOf(Status.class)).orElse(Status.DRAFT);
        Optional<LocalDate> reviewed = fields.get("reviewed").flatMap(YamlValue::date);
        Optional<LocalDate> nextReview = fields.get("next_review").flatMap(YamlValue::date);
        Optional<String> reviewedBy = fields.get("reviewed_by").flatMap(this::reviewer);
        Optional<LocalDate> publishOn = fields.get("publish_on").flatMap(YamlValue::date);
        Optional<LocalDate> updated = fields.get("updated").flatMap(YamlValue::date);

        if (status == Status.PUBLISHED) {
            requireForPublished(fields, "reviewed");
            requireForPublished(fields, "reviewed_by");
        }
        reviewed.filter(day -> day.isAfter(config.today())).ifPresent(day ->
                fields.file().warning(fields.positions().value("reviewed"), "'reviewed' is in the future (" + day + ")"));
        if (reviewed.isPresent() && nextReview.isPresent() && nextReview.get().isBefore(reviewed.get())) {
            fields.file().error(fields.positions().value("next_review"), "'next_review' is before 'reviewed'");
        }
        return new EditorialInfo(status, reviewed,
                nextReview.or(() -> reviewed.map(day -> day.plus(config.reviewInterval()))),
                reviewedBy, publishOn,
                updated.or(() -> Optional.ofNullable(commitDates.get(file))).or(() -> reviewed));
    }

    private Optional<String> reviewer(YamlValue value) {
        return value.string().filter(id -> {
            if (reviewers.find(id).isPresent()) {
                return true;
            }
            value.error("unknown reviewer '" + id + "'" + Suggestions.didYouMean(id, reviewers.ids().stream().sorted().toList()));
            return false;
        });
    }

    /** A published article without the key (or with it empty) is an error at its {@code status}. */
    private static void requireForPublished(YamlMap fields, String key) {
        if (fields.get(key).isEmpty()) {
            fields.file().error(fields.positions().value("status"), "published article needs '" + key + "'");
        }
    }
}
