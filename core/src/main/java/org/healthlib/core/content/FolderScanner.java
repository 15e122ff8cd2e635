package org.healthlib.core.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.FilePaths;

/**
 * Finds the Markdown files of a content folder: {@code articles/**}{@code /*.md} and
 * {@code pages/*.md}, in path order. Files and folders whose name starts with a dot (editor and
 * system files) are skipped; symbolic links are read only when they stay in the folder
 * ({@link SymbolicLinks}).
 */
final class FolderScanner {

    /** The files found, relative to the content folder, and the bytes of the articles together. */
    record Listing(List<Path> articles, List<Path> pages, long articleBytes) {
        Listing {
            articles = List.copyOf(articles);
            pages = List.copyOf(pages);
        }
    }

    /** Files found by a walk, and their bytes together (of what symbolic links lead to). */
    private record Found(List<Path> files, long bytes) {
    }

    static final Path ARTICLES = Path.of("articles");
    static final Path PAGES = Path.of("pages");

    private static final Comparator<Path> PATH_ORDER = Comparator.comparing(FilePaths::portable);

    private FolderScanner() {
    }

    static Listing scan(Path root, Diagnostics diagnostics) {
        Found articles = find(root, ARTICLES, FolderScanner::isMarkdown, diagnostics);
        List<Path> relative = articles.files().stream()
                .map(root::relativize).collect(Collectors.toCollection(ArrayList::new));
        relative.sort(PATH_ORDER);
        return new Listing(relative, pages(root, diagnostics), articles.bytes());
    }

    /**
     * The files under {@code root/folder} that {@code wanted} accepts, hidden folders skipped,
     * symbolic links read only as {@link SymbolicLinks} allows; in no particular order.
     */
    static List<Path> walk(Path root, Path folder, Predicate<Path> wanted, Diagnostics diagnostics) {
        return find(root, folder, wanted, diagnostics).files();
    }

    /** As {@link #walk}, with the bytes of the files found, from the attributes the walk reads anyway. */
    private static Found find(Path root, Path folder, Predicate<Path> wanted, Diagnostics diagnostics) {
        Path start = root.resolve(folder);
        List<Path> found = new ArrayList<>();
        long[] bytes = {0};
        if (!Files.isDirectory(start)) {
            return new Found(found, 0);
        }
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(start) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!wanted.test(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        found.add(file);
                        bytes[0] += attrs.size();
                    } else if (attrs.isSymbolicLink() && SymbolicLinks.isReadableFile(root, file, diagnostics)) {
                        found.add(file);
                        bytes[0] += sizeOf(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.add(Diagnostic.error(root.relativize(file), 0, 0, "cannot read (" + e + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(folder, 0, 0, "cannot list the folder (" + e + ")"));
        }
        return new Found(found, bytes[0]);
    }

    /** The size of what a symbolic link leads to; 0 when it cannot be read (reading the file will say why). */
    private static long sizeOf(Path link) {
        try {
            return Files.size(link);
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<Path> pages(Path root, Diagnostics diagnostics) {
        Path folder = root.resolve(PAGES);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> isMarkdown(f) && (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                            || Files.isSymbolicLink(f) && SymbolicLinks.isReadableFile(root, f, diagnostics)))
                    .map(root::relativize).sorted(PATH_ORDER).toList();
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(PAGES, 0, 0, "cannot list the folder (" + e + ")"));
            return List.of();
        }
    }

    private static boolean isMarkdown(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") && !isHidden(file);
    }

    /** A hidden file or folder: its name starts with a dot. */
    static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
