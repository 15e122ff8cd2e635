package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.model.Article;
import org.healthlib.core.yaml.KeyPositions;

/** What loading one article file gave: the article when it had no errors, and its diagnostics. */
record LoadedArticle(Path file, Optional<Article> article, KeyPositions positions, List<Diagnostic> diagnostics) {
    LoadedArticle {
        diagnostics = List.copyOf(diagnostics);
    }
}
