package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.model.Page;

/** Loads the stand-alone pages ({@code pages/*.md}): few files, loaded one after the other. */
final class PageLoader {
    private final Path root;
    private final MarkdownRenderer renderer;

    PageLoader(Path root, MarkdownRenderer renderer) {
        this.root = root;
        this.renderer = renderer;
    }

    /** The pages without errors, in path order; every problem goes to {@code diagnostics}. */
    List<Page> load(List<Path> files, Diagnostics diagnostics) {
        List<Page> pages = new ArrayList<>();
        Map<String, Path> slugs = new HashMap<>();
        for (Path file : files) {
            Diagnostics own = new Diagnostics();
            load(file, slugs, own).filter(page -> !own.hasErrors()).ifPresent(pages::add);
            diagnostics.addAll(own.sorted());
        }
        return pages;
    }

    private Optional<Page> load(Path file, Map<String, Path> slugs, Diagnostics diagnostics) {
        Optional<FrontMatterParser.Parsed> parsed = TextFiles.read(root, file, diagnostics)
                .flatMap(text -> FrontMatterParser.parse(file, text, diagnostics));
        Optional<PageReader.PageFrontMatter> frontMatter = parsed.flatMap(p -> PageReader.read(file, p.fields()));
        if (frontMatter.isEmpty() || !SiteAddresses.isUniquePage(file, frontMatter.get().slug(),
                frontMatter.get().positions().value("slug"), slugs, diagnostics)) {
            return Optional.empty();
        }
        return BodyRendering.render(renderer, file, parsed.get().body(), parsed.get().bodyFirstLine(), diagnostics)
                .map(frontMatter.get()::toPage);
    }
}
