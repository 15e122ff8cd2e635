package org.healthlib.generator.postprocess;

import java.nio.file.Path;
import java.util.List;
import org.healthlib.core.markdown.Heading;
import org.healthlib.core.markdown.RenderedBody;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML pass over a rendered body: heading anchors, internal links rewritten to URLs relative
 * to the page, external links marked, links to unpublished articles unwrapped. It judges nothing:
 * every problem of a link or image was reported before rendering by {@link LinkChecker}, with the
 * same {@link LinkResolver}. Thread-safe; one per build.
 */
public final class BodyProcessor {
    private final LinkResolver links;

    public BodyProcessor(LinkTargets targets) {
        this.links = new LinkResolver(targets);
    }

    /**
     * @param file     the Markdown file of the body, relative to the content folder
     * @param sitePath the site path of the page the body is on ("articles/afib/")
     */
    public ProcessedBody process(Path file, String sitePath, RenderedBody body) {
        Document document = Jsoup.parseBodyFragment(body.html());
        document.outputSettings().prettyPrint(false);
        Element root = document.body();
        List<Heading> headings = HeadingAnchors.apply(root);
        rewriteLinks(root, file, sitePath);
        rewriteImages(root, file, sitePath);
        return new ProcessedBody(root.html(), headings);
    }

    private void rewriteLinks(Element root, Path file, String sitePath) {
        for (Element link : root.select("a[href]")) {
            if (link.hasClass("heading-anchor")) {
                continue;
            }
            Resolution resolution = links.resolve(link.attr("href"), file, sitePath);
            if (resolution instanceof Resolution.External) {
                ExternalLinks.mark(link);
            } else if (resolution instanceof Resolution.Resolved resolved) {
                link.attr("href", resolved.url());
            } else if (resolution instanceof Resolution.Unpublished) {
                link.unwrap();
            }
        }
    }

    private void rewriteImages(Element root, Path file, String sitePath) {
        for (Element image : root.select("img")) {
            if (links.resolve(image.attr("src"), file, sitePath) instanceof Resolution.Resolved resolved) {
                image.attr("src", resolved.url());
            }
        }
    }
}
