package org.healthlib.bench.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * What other articles need to know of one synthetic article before any body is written: its
 * address and name (for links), its kind and topics, and the date it was reviewed.
 *
 * @param slug     the file name without {@code .md}, unique in the corpus
 * @param title    the article's name
 * @param type     one of the content format's article types
 * @param topics   topic slugs
 * @param reviewed the date of its last review
 */
record ArticleHead(String slug, String title, String type, List<String> topics, LocalDate reviewed) {

    ArticleHead {
        topics = List.copyOf(topics);
    }
}
