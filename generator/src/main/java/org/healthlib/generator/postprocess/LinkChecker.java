package org.healthlib.generator.postprocess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.Image;
import org.healthlib.core.markdown.Link;
import org.healthlib.core.markdown.RenderedBody;

/**
 * The rule for the links and images of a body, decided before anything is rendered: a link or
 * image inside the site must lead to a page or file this build writes, and never above the
 * site's root; a link to an article that is not published is left out of the page (a warning);
 * an image needs alt text (a warning). Each problem is reported at the line and column of the
 * Markdown that wrote it. {@code check}, {@code build} and {@code serve} all run it; the HTML pass
 * ({@link BodyProcessor}) resolves the same way and only rewrites. Thread-safe.
 */
public final class LinkChecker {
    private final LinkResolver links;

    public LinkChecker(LinkTargets targets) {
        this.links = new LinkResolver(targets);
    }

    /**
     * @param file     the Markdown file of the body, relative to the content folder
     * @param sitePath the site path of the page the body is on ("articles/afib/")
     */
    public List<Diagnostic> check(Path file, String sitePath, RenderedBody body) {
        List<Diagnostic> out = new ArrayList<>();
        for (Link link : body.links()) {
            Resolution resolution = links.resolve(link.destination(), file, sitePath);
            if (resolution instanceof Resolution.Unpublished unpublished) {
                out.add(Diagnostic.warning(file, link.line(), link.column(), unpublished.message()));
            } else if (resolution instanceof Resolution.Broken broken) {
                out.add(Diagnostic.error(file, link.line(), link.column(), broken.message()));
            } else if (resolution instanceof Resolution.Outside) {
                out.add(Diagnostic.error(file, link.line(), link.column(), "link '" + link.destination() + "' "
                        + Resolution.Outside.MESSAGE));
            }
        }
        for (Image image : body.images()) {
            String src = image.source();
            if (image.alt().isBlank()) {
                out.add(Diagnostic.warning(file, image.line(), image.column(), "image '" + src
                        + "' has no alt text; describe it for readers who cannot see it: ![what it shows](" + src + ")"));
            }
            Resolution resolution = links.resolve(src, file, sitePath);
            if (resolution instanceof Resolution.Broken) {
                out.add(Diagnostic.error(file, image.line(), image.column(), "image '" + src
                        + "' is not a file of the site; put it under static/ (static/images/x.png is /images/x.png)"));
            } else if (resolution instanceof Resolution.Outside) {
                out.add(Diagnostic.error(file, image.line(), image.column(), "image '" + src + "' "
                        + Resolution.Outside.MESSAGE));
            } else if (resolution instanceof Resolution.Unpublished unpublished) {
                out.add(Diagnostic.error(file, image.line(), image.column(), unpublished.message()));
            }
        }
        return out;
    }
}
