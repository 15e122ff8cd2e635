package org.healthlib.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.healthlib.core.content.ContentLoader;
import org.healthlib.core.content.Library;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.diagnostics.Suggestions;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.ArticleType;
import org.healthlib.core.model.Slugged;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What the commands that write drafts ({@code new}, {@code import}) share: the content folder and the checks of their options. */
final class DraftOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "site-content",
            description = "Content folder the draft is written to, under articles/ (default: ${DEFAULT-VALUE}).")
    Path content;

    /** The folder as loaded, for the slugs and reviewers in use; dates do not matter to a draft. */
    Library library() {
        return new ContentLoader(MarkdownRenderer.forChecking())
                .load(new LoadOptions(content, LocalDate.now(), false)).library();
    }

    /** The article type named by an option, or a usage error that lists the types. */
    static ArticleType type(CommandLine line, String option, String value) {
        return Slugged.fromSlug(ArticleType.class, value).orElseThrow(() -> new CommandLine.ParameterException(line,
                "unknown " + option + " '" + value + "'" + Suggestions.didYouMean(value, Slugged.slugs(ArticleType.class))
                        + "; the types are " + String.join(", ", Slugged.slugs(ArticleType.class))));
    }

    /** A reviewer id of the library, or a usage error. */
    static Optional<String> reviewer(CommandLine line, Library library, String id) {
        if (id == null || library.reviewers().find(id).isPresent()) {
            return Optional.ofNullable(id);
        }
        throw new CommandLine.ParameterException(line, "unknown reviewer '" + id + "'"
                + Suggestions.didYouMean(id, library.reviewers().ids().stream().sorted().toList())
                + " (the reviewers are the keys of reviewers.yaml)");
    }
}
