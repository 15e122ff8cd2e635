package org.healthlib.generator.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.healthlib.core.diagnostics.FilePaths;
import org.healthlib.generator.render.Theme;

/**
 * Files copied as they are: the theme's stylesheet and script, then the content folder's
 * {@code static/} (which may replace them).
 */
final class StaticFiles {
    static final String FOLDER = "static";

    private StaticFiles() {
    }

    /** The files under {@code <content>/static/}, as site paths with forward slashes, in order. */
    static List<String> list(Path contentRoot) {
        Path folder = contentRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> FilePaths.portable(folder.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SiteOutputException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    static void copy(Path contentRoot, List<String> staticFiles, Path siteRoot) {
        try {
            for (String asset : Theme.ASSETS) {
                Path target = siteRoot.resolve(asset);
                Files.createDirectories(target.getParent());
                try (InputStream in = Theme.asset(asset)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path folder = contentRoot.resolve(FOLDER);
            for (String file : staticFiles) {
                Path target = siteRoot.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(folder.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new SiteOutputException("cannot copy static files: " + e.getMessage(), e);
        }
    }
}
