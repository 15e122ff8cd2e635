package org.healthlib.core.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.FilePaths;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.yaml.SafeYaml;
import org.healthlib.core.yaml.YamlFile;
import org.healthlib.core.yaml.YamlMap;
import org.healthlib.core.yaml.YamlValue;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Builds the one {@link SiteConfig} of a run from {@code site.yaml} and the command-line flags.
 * Every key is optional; a key that is wrong is reported and left at its default, so that the
 * rest of the folder is still checked. Unknown keys are errors.
 */
public final class SiteConfigLoader {

    /** The keys of site.yaml, in the order of the documentation. */
    public static final List<String> KEYS = List.of("title", "base_url", "language", "review_interval",
            "review_warning", "overdue_policy", "reading_grade_target", "crisis_notice", "search");

    /** The keys of the {@code search:} block. */
    public static final List<String> SEARCH_KEYS = List.of("semantic", "weights");

    private static final double MIN_WEIGHT = 0.1;
    private static final double MAX_WEIGHT = 10;
    private static final Pattern FOLDER = Pattern.compile("[^/\\\\\\s.][^/\\\\]*(/[^/\\\\\\s.][^/\\\\]*)*");

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s/]+)?/\\S*");

    private SiteConfigLoader() {
    }

    /**
     * Reads the text of {@code site.yaml}.
     *
     * @param file the file name for diagnostics, relative to the content folder
     */
    public static SiteConfig load(Path file, String text, LocalDate today, boolean includeDrafts, Diagnostics diagnostics) {
        YamlFile where = new YamlFile(file, 1, diagnostics);
        Optional<YamlMap> read = SafeYaml.map(where, text, FilePaths.portable(file), Position.START);
        read.ifPresent(map -> map.rejectUnknownKeys(KEYS));
        SiteConfig config = read.map(map -> config(map, today)).orElse(SiteConfig.defaults(today));
        Optional<YamlValue> baseUrl = read.flatMap(map -> map.get("base_url"));
        if (!config.hasAbsoluteBaseUrl() && baseUrl.map(SiteConfigLoader::isSitePath).orElse(true)) {
            String message = "base_url '" + config.baseUrl()
                    + "' is not an absolute URL: canonical links, sitemap.xml and feed.xml need one"
                    + " (such as https://library.example.org/)";
            diagnostics.add(baseUrl.map(value -> Diagnostic.warning(file, value.position(), message))
                    .orElseGet(() -> Diagnostic.warning(file, 0, 0, message)));
        }
        return withFlags(config, includeDrafts);
    }

    private static SiteConfig config(YamlMap map, LocalDate today) {
        return new SiteConfig(
                map.get("title").flatMap(YamlValue::string).orElse(SiteConfig.DEFAULT_TITLE),
                map.get("base_url").flatMap(SiteConfigLoader::baseUrl).orElse(SiteConfig.DEFAULT_BASE_URL),
                map.get("language").flatMap(SiteConfigLoader::language).orElse(SiteConfig.DEFAULT_LANGUAGE),
                map.get("review_interval").flatMap(v -> period(v, false)).orElse(SiteConfig.DEFAULT_REVIEW_INTERVAL),
                map.get("review_warning").flatMap(v -> period(v, true)).orElse(SiteConfig.DEFAULT_REVIEW_WARNING),
                map.get("overdue_policy").flatMap(v -> v.oneOf(OverduePolicy.class))
                        .orElse(OverduePolicy.WARN),
                map.get("reading_grade_target").flatMap(SiteConfigLoader::gradeTarget)
                        .orElse(SiteConfig.DEFAULT_READING_GRADE_TARGET),
                map.get("crisis_notice").flatMap(YamlValue::string).orElse(SiteConfig.DEFAULT_CRISIS_NOTICE),
                map.get("search").flatMap(YamlValue::map).map(SiteConfigLoader::search).orElse(SearchSettings.DEFAULTS),
                today,
                false);
    }

    private static SiteConfig withFlags(SiteConfig config, boolean includeDrafts) {
        return new SiteConfig(config.title(), config.baseUrl(), config.language(), config.reviewInterval(),
                config.reviewWarning(), config.overduePolicy(), config.readingGradeTarget(), config.crisisNotice(),
                config.search(), config.today(), includeDrafts);
    }

    private static SearchSettings search(YamlMap search) {
        search.rejectUnknownKeys(SEARCH_KEYS);
        boolean semantic = search.get("semantic").flatMap(YamlValue::bool).orElse(SearchSettings.DEFAULTS.semantic());
        Map<String, Double> weights = new LinkedHashMap<>();
        search.get("weights").flatMap(YamlValue::map).ifPresent(map -> {
            for (String folder : map.keys()) {
                YamlValue value = map.get(folder).orElseThrow();
                if (!FOLDER.matcher(folder).matches()) {
                    value.error("a key of 'search.weights' must be a folder under articles/ such as genetics or"
                            + " reference/genes (got \"" + folder + "\")");
                    continue;
                }
                value.number().filter(weight -> {
                    if (weight >= MIN_WEIGHT && weight <= MAX_WEIGHT) {
                        return true;
                    }
                    value.error("the weight of '" + folder + "' in 'search.weights' must be between " + number(MIN_WEIGHT)
                            + " and " + number(MAX_WEIGHT) + " (got " + number(weight) + ")");
                    return false;
                }).ifPresent(weight -> weights.put(folder, weight));
            }
        });
        return new SearchSettings(semantic, weights);
    }

    /** A {@code base_url} written as a path ("/library/"): valid, but not absolute. */
    private static boolean isSitePath(YamlValue value) {
        return value.node() instanceof ScalarNode scalar && scalar.getValue().strip().startsWith("/");
    }

    private static Optional<String> baseUrl(YamlValue value) {
        return value.string().filter(url -> {
            if (BASE_URL.matcher(url).matches()) {
                return true;
            }
            value.error("'base_url' must be an absolute URL such as https://example.org/health/ or a path "
                    + "starting with '/' (got \"" + url + "\")");
            return false;
        });
    }

    private static Optional<String> language(YamlValue value) {
        return value.string().filter(language -> {
            if (LANGUAGE.matcher(language).matches()) {
                return true;
            }
            value.error("'language' must be a language tag such as en or en-US (got \"" + language + "\")");
            return false;
        });
    }

    /** An ISO-8601 period such as P3Y, P18M or P90D; longer than zero unless {@code zeroAllowed}. */
    private static Optional<Period> period(YamlValue value, boolean zeroAllowed) {
        Optional<String> text = value.string();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Period period;
        try {
            period = Period.parse(text.get());
        } catch (DateTimeParseException e) {
            value.error(value.label() + " is not an ISO-8601 period (expected e.g. P3Y, P18M or P90D, got \""
                    + text.get() + "\")");
            return Optional.empty();
        }
        if (period.isNegative() && zeroAllowed) {
            value.error(value.label() + " must not be negative (got \"" + text.get() + "\")");
            return Optional.empty();
        }
        if ((period.isNegative() || period.isZero()) && !zeroAllowed) {
            value.error(value.label() + " must be longer than zero (got \"" + text.get() + "\")");
            return Optional.empty();
        }
        return Optional.of(period);
    }

    private static Optional<Double> gradeTarget(YamlValue value) {
        return value.number().filter(grade -> {
            if (grade >= 1 && grade <= 20) {
                return true;
            }
            value.error("'reading_grade_target' must be between 1 and 20 (got " + number(grade) + ")");
            return false;
        });
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
