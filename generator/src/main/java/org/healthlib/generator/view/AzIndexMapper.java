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
    /** The site path of the index (of its first page, when it has a page per letter). */
    public static final String INDEX = "a-z/";

    private AzIndexMapper() {
    }

    /** An entry with its sort key, computed once. */
    private record Keyed(String key, AzView.Entry entry) {
        static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::key)
                .thenComparing(k -> k.entry().name()).thenComparing(k -> k.entry().seeTitle());
    }

    /** A page of the index and the site path it is written at. */
    public record AzPage(String path, AzView view) {
    }

    /**
     * The pages of the index: one page ({@code a-z/}) when it has at most {@code onePageLimit}
     * entries, else a page per letter: the first letter at {@code a-z/}, the others at
     * {@code a-z/b/}, {@code a-z/0-9/} ... as MedlinePlus does.
     */
    public static List<AzPage> pages(List<ArticleSummary> articles, int onePageLimit) {
        Map<String, List<AzView.Entry>> byLetter = entriesByLetter(articles);
        int size = byLetter.values().stream().mapToInt(List::size).sum();
        List<String> available = labels().stream().filter(byLetter::containsKey).toList();
        if (size <= onePageLimit || available.size() < 2) {
            List<AzView.Letter> letters = labels().stream()
                    .map(label -> letter(label, INDEX + "#" + idOf(label), byLetter, true)).toList();
            return List.of(new AzPage(INDEX, new AzView(letters, "", articles.size())));
        }
        List<AzPage> pages = new ArrayList<>();
        for (String shown : available) {
            List<AzView.Letter> letters = labels().stream()
                    .map(label -> letter(label, pathOf(label, available), byLetter, label.equals(shown))).toList();
            pages.add(new AzPage(pathOf(shown, available), new AzView(letters, shown, articles.size())));
        }
        return pages;
    }

    /**
     * Whether two summaries of an article give the same entries in the index: its names (title and
     * also-called), address and status are what an entry shows and what places it. The A–Z
     * pages of a library where one article changed and kept its entries are the same pages.
     */
    public static boolean sameEntries(ArticleSummary one, ArticleSummary other) {
        return one.title().equals(other.title()) && one.alsoCalled().equals(other.alsoCalled())
                && one.path().equals(other.path()) && one.statusLabel().equals(other.statusLabel());
    }

    /** The whole index on one page, whatever its size. */
    public static AzView map(List<ArticleSummary> articles) {
        return pages(articles, Integer.MAX_VALUE).get(0).view();
    }

    private static AzView.Letter letter(String label, String path, Map<String, List<AzView.Entry>> byLetter,
                                        boolean shown) {
        List<AzView.Entry> entries = byLetter.getOrDefault(label, List.of());
        return new AzView.Letter(label, idOf(label), path, !entries.isEmpty(), shown ? entries : List.of());
    }

    private static String pathOf(String label, List<String> available) {
        return label.equals(available.get(0)) ? INDEX : INDEX + idOf(label).substring("letter-".length()) + "/";
    }

    private static Map<String, List<AzView.Entry>> entriesByLetter(List<ArticleSummary> articles) {
        Map<String, List<Keyed>> byLetter = new TreeMap<>();
        for (ArticleSummary article : articles) {
            add(byLetter, new AzView.Entry(article.title(), "", article.path(), article.statusLabel()));
            for (String name : article.alsoCalled()) {
                add(byLetter, new AzView.Entry(name, article.title(), article.path(), article.statusLabel()));
            }
        }
        Map<String, List<AzView.Entry>> sorted = new TreeMap<>();
        byLetter.forEach((letter, keyed) -> sorted.put(letter, keyed.stream().sorted(Keyed.ORDER).map(Keyed::entry).toList()));
        return sorted;
    }

    private static void add(Map<String, List<Keyed>> byLetter, AzView.Entry entry) {
        String key = ArticleSummary.sortKey(entry.name()).strip();
        byLetter.computeIfAbsent(letterOf(key), letter -> new ArrayList<>()).add(new Keyed(key, entry));
    }

    /** The letter of a name's sort key: A to Z, or "0–9" for anything else. */
    private static String letterOf(String key) {
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
