package org.healthlib.core.content;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.healthlib.core.diagnostics.FilePaths;

/**
 * Watches a content folder and its sub-folders for files added, changed or removed, with the
 * operating system's file events (inotify on Linux) rather than by walking the folder: at
 * thousands of articles a walk every second costs more than the edit it looks for, and the events
 * say which file changed. Events are gathered until the folder has been quiet for a moment, since
 * one save is often several events (a temporary file written, then renamed over the article).
 * Hidden files and folders ({@code .git}, an editor's {@code .article.md.swp}) and backups
 * ({@code article.md~}) are not content and are left out, as the loader leaves them out.
 *
 * <p>One thread calls {@link #next}; {@link #close} may be called from another to end the wait.
 */
public final class FolderWatcher implements AutoCloseable {
    /** How long the folder must be quiet before the gathered changes are reported. */
    static final Duration QUIET = Duration.ofMillis(60);

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    private FolderWatcher(Path root, WatchService service) {
        this.root = root;
        this.service = service;
    }

    /**
     * Starts watching the folder and every folder below it.
     *
     * @throws IOException when the system refuses (for example, too many watched folders)
     */
    public static FolderWatcher watch(Path root) throws IOException {
        Path folder = root.toAbsolutePath().normalize();
        FolderWatcher watcher = new FolderWatcher(folder, FileSystems.getDefault().newWatchService());
        try {
            watcher.registerTree(folder, new TreeSet<>());
        } catch (IOException | UncheckedIOException e) {
            watcher.close();
            throw e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        }
        return watcher;
    }

    /**
     * Waits up to {@code timeout} for a change, then gathers the changes that follow it until the
     * folder is quiet.
     *
     * @return the changes, or nothing when the folder did not change in time
     */
    public Optional<Changes> next(Duration timeout) throws InterruptedException {
        WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Set<Path> paths = new TreeSet<>();
        boolean lost = false;
        while (key != null) {
            lost |= drain(key, paths);
            key = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
        }
        return paths.isEmpty() && !lost ? Optional.empty() : Optional.of(new Changes(paths, lost));
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    /** Reads one folder's events into {@code paths}; true when the system lost some. */
    private boolean drain(WatchKey key, Set<Path> paths) {
        Path folder = folders.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                lost = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isIgnored(path)) {
                continue;
            }
            paths.add(root.relativize(path));
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, NOFOLLOW_LINKS)) {
                try {
                    registerTree(path, paths);
                } catch (IOException | UncheckedIOException e) {
                    lost = true;
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return lost;
    }

    /** Watches a folder and the folders below it; files already there count as changed (a folder moved in). */
    private void registerTree(Path top, Set<Path> paths) throws IOException {
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path path : (Iterable<Path>) walk.filter(p -> p.equals(root) || !isIgnored(p))::iterator) {
                if (Files.isDirectory(path, NOFOLLOW_LINKS)) {
                    folders.put(path.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), path);
                } else if (!top.equals(root)) {
                    paths.add(root.relativize(path));
                }
            }
        }
    }

    /** A hidden file or folder, or anything inside one, or an editor's backup file. */
    private boolean isIgnored(Path path) {
        for (Path part : root.relativize(path)) {
            if (FolderScanner.isHidden(part)) {
                return true;
            }
        }
        return path.getFileName().toString().endsWith("~");
    }

    /**
     * What changed in the folder.
     *
     * @param paths files and folders added, changed or removed, relative to the watched folder
     * @param lost  whether the system dropped events: then anything may have changed
     */
    public record Changes(Set<Path> paths, boolean lost) {
        public Changes {
            paths = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
        }

        /** {@code articles/asthma.md}, {@code 3 files} or {@code the whole folder}, for messages. */
        public String describe() {
            if (lost) {
                return "the whole folder";
            }
            return paths.size() == 1 ? FilePaths.portable(paths.iterator().next()) : paths.size() + " files";
        }
    }
}
