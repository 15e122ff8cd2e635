package org.healthlib.generator.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Writes a site beside the output folder and swaps it in only when the build succeeded: a failed
 * or interrupted build leaves the previous site as it was. The new site is built in
 * {@code .<name>.building-<n>} next to the output folder (same file system, so the swap is two
 * renames), and a folder that does not look like a built site is never replaced.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    private AtomicOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a new site for {@code target}, checking first that the folder may be replaced. */
    public static AtomicOutput beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        checkReplaceable(absolute);
        try {
            Files.createDirectories(absolute.getParent());
            Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".building-");
            return new AtomicOutput(absolute, staging);
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
        return staging;
    }

    /** Writes a page of the new site, creating its folders. Safe to call from several threads. */
    public void write(String file, String content) {
        Path path = staging.resolve(file);
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
            Path previous = null;
            if (Files.exists(target)) {
                previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
                Files.delete(previous);
                move(target, previous);
            }
            try {
                move(staging, target);
            } catch (IOException e) {
                if (previous != null) {
                    move(previous, target);
                }
                throw e;
            }
            committed = true;
            if (previous != null) {
                deleteTree(previous);
            }
        } catch (IOException e) {
            throw new SiteOutputException("cannot move the new site to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the new site unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new SiteOutputException("cannot remove the unfinished site " + staging + ": " + e.getMessage(), e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new SiteOutputException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
