package org.healthlib.generator.site;

import java.util.Map;
import org.healthlib.generator.view.HeadView;
import org.healthlib.generator.view.SiteView;

/**
 * The data model every template receives: {@code site} (the same for every page), {@code root}
 * (the relative prefix to the site root), {@code head} and {@code page} (the template's own view).
 */
final class PageModel {
    private PageModel() {
    }

    static Map<String, Object> of(SiteView site, String root, HeadView head, Object page) {
        return Map.of("site", site, "root", root, "head", head, "page", page);
    }
}
