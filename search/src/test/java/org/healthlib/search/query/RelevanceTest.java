package org.healthlib.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.healthlib.search.testing.Medquad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reader-style queries over the MedQuAD corpus ({@code relevance/queries.tsv}: lay words,
 * misspellings, abbreviations, questions) and the articles a reader expects: at least 90% must
 * have one of them in the top 3.
 */
class RelevanceTest {
    private static final int TOP = 3;
    private static final double REQUIRED = 0.90;
    static SearchService search;

    record Case(String query, List<String> expected) {
    }

    @BeforeAll
    static void index() throws IOException {
        search = Medquad.search();
    }

    @AfterAll
    static void close() throws IOException {
        if (search != null) {
            search.close();
        }
    }

    @Test
    void mostReaderQueriesFindAnExpectedArticleInTheTopThree() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            List<String> top = search.search(new SearchRequest(c.query(), java.util.Optional.empty(),
                    java.util.Optional.empty(), 1, TOP)).hits().stream().map(SearchHit::slug).toList();
            if (top.stream().noneMatch(c.expected()::contains)) {
                failures.add(c.query() + " -> " + top + " (expected one of " + c.expected() + ")");
            }
        }
        double rate = 1.0 - (double) failures.size() / cases.size();
        System.out.printf(Locale.ROOT, "relevance: %d of %d queries (%.1f%%) have an expected article in the top %d%n",
                cases.size() - failures.size(), cases.size(), 100 * rate, TOP);
        failures.forEach(failure -> System.out.println("  missed: " + failure));
        assertThat(rate).as("share of queries with an expected article in the top 3; missed: %s", failures)
                .isGreaterThanOrEqualTo(REQUIRED);
    }

    static List<Case> cases() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/queries.tsv")) {
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                cases.add(new Case(parts[0], Arrays.asList(parts[1].strip().split(","))));
            }
            return cases;
        }
    }
}
