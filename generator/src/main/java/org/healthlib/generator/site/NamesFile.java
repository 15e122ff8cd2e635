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
import org.healthlib.generator.jsonld.Json;
import org.healthlib.generator.view.ArticleSummary;
import org.healthlib.generator.view.Labels;

/**
 * Writes {@code search/names.json}: the names of the published articles (titles and also-called
 * names) with their slugs, which the search box uses for suggestions and name matches where no
 * search API answers (the site on a plain web server). Compact, one array per name:
 * <pre>
 * {"fields": ["name", "slug", "title", "hint"],
 *  "names": [["A1C test", "a1c-test"], ["HbA1c", "a1c-test", "A1C test"], ["Diabetes", "diabetes", "", "General health"]]}
 * </pre>
 * {@code title} is given for an also-called name (the article's title), and {@code hint} for a title
 * that more than one article has: their topics, or the start of their summaries when the topics
 * are the same too, so that a reader can tell them apart.
 */
public final class NamesFile {
    /** Where the file is written, from the site root. */
    public static final String FILE = "search/names.json";
    private static final int HINT_CHARS = 60;

    private NamesFile() {
    }

    static void write(List<ArticleSummary> summaries, Path siteRoot) {
        Path file = siteRoot.resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json(summaries), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(List<ArticleSummary> summaries) {
        List<ArticleSummary> published = summaries.stream().filter(ArticleSummary::published).toList();
        Map<ArticleSummary, String> hints = hints(published);
        List<List<String>> names = new ArrayList<>();
        for (ArticleSummary article : published) {
            String hint = hints.getOrDefault(article, "");
            names.add(hint.isEmpty() ? List.of(article.title(), article.slug())
                    : List.of(article.title(), article.slug(), "", hint));
            article.alsoCalled().forEach(name -> names.add(List.of(name, article.slug(), article.title())));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("fields", List.of("name", "slug", "title", "hint"));
        root.put("names", names);
        return Json.write(root) + "\n";
    }

    /** What tells apart the articles whose titles are the same (ignoring case and accents). */
    private static Map<ArticleSummary, String> hints(List<ArticleSummary> published) {
        Map<ArticleSummary, String> hints = new LinkedHashMap<>();
        published.stream().collect(Collectors.groupingBy(ArticleSummary::titleKey, LinkedHashMap::new, Collectors.toList()))
                .values().stream().filter(same -> same.size() > 1).forEach(same -> {
                    List<String> topics = same.stream().map(NamesFile::topics).toList();
                    boolean distinct = topics.stream().distinct().count() == topics.size();
                    same.forEach(article -> hints.put(article, distinct ? topics(article) : excerpt(article.summary())));
                });
        return hints;
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
