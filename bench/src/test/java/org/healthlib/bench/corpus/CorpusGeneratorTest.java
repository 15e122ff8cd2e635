package org.healthlib.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        CorpusGenerator.generate(40, 7, temp.resolve("a"), temp.resolve("a-hugo"));
        CorpusGenerator.generate(40, 7, temp.resolve("b"), temp.resolve("b-hugo"));

        assertThat(files(temp.resolve("b"))).isEqualTo(files(temp.resolve("a")));
        assertThat(files(temp.resolve("b-hugo"))).isEqualTo(files(temp.resolve("a-hugo")));
    }

    @Test
    void anotherSeedWritesOtherArticles() throws IOException {
        CorpusGenerator.generate(10, 1, temp.resolve("a"), null);
        CorpusGenerator.generate(10, 2, temp.resolve("b"), null);

        assertThat(files(temp.resolve("b")).keySet()).isNotEqualTo(files(temp.resolve("a")).keySet());
    }

    @Test
    void articlesHaveTheShapeOfTheIssue() throws IOException {
        CorpusGenerator.generate(20, 3, temp.resolve("c"), null);

        try (Stream<Path> articles = Files.list(temp.resolve("c/articles"))) {
            for (Path article : articles.toList()) {
                String text = Files.readString(article);
                String body = text.substring(text.indexOf("\n---\n") + 5);
                long headings = body.lines().filter(line -> line.startsWith("## ")).count();
                int words = body.split("\\s+").length;
                assertThat(headings).as(article.toString()).isBetween(6L, 10L);
                assertThat(words).as(article.toString()).isBetween(1_000, 1_300);
                assertThat(body).as(article.toString()).contains(".md)");
            }
        }
        long withTables;
        try (Stream<Path> articles = Files.list(temp.resolve("c/articles"))) {
            withTables = articles.filter(a -> read(a).contains("|---|")).count();
        }
        assertThat(withTables).isEqualTo(4);
    }

    @Test
    void theHugoCopyHasTheSameArticles() throws IOException {
        CorpusGenerator.generate(15, 4, temp.resolve("d"), temp.resolve("d-hugo"));

        assertThat(files(temp.resolve("d-hugo/content/articles")).keySet())
                .isEqualTo(files(temp.resolve("d/articles")).keySet());
    }

    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
