package org.healthlib.generator.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.healthlib.core.publish.StagedFolder;

/**
 * Writes a site beside the output folder ({@link StagedFolder}) and swaps it in only when the
 * build succeeded: a failed or interrupted build leaves the previous site as it was. A folder
 * that does not look like a built site is never replaced.
 */
public final class AtomicOutput implements PageOutput, AutoCloseable {
    private final StagedFolder folder;

    private AtomicOutput(StagedFolder folder) {
        this.folder = folder;
    }

    /** Starts a new site for {@code target}, checking first that the folder may be replaced. */
    public static AtomicOutput beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        checkReplaceable(absolute);
        try {
            return new AtomicOutput(StagedFolder.beside(absolute));
        } catch (IOException e) {
            throw new SiteOutputException("cannot create the site next to " + absolute + ": " + e.getMessage(), e);
        }
    }

    private static void checkReplaceable(Path target) {
        if (target.getParent() == null) {
            throw new SiteOutputException("refusing to write the site to the root folder " + target);
        }
        Path workingDirectory = Path.of("").toAbsolutePath().normalize();
        if (workingDirectory.startsWith(target)) {
            throw new SiteOutputException("refusing to replace " + target + ": it holds the current folder");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new SiteOutputException("cannot write the site to " + target + ": it is a file");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve("index.html")) && !isEmpty(target)) {
            throw new SiteOutputException("refusing to replace " + target
                    + ": it is not empty and does not look like a built site (no index.html)");
        }
    }

    /** The folder the new site is written to. */
    public Path root() {
        return folder.root();
    }

    /** The staged site, to be swapped in with the search index ({@link org.healthlib.core.publish.Publication}). */
    public StagedFolder staged() {
        return folder;
    }

    /** Writes a page of the new site, creating its folders. Safe to call from several threads. */
    @Override
    public void write(String file, String content) {
        Path path = folder.root().resolve(file);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, content);
        } catch (IOException e) {
            throw new SiteOutputException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Swaps the new site in place of the previous one, which is then deleted. */
    public void commit() {
        try {
            folder.commit();
        } catch (IOException e) {
            throw new SiteOutputException("cannot move the new site to " + folder.target() + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the new site unless it was committed. */
    @Override
    public void close() {
        try {
            folder.close();
        } catch (UncheckedIOException e) {
            throw new SiteOutputException("cannot remove the unfinished site: " + e.getCause().getMessage(), e);
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new SiteOutputException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }
}
