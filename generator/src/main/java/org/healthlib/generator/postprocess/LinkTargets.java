package org.healthlib.generator.postprocess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.healthlib.core.diagnostics.FilePaths;

/**
 * What an internal link may point to in this build: the site paths that will exist, and the
 * Markdown file of every article and page of the library (built or not), so that a link written
 * as {@code other-article.md} finds its page and a link to an unpublished article is recognised.
 */
public final class LinkTargets {
    private final Set<String> sitePaths;
    private final Map<String, Target> byFile;
    private final Map<String, Target> bySitePath;
    private final Map<String, List<String>> filesByName;

    /**
     * A Markdown file of the library and where it is published.
     *
     * @param file        relative to the content folder, with forward slashes
     * @param sitePath    where it is published; "" for a file that did not load
     * @param statusLabel "" when the page is part of this build, else why not ("Draft", "Has errors")
     */
    public record Target(String file, String sitePath, String statusLabel) {
        public boolean built() {
            return statusLabel.isEmpty();
        }
    }

    /**
     * @param sitePaths every path this build writes ("", "articles/afib/", "a-z/", "feed.xml", static files)
     * @param files     every article and page of the library
     */
    public LinkTargets(Set<String> sitePaths, List<Target> files) {
        this.sitePaths = Set.copyOf(sitePaths);
        this.byFile = new HashMap<>();
        this.bySitePath = new HashMap<>();
        this.filesByName = new HashMap<>();
        for (Target target : files) {
            byFile.put(target.file(), target);
            if (!target.sitePath().isEmpty()) {
                bySitePath.put(target.sitePath(), target);
            }
            String name = target.file().substring(target.file().lastIndexOf('/') + 1);
            filesByName.computeIfAbsent(name, n -> new ArrayList<>()).add(target.file());
        }
    }

    public static String key(Path file) {
        return FilePaths.portable(file.normalize());
    }

    public boolean exists(String sitePath) {
        return sitePaths.contains(sitePath);
    }

    public Optional<Target> byFile(String file) {
        return Optional.ofNullable(byFile.get(file));
    }

    /** An article or page of the library at this site path, built or not. */
    public Optional<Target> bySitePath(String sitePath) {
        return Optional.ofNullable(bySitePath.get(sitePath));
    }

    /** The files of the library with this name ("afib.md"), in any folder. */
    public List<String> filesNamed(String name) {
        return filesByName.getOrDefault(name, List.of());
    }

    /** Every Markdown file name, for "did you mean" suggestions. */
    public Set<String> fileNames() {
        return filesByName.keySet();
    }
}
