package org.healthlib.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.healthlib.core.content.Library;
import org.healthlib.core.diagnostics.FilePaths;
import org.healthlib.core.drafts.Draft;
import org.healthlib.core.drafts.DraftFiles;
import org.healthlib.core.drafts.Drafts;
import org.healthlib.core.drafts.Slugs;
import org.healthlib.core.model.ArticleType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code healthlib new "Title" --type T}: writes a draft article, {@code articles/{slug}.md} with
 * the slug made from the title, with complete front matter and the sections of its type, and
 * prints its path. It never replaces a file, nor takes a slug another article has (exit 1).
 */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Start a draft article: front matter and the sections of its type, in articles/{slug}.md.",
            "Prints the path of the new file. Never overwrites a file."})
final class NewCommand implements Callable<Integer> {
    private static final Pattern TOPIC = Pattern.compile("[a-z0-9-]+");

    @Parameters(index = "0", paramLabel = "TITLE", description = "The article's title, as readers search for it.")
    String title;

    @Option(names = "--type", required = true, paramLabel = "TYPE",
            description = "condition, symptom, test, treatment, procedure, body-part, wellness or drug.")
    String type;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "A topic slug, such as heart-health.")
    String topic;

    @Mixin
    DraftOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine line = spec.commandLine();
        ArticleType articleType = DraftOptions.type(line, "type", type);
        if (topic != null && !TOPIC.matcher(topic).matches()) {
            throw new CommandLine.ParameterException(line, "a topic must use only a-z, 0-9 and '-' (got \"" + topic + "\")");
        }
        String slug = Slugs.of(title).orElseThrow(() -> new CommandLine.ParameterException(line,
                "the title \"" + title + "\" has no letter or digit to make a file name of"));
        Library library = options.library();
        Optional<String> conflict = DraftFiles.conflict(library, slug);
        if (conflict.isPresent()) {
            line.getErr().println("healthlib: error: " + conflict.get());
            return 1;
        }
        Draft draft = Drafts.newArticle(title.strip(), articleType, Optional.ofNullable(topic));
        Optional<java.nio.file.Path> written = DraftFiles.create(options.content, slug, draft.text());
        if (written.isEmpty()) {
            line.getErr().println("healthlib: error: articles/" + slug + ".md already exists; it was not overwritten");
            return 1;
        }
        line.getOut().println(FilePaths.portable(written.get()));
        line.getOut().flush();
        return 0;
    }
}
