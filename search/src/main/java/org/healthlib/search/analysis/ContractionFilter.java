package org.healthlib.search.analysis;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Contractions become the word they shorten, with or without their apostrophe: "didn't" and
 * "didnt" -> "did", "you're" and "youre" -> "you"; the negation is dropped, as "not" is a stop
 * word on both sides anyway. "can't", "cant" and "cannot" all become "cannot", which is kept:
 * "cannot sleep", "cannot hear" describe a symptom, and a synonym entry written "can't sleep"
 * must stay a phrase, not become "sleep". Readers type "cant sleep" for "can't sleep", and
 * MedQuAD itself writes "dont" and "youre" in some sources; without this the apostrophe-less
 * words matched nothing, or a name ("Cant syndrome"), or were "corrected" into unrelated words.
 *
 * <p>Only the contractions of the list below lose their apostrophe-less form, never a word
 * that is also a common English word ("ill", "well", "shell", "were", "wed", "lets"). "cant"
 * is also a name (Cant syndrome), so it is read as "can't" only when written in lower case.
 * Runs before lower-casing; possessives ("Alzheimer's") are the possessive filter's.
 */
final class ContractionFilter extends TokenFilter {

    /** Apostrophe-less contractions readers type, and the word each stands for. */
    static final Map<String, String> WITHOUT_APOSTROPHE = Map.ofEntries(
            Map.entry("didnt", "did"), Map.entry("doesnt", "does"), Map.entry("dont", "do"),
            Map.entry("isnt", "is"), Map.entry("arent", "are"), Map.entry("wasnt", "was"),
            Map.entry("werent", "were"), Map.entry("cant", "cannot"),
            Map.entry("couldnt", "could"), Map.entry("wouldnt", "would"), Map.entry("shouldnt", "should"),
            Map.entry("wont", "will"), Map.entry("hasnt", "has"), Map.entry("havent", "have"),
            Map.entry("hadnt", "had"), Map.entry("aint", "is"), Map.entry("mustnt", "must"),
            Map.entry("neednt", "need"), Map.entry("ive", "i"), Map.entry("youre", "you"),
            Map.entry("youve", "you"), Map.entry("youll", "you"), Map.entry("theyre", "they"),
            Map.entry("theyve", "they"), Map.entry("thats", "that"), Map.entry("whats", "what"),
            Map.entry("whos", "who"), Map.entry("wheres", "where"), Map.entry("theres", "there"),
            Map.entry("hes", "he"), Map.entry("shes", "she"));

    /** Apostrophe-less forms that are also names, read as contractions only in lower case. */
    private static final String NAME_TOO = "cant";

    /** The irregular stems of "n't": "can't", "won't", "shan't", "ain't". */
    private static final Map<String, String> IRREGULAR_NOT = Map.of("ca", "cannot", "wo", "will", "sha", "shall",
            "ai", "is");

    private static final String[] APOSTROPHE_ENDINGS = {"n't", "'ve", "'re", "'ll", "'d", "'m"};

    /**
     * {@link #WITHOUT_APOSTROPHE} looked up in the token's own buffer, ignoring case: every token of
     * every body passes through this filter, and nearly none is a contraction, so the common answer
     * ("not one") is given without making a string of the token.
     */
    private static final CharArrayMap<String> LOOKUP = lookup();
    /** The lengths of {@link #WITHOUT_APOSTROPHE}'s words. */
    private static final int SHORTEST = WITHOUT_APOSTROPHE.keySet().stream().mapToInt(String::length).min().orElse(0);
    private static final int LONGEST = WITHOUT_APOSTROPHE.keySet().stream().mapToInt(String::length).max().orElse(0);
    /** The last letters of {@link #WITHOUT_APOSTROPHE}'s words, in either case: most words end otherwise. */
    private static final String ENDINGS = endings();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ContractionFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!mayBeContraction(term.buffer(), term.length())) {
            return true;
        }
        String word = term.toString();
        String expanded = expand(word);
        if (!expanded.equals(word)) {
            term.setEmpty().append(expanded);
        }
        return true;
    }

    /** Whether {@link #expand} may change the word: it has an apostrophe or is an apostrophe-less contraction. */
    static boolean mayBeContraction(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] == '\'' || buffer[i] == '\u2019') {
                return true;
            }
        }
        return length >= SHORTEST && length <= LONGEST && ENDINGS.indexOf(buffer[length - 1]) >= 0
                && LOOKUP.containsKey(buffer, 0, length);
    }

    private static String endings() {
        StringBuilder endings = new StringBuilder();
        WITHOUT_APOSTROPHE.keySet().stream().map(word -> word.charAt(word.length() - 1)).distinct()
                .forEach(last -> endings.append(last).append(Character.toUpperCase(last)));
        return endings.toString();
    }

    private static CharArrayMap<String> lookup() {
        CharArrayMap<String> map = new CharArrayMap<>(WITHOUT_APOSTROPHE.size(), true);
        map.putAll(WITHOUT_APOSTROPHE);
        return CharArrayMap.unmodifiableMap(map);
    }

    /** The word a contraction stands for, in the case it was written; any other word unchanged. */
    static String expand(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        for (String ending : APOSTROPHE_ENDINGS) {
            if (lower.endsWith(ending) && lower.length() > ending.length()) {
                String stem = lower.substring(0, lower.length() - ending.length());
                return ending.equals("n't") ? IRREGULAR_NOT.getOrDefault(stem, stem) : stem;
            }
        }
        String base = WITHOUT_APOSTROPHE.get(lower);
        if (base == null || lower.equals(NAME_TOO) && !word.equals(lower)) {
            return word;
        }
        return base;
    }
}
