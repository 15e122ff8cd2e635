package org.healthlib.generator.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.healthlib.core.json.Json;
import org.healthlib.generator.view.ArticleSummary;
import org.healthlib.generator.view.Labels;

/**
 * Writes the names of the published articles, which the search box uses for suggestions and name
 * matches where no search API answers (the site on a plain web server):
 * <ul>
 * <li>{@code search/names.json}: per article its slug, title and also-called names,
 * {@code {"articles": [["a1c-test", "A1C test", "HbA1c"], ...]}} (on the 5,483 MedQuAD articles,
 * 19,192 names in about 750 kB, 210 kB compressed);
 * <li>{@code search/hints.json}: for the articles whose title another article has too, what tells
 * them apart: their topics, or the start of their summaries when the topics are the same too,
 * {@code {"diabetes": "General health", "diabetes-older-adults": "Healthy aging"}}. Small, so that
 * suggestions from the API can be told apart without loading every name.
 * </ul>
 */
public final class NamesFile {
    /** The names, from the site root. */
    public static final String NAMES = "search/names.json";
    /** The hints of repeated titles, from the site root. */
    public static final String HINTS = "search/hints.json";
    private static final int HINT_CHARS = 60;

    private NamesFile() {
    }

    static void write(List<ArticleSummary> summaries, Path siteRoot) {
        List<ArticleSummary> published = summaries.stream().filter(ArticleSummary::published).toList();
        write(siteRoot.resolve(NAMES), names(published));
        write(siteRoot.resolve(HINTS), hints(published));
    }

    /** Writes those of the two files whose content differs between the summaries {@code before} and {@code after}. */
    static void update(List<ArticleSummary> before, List<ArticleSummary> after, Path siteRoot) {
        List<ArticleSummary> was = before.stream().filter(ArticleSummary::published).toList();
        List<ArticleSummary> is = after.stream().filter(ArticleSummary::published).toList();
        String names = names(is);
        if (!names.equals(names(was))) {
            write(siteRoot.resolve(NAMES), names);
        }
        String hints = hints(is);
        if (!hints.equals(hints(was))) {
            write(siteRoot.resolve(HINTS), hints);
        }
    }

    private static void write(Path file, String json) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String names(List<ArticleSummary> published) {
        List<List<String>> articles = new ArrayList<>();
        for (ArticleSummary article : published) {
            List<String> row = new ArrayList<>();
            row.add(article.slug());
            row.add(article.title());
            row.addAll(article.alsoCalled());
            articles.add(row);
        }
        return Json.write(Map.of("articles", articles)) + "\n";
    }

    /** What tells apart the articles whose titles are the same (ignoring case and accents), by slug. */
    static String hints(List<ArticleSummary> published) {
        Map<String, String> hints = new LinkedHashMap<>();
        published.stream().collect(Collectors.groupingBy(ArticleSummary::titleKey, LinkedHashMap::new, Collectors.toList()))
                .values().stream().filter(same -> same.size() > 1).forEach(same -> {
                    List<String> topics = same.stream().map(NamesFile::topics).toList();
                    boolean distinct = topics.stream().distinct().count() == topics.size();
                    same.forEach(article -> hints.put(article.slug(), distinct ? topics(article) : excerpt(article.summary())));
                });
        return Json.write(hints) + "\n";
    }

    private static String topics(ArticleSummary article) {
        return article.topics().stream().map(Labels::topic).collect(Collectors.joining(", "));
    }

    /** The start of a summary, cut at a word: "Too much glucose in the blood…". */
    static String excerpt(String summary) {
        String text = summary.strip();
        if (text.length() <= HINT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', HINT_CHARS);
        return text.substring(0, cut > 0 ? cut : HINT_CHARS).stripTrailing() + "…";
    }
}
