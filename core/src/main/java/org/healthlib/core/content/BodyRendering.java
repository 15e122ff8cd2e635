package org.healthlib.core.content;

import java.nio.file.Path;
import java.util.Optional;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.markdown.MarkdownRenderer;
import org.healthlib.core.markdown.RenderedBody;

/** Renders a Markdown body; a body the renderer cannot handle is reported, never thrown. */
final class BodyRendering {

    private BodyRendering() {
    }

    static Optional<RenderedBody> render(MarkdownRenderer renderer, Path file, String body, int firstLine,
                                         Diagnostics diagnostics) {
        try {
            return Optional.of(renderer.render(body, firstLine));
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error(file, firstLine, 1, "the body could not be rendered (" + e + ")"));
            return Optional.empty();
        }
    }
}
