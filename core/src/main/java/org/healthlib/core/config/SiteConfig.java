package org.healthlib.core.config;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The one configuration of a run: {@code site.yaml} plus the command-line flags. Built in one
 * place ({@code SiteConfigLoader}) and passed through constructors.
 *
 * @param title            {@code title}, default "Health Library"
 * @param baseUrl          {@code base_url}, default "/"; always ends with "/"
 * @param language         {@code language}, default "en"
 * @param reviewInterval   {@code review_interval}, default P3Y
 * @param reviewWarning    {@code review_warning}, default P90D
 * @param overduePolicy    {@code overdue_policy}, default warn
 * @param readingGradeTarget {@code reading_grade_target}, default 8
 * @param crisisNotice     {@code crisis_notice} (Markdown), default a notice naming the 988 Lifeline
 * @param search           the {@code search:} block, default {@link SearchSettings#DEFAULTS}
 * @param today            the day review states are computed for ({@code --today}, default the clock)
 * @param includeDrafts    {@code --drafts}: build draft, in-review and retired articles too, marked as such
 */
public record SiteConfig(
        String title,
        String baseUrl,
        String language,
        Period reviewInterval,
        Period reviewWarning,
        OverduePolicy overduePolicy,
        double readingGradeTarget,
        String crisisNotice,
        SearchSettings search,
        LocalDate today,
        boolean includeDrafts) {

    public static final String DEFAULT_TITLE = "Health Library";
    public static final String DEFAULT_BASE_URL = "/";
    public static final String DEFAULT_LANGUAGE = "en";
    public static final Period DEFAULT_REVIEW_INTERVAL = Period.ofYears(3);
    public static final Period DEFAULT_REVIEW_WARNING = Period.ofDays(90);
    public static final double DEFAULT_READING_GRADE_TARGET = 8;
    public static final String DEFAULT_CRISIS_NOTICE =
            "**If you are in crisis or thinking about suicide, help is available now.** "
            + "In the US, call or text **988** to reach the 988 Suicide and Crisis Lifeline, "
            + "any time of day or night. If you are in danger right now, call **911** or go to the "
            + "nearest emergency room.";

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(reviewInterval, "reviewInterval");
        Objects.requireNonNull(reviewWarning, "reviewWarning");
        Objects.requireNonNull(overduePolicy, "overduePolicy");
        Objects.requireNonNull(crisisNotice, "crisisNotice");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(today, "today");
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    /** Every key at its default, for the given day. */
    public static SiteConfig defaults(LocalDate today) {
        return new SiteConfig(DEFAULT_TITLE, DEFAULT_BASE_URL, DEFAULT_LANGUAGE, DEFAULT_REVIEW_INTERVAL,
                DEFAULT_REVIEW_WARNING, OverduePolicy.WARN, DEFAULT_READING_GRADE_TARGET, DEFAULT_CRISIS_NOTICE,
                SearchSettings.DEFAULTS, today, false);
    }

    /** Whether {@code base_url} is a full URL, as canonical links, the sitemap and the feed need. */
    public boolean hasAbsoluteBaseUrl() {
        return baseUrl.startsWith("https://") || baseUrl.startsWith("http://");
    }

    /** The absolute URL of a site path ("articles/x/"), from {@code base_url}. */
    public String absoluteUrl(String sitePath) {
        String path = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return baseUrl + path;
    }
}
