package org.healthlib.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Everything of one synthetic article beyond its head: summary, also-called names, sources, the
 * articles it links to and its body. Drawn again from the article's own random for each format
 * written, so the Healthlib and Hugo copies have the same text.
 *
 * @param summary    one sentence, under 300 characters
 * @param alsoCalled other names, possibly none
 * @param sources    reference titles; each gets a publisher and an address
 * @param body       the Markdown body
 */
record ArticleText(String summary, List<String> alsoCalled, List<String> sources, String body) {

    ArticleText {
        alsoCalled = List.copyOf(alsoCalled);
        sources = List.copyOf(sources);
    }

    /** Every fifth article has a table. */
    static ArticleText of(Corpus corpus, int index, Function<ArticleHead, String> href) {
        Random random = corpus.random(index, 1);
        Vocabulary vocabulary = corpus.vocabulary();
        String summary = vocabulary.phrase(random, 12 + random.nextInt(9), false) + ".";
        List<String> alsoCalled = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            alsoCalled.add(vocabulary.phrase(random, 1 + random.nextInt(2), true));
        }
        List<String> sources = new ArrayList<>();
        for (int n = 1 + random.nextInt(2); n > 0; n--) {
            sources.add(vocabulary.phrase(random, 3 + random.nextInt(4), false));
        }
        List<ArticleHead> linked = linked(corpus.heads(), index, random);
        String body = ArticleBody.write(vocabulary, random, linked, index % 5 == 0, href);
        return new ArticleText(summary, alsoCalled, sources, body);
    }

    /** Two to four other articles, none of them this one. */
    private static List<ArticleHead> linked(List<ArticleHead> heads, int index, Random random) {
        List<ArticleHead> linked = new ArrayList<>();
        if (heads.size() < 2) {
            return linked;
        }
        for (int n = 2 + random.nextInt(3); n > 0; n--) {
            int other = random.nextInt(heads.size() - 1);
            linked.add(heads.get(other >= index ? other + 1 : other));
        }
        return linked;
    }
}
