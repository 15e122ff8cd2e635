package org.healthlib.core.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.List;

/**
 * A folder written beside its target and swapped in only when complete, so that a reader of the
 * target never sees half of it and a failed run leaves it as it was. The new folder is
 * {@code .<name>.staging-<n>} next to the target (the same file system, so the swap is two
 * renames); the previous one is moved to {@code .<name>.old-<n>} and deleted. One helper for the
 * site and the search index alike; {@link Publication} swaps several in together.
 */
public final class StagedFolder implements AutoCloseable {
    static final String STAGING = ".staging-";
    static final String OLD = ".old-";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a new folder for {@code target}. */
    public static StagedFolder beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new IOException("refusing to replace the root folder " + absolute);
        }
        Files.createDirectories(absolute.getParent());
        return new StagedFolder(absolute, createUnique(absolute.getParent(), prefix(absolute, STAGING)));
    }

    /**
     * A new folder {@code prefix<n>} in {@code parent}, with the permissions of any folder made here
     * (a temporary folder would be readable by its owner alone, and a published site must be
     * readable by the web server that serves it).
     */
    private static Path createUnique(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** The folder the new content is written to. */
    public Path root() {
        return staging;
    }

    /** The folder it replaces, absolute. */
    public Path target() {
        return target;
    }

    public boolean isCommitted() {
        return committed;
    }

    /** Swaps this folder in place of the target, alone. */
    public void commit() throws IOException {
        Publication.commit(List.of(this));
    }

    void committed(boolean value) {
        committed = value;
    }

    /** Deletes the new folder unless it was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the unfinished " + staging, e);
            }
        }
    }

    static String prefix(Path target, String kind) {
        return "." + target.getFileName() + kind;
    }

    /** Moves {@code target} aside to a new {@code .<name>.old-<n>}; the path it went to, or null when there was none. */
    static Path moveAside(Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path previous = createUnique(target.getParent(), prefix(target, OLD));
        Files.delete(previous);
        move(target, previous);
        return previous;
    }

    /** A rename; a plain move where the file system has no atomic one. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Moves a file just written ({@code from}) over {@code to}, so that a reader sees the old file
     * or the new one, never half of one: a rename, or a plain move where the file system has no
     * atomic one.
     */
    public static void replaceFile(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder and everything in it; symbolic links are deleted, never followed. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
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
