package org.healthlib.core.content;

/**
 * Whether a folder's article bodies are kept deflated ({@code RenderedBody.packed()}): when their
 * HTML and text would take more than a quarter of the heap. Every body is held from loading to
 * the end of a build, with the pages, the plan and the index's buffers still to come; a library of
 * 50,000 articles of 9 KB holds about 1 GB of HTML and text, and ran out of the launcher's 1 GB
 * heap while loading. Deflating costs CPU (0.2–0.4 ms an article, and 0.05–0.2 ms for each
 * inflation, with the quick compiler), so a library that fits keeps its bodies as they are.
 * Which bodies are deflated changes no output.
 */
final class BodyPacking {
    /** HTML and text held per byte of Markdown: 994 MB for the 456 MB of 50,000 generated articles. */
    static final double HELD_PER_MARKDOWN_BYTE = 2.2;
    /** The share of the heap the bodies may take as they are. */
    static final double HEAP_SHARE = 0.25;

    private BodyPacking() {
    }

    /** For articles of {@code markdownBytes} together, with a heap of at most {@code maxHeapBytes}. */
    static boolean needed(long markdownBytes, long maxHeapBytes) {
        return markdownBytes * HELD_PER_MARKDOWN_BYTE > maxHeapBytes * HEAP_SHARE;
    }
}
