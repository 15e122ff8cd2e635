package org.healthlib.generator.feeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthlib.core.config.SiteConfig;

/**
 * Writes {@code robots.txt}: the whole site may be crawled, and the sitemap is named when
 * {@code base_url} is absolute. A preview build ({@code --drafts}) asks crawlers to keep out.
 */
public final class RobotsTxt {
    public static final String FILE = "robots.txt";

    private RobotsTxt() {
    }

    public static void write(Path siteRoot, SiteConfig config) {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        text.append(config.includeDrafts() ? "Disallow: /\n" : "Allow: /\n");
        if (config.hasAbsoluteBaseUrl() && !config.includeDrafts()) {
            text.append("\nSitemap: ").append(config.absoluteUrl(SitemapWriter.FILE)).append('\n');
        }
        try {
            Files.writeString(siteRoot.resolve(FILE), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
