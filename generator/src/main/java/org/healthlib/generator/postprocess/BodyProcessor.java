package org.healthlib.generator.postprocess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.markdown.Heading;
import org.healthlib.core.markdown.Image;
import org.healthlib.core.markdown.Link;
import org.healthlib.core.markdown.RenderedBody;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML pass over a rendered body: heading anchors, internal links resolved and checked,
 * external links marked, images checked for alt text. Problems are diagnostics on the Markdown
 * file, at the line of the link or image. Thread-safe; one per build.
 */
public final class BodyProcessor {
    private final LinkResolver links;

    public BodyProcessor(LinkTargets targets) {
        this.links = new LinkResolver(targets);
    }

    /**
     * @param file     the Markdown file of the body, relative to the content folder
     * @param pageRoot the prefix from the page to the site root ("../../" for an article)
     */
    public ProcessedBody process(Path file, String pageRoot, RenderedBody body) {
        Document document = Jsoup.parseBodyFragment(body.html());
        document.outputSettings().prettyPrint(false);
        Element root = document.body();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Heading> headings = HeadingAnchors.apply(root);
        resolveLinks(root, file, pageRoot, body, diagnostics);
        resolveImages(root, file, pageRoot, body, diagnostics);
        return new ProcessedBody(root.html(), headings, diagnostics);
    }

    private void resolveLinks(Element root, Path file, String pageRoot, RenderedBody body, List<Diagnostic> out) {
        SourceLines lines = new SourceLines(body.links(), Link::destination, Link::line);
        for (Element link : root.select("a[href]")) {
            if (link.hasClass("heading-anchor")) {
                continue;
            }
            String href = link.attr("href");
            Resolution resolution = links.resolve(href, file, pageRoot);
            if (resolution instanceof Resolution.External) {
                ExternalLinks.mark(link);
            } else if (resolution instanceof Resolution.Resolved resolved) {
                link.attr("href", resolved.url());
            } else if (resolution instanceof Resolution.Unpublished unpublished) {
                out.add(Diagnostic.warning(file, lines.next(href), 0, unpublished.message()));
                link.unwrap();
            } else if (resolution instanceof Resolution.Broken broken) {
                out.add(Diagnostic.error(file, lines.next(href), 0, broken.message()));
            }
        }
    }

    private void resolveImages(Element root, Path file, String pageRoot, RenderedBody body, List<Diagnostic> out) {
        SourceLines lines = new SourceLines(body.images(), Image::source, Image::line);
        for (Element image : root.select("img")) {
            String src = image.attr("src");
            int line = lines.next(src);
            if (image.attr("alt").isBlank()) {
                out.add(Diagnostic.warning(file, line, 0, "image '" + src
                        + "' has no alt text; describe it for readers who cannot see it: ![what it shows](" + src + ")"));
            }
            Resolution resolution = links.resolve(src, file, pageRoot);
            if (resolution instanceof Resolution.Resolved resolved) {
                image.attr("src", resolved.url());
            } else if (resolution instanceof Resolution.Broken) {
                out.add(Diagnostic.error(file, line, 0, "image '" + src
                        + "' is not a file of the site; put it under static/ (static/images/x.png is /images/x.png)"));
            }
        }
    }
}
