package org.healthlib.generator.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Some files of a built site, written again: each is first written into a hidden folder inside
 * the site, and only when all are written is each moved over its old version, so a reader never
 * sees half a file, and a batch that is closed without {@link #publish()} changes nothing.
 * One file may go ahead of the others ({@link #publishFirst}), the page an editor waits for; a
 * batch closed without {@link #publish()} puts back the version it replaced.
 * A folder a killed run left goes when the next full build replaces the site.
 */
final class PageBatch implements PageOutput, AutoCloseable {
    private static final String PREFIX = ".update-";

    private final Path site;
    private final Path root;
    /** The files published ahead of the batch, each with the bytes it replaced (none when it is new). */
    private final Map<String, Optional<byte[]>> replaced = new LinkedHashMap<>();
    private boolean published;

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

    /**
     * Writes one file and moves it over the site's at once, ahead of the rest of the batch. Its
     * old version is kept, for {@link #close()} to put back unless the batch is published.
     */
    void publishFirst(String file, String content) {
        Path target = site.resolve(file);
        try {
            replaced.putIfAbsent(file, Files.exists(target) ? Optional.of(Files.readAllBytes(target)) : Optional.empty());
        } catch (IOException e) {
            throw new SiteOutputException("cannot read " + target + ": " + e.getMessage(), e);
        }
        write(file, content);
        move(file);
    }

    /**
     * Moves every file written into the batch, including those written through {@link #root()}, over the site's.
     *
     * @return every file the batch published, those published first included
     */
    List<String> publish() {
        List<String> written = written();
        written.forEach(this::move);
        published = true;
        Set<String> all = new TreeSet<>(written);
        all.addAll(replaced.keySet());
        return List.copyOf(all);
    }

    private void move(String file) {
        Path target = site.resolve(file);
        try {
            Files.createDirectories(target.getParent());
            Files.move(root.resolve(file), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SiteOutputException("cannot write " + target + ": " + e.getMessage(), e);
        }
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

    /**
     * Removes the batch's folder, with whatever was not published; when the batch was not
     * published, first puts back what the files published ahead of it replaced.
     */
    @Override
    public void close() {
        try {
            if (!published) {
                restore();
            }
        } finally {
            remove();
        }
    }

    private void restore() {
        replaced.forEach((file, previous) -> {
            if (previous.isPresent()) {
                write(file, previous.get());
                move(file);
            } else {
                try {
                    Files.deleteIfExists(site.resolve(file));
                } catch (IOException e) {
                    throw new SiteOutputException("cannot remove " + site.resolve(file) + ": " + e.getMessage(), e);
                }
            }
        });
    }

    private void write(String file, byte[] content) {
        Path path = root.resolve(file);
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, content);
        } catch (IOException e) {
            throw new SiteOutputException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    private void remove() {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
