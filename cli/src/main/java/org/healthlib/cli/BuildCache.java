package org.healthlib.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthlib.core.content.LoadOptions;
import org.healthlib.core.publish.StagedFolder;

/**
 * What lets {@code build} skip a build that would write what is already published: a record,
 * in the cache folder, of the last successful build of one site and index folder: a fingerprint
 * of everything it read (every file of the content folder, by name, size and modification time;
 * the day reviews were judged against; the flags; the program itself), a fingerprint of the site
 * and index it published, and what it printed. When both fingerprints still match, the build is
 * up to date. The record is removed before any build starts and written only after one succeeds,
 * so a failed or killed build is never taken for a finished one.
 */
final class BuildCache {
    private static final String HEADER = "healthlib build cache 1";

    private final Path record;
    private final Path out;
    private final Path index;

    private BuildCache(Path record, Path out, Path index) {
        this.record = record;
        this.out = out;
        this.index = index;
    }

    /** What a successful build printed and counted. */
    record Built(int articles, int pages, long warnings, List<String> diagnostics) {
        Built {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The cache of the build of {@code out} and {@code index}, kept in {@code folder}.
     *
     * @throws IOException when {@code folder} is inside the site or the index folder, which are replaced whole
     */
    static BuildCache in(Path folder, Path out, Path index) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        Path site = out.toAbsolutePath().normalize();
        Path search = index.toAbsolutePath().normalize();
        for (Path published : List.of(site, search)) {
            if (dir.startsWith(published)) {
                throw new IOException("refusing to keep the build cache in " + dir + ": it is inside " + published
                        + ", which each build replaces");
            }
        }
        String key = new FolderDigest().add(site.toString()).add(search.toString()).hex().substring(0, 16);
        return new BuildCache(dir.resolve("build-" + key + ".txt"), site, search);
    }

    /** The default folder: {@code .healthlib-cache} beside the site folder (target/.healthlib-cache by default). */
    static Path defaultFolder(Path out) {
        Path site = out.toAbsolutePath().normalize();
        Path parent = site.getParent() == null ? site : site.getParent();
        return parent.resolve(".healthlib-cache");
    }

    /** The fingerprint of everything a build of {@code load} reads. */
    String inputs(LoadOptions load) throws IOException {
        FolderDigest digest = new FolderDigest()
                .add(HEADER)
                .add(String.join(" ", new VersionProvider().getVersion()))
                .add("today " + load.today())
                .add("drafts " + load.includeDrafts())
                .add("out " + out)
                .add("index " + index);
        programLocation().ifPresent(program -> add(digest, program));
        return digest.addTree(load.root()).hex();
    }

    private static void add(FolderDigest digest, Path program) {
        try {
            digest.addTree(program);
        } catch (IOException e) {
            digest.add("program unreadable");
        }
    }

    /** The jar (or classes folder) this program runs from: a rebuilt program is another program. */
    private static Optional<Path> programLocation() {
        try {
            return Optional.of(Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What the last build printed, when it read exactly {@code inputs} and its site and index are still there as it wrote them. */
    Optional<Built> upToDate(String inputs) {
        try {
            if (!Files.isRegularFile(record)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            if (lines.size() < 6 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("inputs " + inputs)
                    || !lines.get(2).equals("outputs " + outputs())) {
                return Optional.empty();
            }
            return Optional.of(new Built(Integer.parseInt(value(lines.get(3), "articles")),
                    Integer.parseInt(value(lines.get(4), "pages")), Long.parseLong(value(lines.get(5), "warnings")),
                    lines.subList(6, lines.size())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable record is no record: build
        }
    }

    private static String value(String line, String key) {
        if (!line.startsWith(key + " ")) {
            throw new IllegalArgumentException("expected " + key + ", got " + line);
        }
        return line.substring(key.length() + 1);
    }

    /** Removes the record: from now on, until {@link #remember}, every build builds. */
    void forget() throws IOException {
        Files.deleteIfExists(record);
    }

    /** Records a successful build of {@code inputs}, with the site and index it has just published. */
    void remember(String inputs, Built built) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER, "inputs " + inputs, "outputs " + outputs(),
                "articles " + built.articles(), "pages " + built.pages(), "warnings " + built.warnings()));
        lines.addAll(built.diagnostics());
        Files.createDirectories(record.getParent());
        Path fresh = record.resolveSibling(record.getFileName() + ".new");
        Files.write(fresh, lines, StandardCharsets.UTF_8);
        StagedFolder.replaceFile(fresh, record);
    }

    private String outputs() throws IOException {
        return new FolderDigest().addTree(out).addTree(index).hex();
    }
}
