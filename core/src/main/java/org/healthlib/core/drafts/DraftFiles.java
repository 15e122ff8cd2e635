package org.healthlib.core.drafts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.FilePaths;
import org.healthlib.core.model.Article;

/** Writes drafts into a content folder, never over an existing file nor under a slug another article has. */
public final class DraftFiles {
    private DraftFiles() {
    }

    /**
     * Why a draft with this slug cannot be written to {@code articles/{slug}.md} of the library's
     * folder: the file exists, or another article has the slug; nothing when it can.
     */
    public static Optional<String> conflict(Library library, String slug) {
        Path relative = Path.of("articles", slug + ".md");
        if (Files.exists(library.root().resolve(relative))) {
            return Optional.of(FilePaths.portable(relative) + " already exists; it was not overwritten");
        }
        return library.articles().stream().filter(article -> article.slug().equals(slug)).findFirst()
                .map(Article::file)
                .map(file -> "the slug '" + slug + "' is already used by " + FilePaths.portable(file));
    }

    /**
     * Writes {@code text} to {@code articles/{slug}.md} under {@code root}, creating the folder.
     *
     * @return the file written, or nothing when a file is already there (it is left as it was)
     * @throws UncheckedIOException when the file cannot be written
     */
    public static Optional<Path> create(Path root, String slug, String text) {
        Path file = root.resolve("articles").resolve(slug + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return Optional.of(file);
        } catch (FileAlreadyExistsException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
