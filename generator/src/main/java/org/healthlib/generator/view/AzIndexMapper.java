package org.healthlib.generator.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the A–Z index: every article under its title, and every "also called" name listed
 * under its own letter and pointing to its article ("Heart attack, see Myocardial infarction"),
 * as MedlinePlus does. Names that do not start with a letter A–Z go under "0–9".
 */
public final class AzIndexMapper {
    static final String OTHER = "0–9";

    private AzIndexMapper() {
    }

    public static AzView map(List<ArticleSummary> articles) {
        Map<String, List<AzView.Entry>> byLetter = new TreeMap<>();
        for (ArticleSummary article : articles) {
            add(byLetter, new AzView.Entry(article.title(), "", article.path(), article.statusLabel()));
            for (String name : article.alsoCalled()) {
                add(byLetter, new AzView.Entry(name, article.title(), article.path(), article.statusLabel()));
            }
        }
        Comparator<AzView.Entry> order = Comparator.comparing((AzView.Entry e) -> ArticleSummary.sortKey(e.name()))
                .thenComparing(AzView.Entry::name).thenComparing(AzView.Entry::seeTitle);
        List<AzView.Letter> letters = new ArrayList<>();
        for (String label : labels()) {
            List<AzView.Entry> entries = new ArrayList<>(byLetter.getOrDefault(label, List.of()));
            entries.sort(order);
            letters.add(new AzView.Letter(label, idOf(label), entries));
        }
        return new AzView(letters, articles.size());
    }

    private static void add(Map<String, List<AzView.Entry>> byLetter, AzView.Entry entry) {
        byLetter.computeIfAbsent(letterOf(entry.name()), letter -> new ArrayList<>()).add(entry);
    }

    static String letterOf(String name) {
        String key = ArticleSummary.sortKey(name).strip();
        if (!key.isEmpty() && key.charAt(0) >= 'a' && key.charAt(0) <= 'z') {
            return String.valueOf(Character.toUpperCase(key.charAt(0)));
        }
        return OTHER;
    }

    private static List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            labels.add(String.valueOf(c));
        }
        labels.add(OTHER);
        return labels;
    }

    private static String idOf(String label) {
        return label.equals(OTHER) ? "letter-0-9" : "letter-" + label.toLowerCase(Locale.ROOT);
    }
}
