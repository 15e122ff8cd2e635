package org.healthlib.generator.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Some files of a built site, written again: each is first written into a hidden folder inside
 * the site, and only when all are written is each moved over its old version, so a reader never
 * sees half a file, and a batch that is closed without {@link #publish()} changes nothing.
 * A folder a killed run left goes when the next full build replaces the site.
 */
final class PageBatch implements PageOutput, AutoCloseable {
    private static final String PREFIX = ".update-";

    private final Path site;
    private final Path root;

    private PageBatch(Path site, Path root) {
        this.site = site;
        this.root = root;
    }

    /** A new batch over the built site {@code site}. */
    static PageBatch over(Path site) {
        try {
            return new PageBatch(site, Files.createTempDirectory(site, PREFIX));
        } catch (IOException e) {
            throw new SiteOutputException("cannot write pages into " + site + ": " + e.getMessage(), e);
        }
    }

    /** The folder the files are written to, as the root of a site (for writers that take a folder). */
    Path root() {
        return root;
    }

    @Override
    public void write(String file, String content) {
        Path path = root.resolve(file);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SiteOutputException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Moves every file written into the batch, including those written through {@link #root()}, over the site's. */
    List<String> publish() {
        List<String> written = written();
        for (String file : written) {
            Path target = site.resolve(file);
            try {
                Files.createDirectories(target.getParent());
                Files.move(root.resolve(file), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new SiteOutputException("cannot write " + target + ": " + e.getMessage(), e);
            }
        }
        return written;
    }

    private List<String> written() {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SiteOutputException("cannot read " + root + ": " + e.getMessage(), e);
        }
    }

    /** Removes the batch's folder, with whatever was not published. */
    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
