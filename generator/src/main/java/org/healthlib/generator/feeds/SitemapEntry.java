package org.healthlib.generator.feeds;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A page listed in {@code sitemap.xml}.
 *
 * @param path    the site path ("articles/afib/")
 * @param lastmod for an article, its last review or update
 */
public record SitemapEntry(String path, Optional<LocalDate> lastmod) {
}
