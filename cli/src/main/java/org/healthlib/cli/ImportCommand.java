package org.healthlib.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.healthlib.core.content.Library;
import org.healthlib.core.content.TextFiles;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.FilePaths;
import org.healthlib.core.diagnostics.Position;
import org.healthlib.core.drafts.Draft;
import org.healthlib.core.drafts.DraftFiles;
import org.healthlib.core.drafts.Drafts;
import org.healthlib.core.drafts.LegacyArticle;
import org.healthlib.core.drafts.LegacyText;
import org.healthlib.core.drafts.Slugs;
import org.healthlib.core.model.ArticleType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code healthlib import FILE...}: turns legacy plain-text articles (see {@code seeds/README.md})
 * into Markdown drafts in the content folder's {@code articles/}. Prints, per file, what was
 * dropped and each list lead-in to restore as warnings at their line, or why the file was not
 * imported as an error, then the draft written; a summary last. Exit 1 when a file was not imported.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Import legacy plain-text articles as Markdown drafts into the content folder's articles/.",
            "Keeps the paragraphs and the review date; drops the closing promotion and the library boilerplate;",
            "marks each list lead-in whose list was lost with a TODO. Never overwrites a file."})
final class ImportCommand implements Callable<Integer> {
    private static final String DEFAULT_TYPE = "wellness";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Plain-text articles, such as seeds/*.txt.")
    List<Path> files;

    @Option(names = "--reviewed-by", paramLabel = "ID", description = "The reviewer id to write in each draft (default: none).")
    String reviewedBy;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "The type of the drafts (default: " + DEFAULT_TYPE + ", marked TODO for the editor to check).")
    String type;

    @Mixin
    DraftOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArticleType articleType = DraftOptions.type(spec.commandLine(), "type", type == null ? DEFAULT_TYPE : type);
        Library library = options.library();
        Optional<String> reviewer = DraftOptions.reviewer(spec.commandLine(), library, reviewedBy);
        PrintWriter out = spec.commandLine().getOut();
        int imported = 0;
        long errors = 0;
        long warnings = 0;
        for (Path file : files) {
            Diagnostics diagnostics = new Diagnostics();
            Optional<Path> written = importOne(file, library, articleType, reviewer, diagnostics);
            new DiagnosticPrinter(out).print(diagnostics.sorted());
            written.ifPresent(path -> out.println("Wrote " + FilePaths.portable(path)));
            imported += written.isPresent() ? 1 : 0;
            errors += diagnostics.errorCount();
            warnings += diagnostics.warningCount();
        }
        out.println("Imported " + imported + " of " + DiagnosticPrinter.count(files.size(), "file") + ": "
                + DiagnosticPrinter.count(errors, "error") + ", " + DiagnosticPrinter.count(warnings, "warning") + ".");
        out.flush();
        return imported == files.size() ? 0 : 1;
    }

    private Optional<Path> importOne(Path file, Library library, ArticleType articleType, Optional<String> reviewer,
                                     Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            diagnostics.add(Diagnostic.error(file, 0, 0, Files.exists(file) ? "not a file" : "no such file"));
            return Optional.empty();
        }
        String title = Slugs.titleOfFileName(file.getFileName().toString());
        Optional<String> slug = Slugs.of(title);
        if (slug.isEmpty()) {
            diagnostics.add(Diagnostic.error(file, Position.START, "the file name has no letter or digit to make a slug of"));
            return Optional.empty();
        }
        Optional<String> conflict = DraftFiles.conflict(library, slug.get());
        if (conflict.isPresent()) {
            diagnostics.add(Diagnostic.error(file, Position.START, conflict.get()));
            return Optional.empty();
        }
        Optional<LegacyArticle> article = TextFiles.read(Path.of(""), file, diagnostics)
                .flatMap(text -> LegacyText.parse(file, text, diagnostics));
        if (article.isEmpty()) {
            return Optional.empty();
        }
        Draft draft = Drafts.fromLegacy(article.get(), title, articleType, type == null, reviewer);
        Optional<Path> written = DraftFiles.create(options.content, slug.get(), draft.text());
        if (written.isEmpty()) {
            diagnostics.add(Diagnostic.error(file, Position.START, "articles/" + slug.get() + ".md already exists; it was not overwritten"));
        }
        return written;
    }
}
