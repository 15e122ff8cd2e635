package org.healthlib.generator.view;

import java.util.List;

/**
 * What every page knows of the site; built once per build.
 *
 * @param crisisHtml  the site's crisis notice, rendered from Markdown once
 * @param footerPages the stand-alone pages, linked from every page's footer
 * @param preview     a build with {@code --drafts}: unpublished articles are shown, marked
 */
public record SiteView(String title, String language, String baseUrl, String crisisHtml, List<LinkView> footerPages,
                       boolean preview) {
    public SiteView {
        footerPages = List.copyOf(footerPages);
    }
}
