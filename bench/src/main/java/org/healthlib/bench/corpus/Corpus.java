package org.healthlib.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A planned synthetic corpus: its vocabulary, topics and the head of every article (slug, title,
 * type, topics, review date), all drawn from one seed. Each article draws from a random of its
 * own ({@link #random(int, int)}), so an article's text depends on the seed and its number only.
 */
final class Corpus {
    static final List<String> TYPES = List.of("condition", "symptom", "test", "treatment", "procedure",
            "body-part", "wellness", "drug");
    static final List<String> REVIEWERS = List.of("primary-care-board", "heart-vascular-board",
            "behavioral-health-board", "medication-safety-board");
    /** Reviews fall between this day and {@link #LAST_REVIEW}: within the three-year interval of site.yaml. */
    static final LocalDate FIRST_REVIEW = LocalDate.of(2025, 1, 1);
    static final LocalDate LAST_REVIEW = LocalDate.of(2026, 6, 30);
    /** The day to judge the corpus on ({@code --today}): every review is current on it. */
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    private static final int VOCABULARY_SIZE = 4_000;
    private static final int TOPICS = 36;

    private final long seed;
    private final Vocabulary vocabulary;
    private final List<String> topics;
    private final List<ArticleHead> heads;

    private Corpus(long seed, Vocabulary vocabulary, List<String> topics, List<ArticleHead> heads) {
        this.seed = seed;
        this.vocabulary = vocabulary;
        this.topics = List.copyOf(topics);
        this.heads = List.copyOf(heads);
    }

    /** The corpus of {@code articles} articles drawn from {@code seed}. */
    static Corpus plan(int articles, long seed) {
        Random random = new Random(seed);
        Vocabulary vocabulary = Vocabulary.generate(random, VOCABULARY_SIZE);
        List<String> topics = topics(vocabulary, random);
        List<ArticleHead> heads = new ArrayList<>(articles);
        Set<String> slugs = new HashSet<>();
        int reviewDays = (int) (LAST_REVIEW.toEpochDay() - FIRST_REVIEW.toEpochDay()) + 1;
        for (int i = 0; i < articles; i++) {
            Random own = random(seed, i, 0);
            String title = vocabulary.phrase(own, 2 + own.nextInt(2), true);
            String slug = unique(title.toLowerCase().replace(' ', '-'), slugs);
            String type = TYPES.get(own.nextInt(TYPES.size()));
            Set<String> articleTopics = new LinkedHashSet<>();
            int topicCount = 1 + own.nextInt(3);
            while (articleTopics.size() < topicCount) {
                articleTopics.add(topics.get(own.nextInt(topics.size())));
            }
            LocalDate reviewed = FIRST_REVIEW.plusDays(own.nextInt(reviewDays));
            heads.add(new ArticleHead(slug, title, type, List.copyOf(articleTopics), reviewed));
        }
        return new Corpus(seed, vocabulary, topics, heads);
    }

    /** The random of part {@code part} of article {@code index}: 0 its head, 1 its text. */
    Random random(int index, int part) {
        return random(seed, index, part);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    List<String> topics() {
        return topics;
    }

    List<ArticleHead> heads() {
        return heads;
    }

    private static Random random(long seed, int index, int part) {
        long mixed = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + part * 0x94D049BB133111EBL;
        return new Random(mixed ^ (mixed >>> 31));
    }

    private static List<String> topics(Vocabulary vocabulary, Random random) {
        Set<String> topics = new LinkedHashSet<>();
        while (topics.size() < TOPICS) {
            String topic = vocabulary.word(random);
            topics.add(random.nextInt(3) == 0 ? topic + "-" + vocabulary.word(random) : topic);
        }
        return new ArrayList<>(topics);
    }

    private static String unique(String slug, Set<String> taken) {
        String candidate = slug;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }
}
