package org.healthlib.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a corpus as a Healthlib content folder (docs/content-format.md): {@code site.yaml},
 * {@code reviewers.yaml}, {@code pages/editorial-process.md} and one published article per head
 * in {@code articles/}, linking to the others by file name ({@code other.md}).
 */
final class HealthlibFolder {
    private HealthlibFolder() {
    }

    static void write(Corpus corpus, Path folder) throws IOException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Files.createDirectories(folder.resolve("pages"));
        write(folder.resolve("site.yaml"), """
                title: Synthetic Health Library
                base_url: https://bench.healthlib.example.org/
                language: en
                review_interval: P3Y
                review_warning: P90D
                overdue_policy: warn
                reading_grade_target: 8
                """);
        write(folder.resolve("reviewers.yaml"), reviewers());
        write(folder.resolve("pages").resolve("editorial-process.md"), """
                ---
                title: Our editorial process
                summary: How the articles of this synthetic library are written and reviewed.
                ---
                Every article is reviewed by one of our editorial boards at least every three years.
                """);
        List<ArticleHead> heads = corpus.heads();
        for (int i = 0; i < heads.size(); i++) {
            ArticleHead head = heads.get(i);
            write(articles.resolve(head.slug() + ".md"), article(head, ArticleText.of(corpus, i, h -> h.slug() + ".md")));
        }
    }

    private static String reviewers() {
        StringBuilder yaml = new StringBuilder();
        for (String id : Corpus.REVIEWERS) {
            String name = Vocabulary.capitalise(id.replace("-board", "").replace('-', ' ')) + " Editorial Board";
            yaml.append(id).append(":\n  name: ").append(name).append("\n  credentials: Physicians and nurses\n");
        }
        return yaml.toString();
    }

    private static String article(ArticleHead head, ArticleText text) {
        StringBuilder md = new StringBuilder(text.body().length() + 800);
        md.append("---\n")
                .append("title: ").append(quoted(head.title())).append('\n')
                .append("summary: ").append(quoted(text.summary())).append('\n')
                .append("type: ").append(head.type()).append('\n')
                .append("topics: [").append(String.join(", ", head.topics())).append("]\n");
        if (!text.alsoCalled().isEmpty()) {
            md.append("also_called: [").append(text.alsoCalled().stream().map(HealthlibFolder::quoted)
                    .collect(Collectors.joining(", "))).append("]\n");
        }
        md.append("status: published\n")
                .append("reviewed: ").append(head.reviewed()).append('\n')
                .append("reviewed_by: ").append(reviewer(head)).append('\n')
                .append("sources:\n");
        for (int s = 0; s < text.sources().size(); s++) {
            md.append("  - title: ").append(quoted(Vocabulary.capitalise(text.sources().get(s)))).append('\n')
                    .append("    publisher: Synthetic Health Institute\n")
                    .append("    url: https://sources.example.org/").append(head.slug()).append('/').append(s + 1)
                    .append('\n');
        }
        return md.append("---\n").append(text.body()).toString();
    }

    static String reviewer(ArticleHead head) {
        return Corpus.REVIEWERS.get(Math.floorMod(head.slug().hashCode(), Corpus.REVIEWERS.size()));
    }

    /** Generated words are plain letters, so double quotes are all a value needs. */
    static String quoted(String value) {
        return '"' + value + '"';
    }

    static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
