package org.healthlib.core.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Swaps several staged folders in together (the site and its search index): both are replaced or
 * neither is. Before the first rename a journal is written beside the first target, naming each
 * staged folder and its target; it is removed when every swap is done. A run that is killed
 * half-way is finished by the next one ({@link #finishAndList}), which also lists the staging and
 * old folders that earlier runs left behind, for {@link Disposal} to delete. One publication at a time per target.
 */
public final class Publication {
    /** The journal's name, beside the first target. */
    static final String JOURNAL = ".healthlib-publish.journal";

    private Publication() {
    }

    /** Swaps each staged folder in place of its target; the journal makes the set all-or-nothing across a crash. */
    public static void commit(List<StagedFolder> folders) throws IOException {
        for (Path old : swap(folders)) {
            StagedFolder.deleteTree(old);
        }
    }

    /**
     * Swaps each staged folder in place of its target, as {@link #commit}, but leaves the folders
     * they replaced ({@code .<name>.old-<n>}) for the caller to delete: deleting a site of 10,000
     * pages takes longer than writing it on some disks, and nothing waits for it.
     *
     * @return the replaced folders, moved aside
     */
    public static List<Path> swap(List<StagedFolder> folders) throws IOException {
        if (folders.isEmpty()) {
            return List.of();
        }
        Path journal = journalOf(folders.get(0).target());
        StringBuilder text = new StringBuilder();
        for (StagedFolder folder : folders) {
            text.append(folder.root()).append('\t').append(folder.target()).append('\n');
        }
        Path fresh = Files.createTempFile(journal.getParent(), JOURNAL, ".tmp");
        Files.writeString(fresh, text, StandardCharsets.UTF_8);
        StagedFolder.move(fresh, journal);
        List<Path> previous = new ArrayList<>();
        try {
            for (StagedFolder folder : folders) {
                previous.add(StagedFolder.moveAside(folder.target()));
                StagedFolder.move(folder.root(), folder.target());
                folder.committed(true);
            }
        } catch (IOException e) {
            undo(folders, previous);
            Files.deleteIfExists(journal);
            throw e;
        }
        Files.deleteIfExists(journal);
        List<Path> replaced = new ArrayList<>();
        for (Path old : previous) {
            if (old != null) {
                replaced.add(old);
            }
        }
        return replaced;
    }

    /** Puts back what a failed commit had swapped, newest first: each new folder to its staging place, each old one to its target. */
    private static void undo(List<StagedFolder> folders, List<Path> previous) throws IOException {
        for (int i = previous.size() - 1; i >= 0; i--) {
            StagedFolder folder = folders.get(i);
            if (folder.isCommitted()) {
                StagedFolder.move(folder.target(), folder.root());
                folder.committed(false);
            }
            if (previous.get(i) != null) {
                StagedFolder.move(previous.get(i), folder.target());
            }
        }
    }

    /**
     * What earlier runs left beside the targets.
     *
     * @param journals the unfinished journals, already removed
     * @param folders  the staging and old folders, still to delete
     */
    public record Leftovers(List<Path> journals, List<Path> folders) {
        public Leftovers {
            journals = List.copyOf(journals);
            folders = List.copyOf(folders);
        }
    }

    /**
     * Finishes a publication that a killed run left half-done (its journal still there) and removes
     * its unfinished journals, and lists the staging and old folders of earlier runs beside
     * {@code targets}: nothing reads them again, so a build may delete them while it works
     * ({@link Disposal}).
     */
    public static Leftovers finishAndList(List<Path> targets) throws IOException {
        Set<Path> parents = new LinkedHashSet<>();
        for (Path target : targets) {
            Path absolute = target.toAbsolutePath().normalize();
            if (absolute.getParent() != null) {
                parents.add(absolute.getParent());
            }
        }
        List<Path> journals = new ArrayList<>();
        for (Path parent : parents) {
            finish(parent.resolve(JOURNAL));
            journals.addAll(unfinishedJournals(parent));
        }
        List<Path> folders = new ArrayList<>();
        for (Path target : targets) {
            folders.addAll(leftoversOf(target.toAbsolutePath().normalize()));
        }
        return new Leftovers(journals, folders);
    }

    private static Path journalOf(Path target) {
        return target.getParent().resolve(JOURNAL);
    }

    private static void finish(Path journal) throws IOException {
        if (!Files.exists(journal)) {
            return;
        }
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            if (fields.length == 2 && Files.isDirectory(Path.of(fields[0]))) {
                StagedFolder.moveAside(Path.of(fields[1]));
                StagedFolder.move(Path.of(fields[0]), Path.of(fields[1]));
            }
        }
        Files.delete(journal);
    }

    /** Journals a killed run was still writing (before the rename that makes one count). */
    private static List<Path> unfinishedJournals(Path parent) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(parent)) {
            return removed;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(parent, JOURNAL + "*.tmp")) {
            for (Path child : children) {
                Files.deleteIfExists(child);
                removed.add(child);
            }
        }
        return removed;
    }

    private static List<Path> leftoversOf(Path target) throws IOException {
        Path parent = target.getParent();
        List<Path> found = new ArrayList<>();
        if (parent == null || !Files.isDirectory(parent)) {
            return found;
        }
        String staging = StagedFolder.prefix(target, StagedFolder.STAGING);
        String old = StagedFolder.prefix(target, StagedFolder.OLD);
        try (DirectoryStream<Path> children = Files.newDirectoryStream(parent)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (name.startsWith(staging) || name.startsWith(old)) {
                    found.add(child);
                }
            }
        }
        return found;
    }
}
