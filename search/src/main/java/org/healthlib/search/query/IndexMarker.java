package org.healthlib.search.query;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.healthlib.search.index.IndexLayout;

/**
 * What tells one published index from the next, cheaply: the folder's real path (a symbolic
 * link swapped to a new folder changes it), its identity on disk (a folder renamed into place
 * changes it), the commit files of both Lucene indexes (an index updated in place changes them)
 * and the size and time of {@code synonyms.txt}.
 */
record IndexMarker(String value) {

    /** Empty when the folder holds no complete index right now. */
    static Optional<IndexMarker> read(Path indexDir) {
        try {
            IndexLayout layout = new IndexLayout(indexDir.toRealPath());
            List<String> parts = new ArrayList<>();
            parts.add(layout.root().toString());
            BasicFileAttributes folder = Files.readAttributes(layout.root(), BasicFileAttributes.class);
            parts.add(String.valueOf(folder.fileKey()));
            parts.add(folder.creationTime().toString());
            if (!commits(layout.articles(), parts) || !commits(layout.suggest(), parts)) {
                return Optional.empty();
            }
            if (Files.exists(layout.synonyms())) {
                BasicFileAttributes synonyms = Files.readAttributes(layout.synonyms(), BasicFileAttributes.class);
                parts.add(synonyms.size() + "@" + synonyms.lastModifiedTime());
            }
            return Optional.of(new IndexMarker(String.join("|", parts)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Adds the names of a Lucene folder's commit files; false when it has none (no complete index). */
    private static boolean commits(Path luceneDir, List<String> parts) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(luceneDir, "segments_*")) {
            files.forEach(file -> names.add(file.getFileName().toString()));
        }
        names.sort(null);
        parts.addAll(names);
        return !names.isEmpty();
    }
}
