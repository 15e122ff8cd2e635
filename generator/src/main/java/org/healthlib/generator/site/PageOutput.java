package org.healthlib.generator.site;

/**
 * Where rendered pages go: a whole new site ({@link AtomicOutput}) or a few pages over a built one
 * ({@link PageBatch}).
 */
interface PageOutput {
    /** Writes a file of the site ("articles/afib/index.html"), creating its folders. */
    void write(String file, String content);
}
