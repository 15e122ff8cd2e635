package org.healthlib.cli;

import java.nio.file.Path;
import org.healthlib.core.content.LoadOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that publish a content folder ({@code build}, {@code serve}). */
final class PublishOptions {

    @Mixin
    ContentOptions content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site",
            description = "Folder the site is written to (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "target/search-index",
            description = "Folder the search index is written to (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder for what the next build can reuse: the record of the last build and the articles' "
                    + "vectors for semantic search (default: .healthlib-cache beside the --out folder).")
    Path cache;

    private CacheFolder cacheFolder;

    @Option(names = "--drafts",
            description = "Also build draft, in-review and retired articles, marked as not published (a preview).")
    boolean drafts;

    /** One per command run, so that {@code serve} loads the embedding model once. */
    CacheFolder cacheFolder() {
        if (cacheFolder == null) {
            cacheFolder = CacheFolder.in(cacheDir());
        }
        return cacheFolder;
    }

    /** {@code --cache}, or {@code .healthlib-cache} beside the site folder (target/.healthlib-cache by default). */
    Path cacheDir() {
        return cache != null ? cache : BuildCache.defaultFolder(out);
    }

    LoadOptions loadOptions() {
        return new LoadOptions(content.content, content.todayOrClock(), drafts);
    }
}
