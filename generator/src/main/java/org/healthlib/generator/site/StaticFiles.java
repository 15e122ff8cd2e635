package org.healthlib.generator.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.healthlib.generator.render.Theme;

/**
 * Files copied as they are: the theme's stylesheet and script, then the content folder's
 * {@code static/} (which may replace them), as the loader listed them ({@code Library.staticFiles()}).
 */
final class StaticFiles {
    static final String FOLDER = "static";

    private StaticFiles() {
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
