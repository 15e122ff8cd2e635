package org.healthlib.generator.site;

/** Hears how a build advances, for a progress bar. Called from the rendering threads. */
@FunctionalInterface
public interface BuildListener {
    BuildListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} article pages are rendered and written. */
    void articlesRendered(int done, int total);
}
