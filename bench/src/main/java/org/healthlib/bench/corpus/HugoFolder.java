package org.healthlib.bench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the same articles as a Hugo content folder ({@code content/articles/SLUG.md}), for the
 * minimal theme of {@code bench/hugo/}: front matter {@code title}, {@code date} (the review
 * date), {@code summary}, {@code tags} (the topics) and {@code categories} (the type); links to
 * other articles become their addresses ({@code ../other/}).
 */
final class HugoFolder {
    private HugoFolder() {
    }

    static void write(Corpus corpus, Path folder) throws IOException {
        Path articles = Files.createDirectories(folder.resolve("content").resolve("articles"));
        List<ArticleHead> heads = corpus.heads();
        for (int i = 0; i < heads.size(); i++) {
            ArticleHead head = heads.get(i);
            ArticleText text = ArticleText.of(corpus, i, h -> "../" + h.slug() + "/");
            HealthlibFolder.write(articles.resolve(head.slug() + ".md"), article(head, text));
        }
    }

    private static String article(ArticleHead head, ArticleText text) {
        return "---\n"
                + "title: " + HealthlibFolder.quoted(head.title()) + "\n"
                + "date: " + head.reviewed() + "\n"
                + "summary: " + HealthlibFolder.quoted(text.summary()) + "\n"
                + "tags: [" + String.join(", ", head.topics()) + "]\n"
                + "categories: [" + head.type() + "]\n"
                + "also_called: [" + text.alsoCalled().stream().map(HealthlibFolder::quoted)
                        .collect(Collectors.joining(", ")) + "]\n"
                + "---\n"
                + text.body();
    }
}
