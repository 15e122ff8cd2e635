package org.healthlib.generator.postprocess;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.healthlib.core.markdown.Heading;
import org.jsoup.nodes.Element;

/**
 * Gives every heading of a body an id and a self-link, so that readers can share a section, and
 * returns the headings for the table of contents. The self-link follows the heading (both in a
 * {@code div.section-heading}) rather than sitting inside it, so the heading's accessible name
 * stays its text. The page's title is its only {@code h1}: an
 * {@code h1} written in a body becomes an {@code h2}.
 */
final class HeadingAnchors {
    private HeadingAnchors() {
    }

    static List<Heading> apply(Element body) {
        Set<String> used = new HashSet<>();
        body.select("[id]").forEach(element -> used.add(element.id()));
        List<Heading> headings = new ArrayList<>();
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.tagName().equals("h1")) {
                heading.tagName("h2");
            }
            String text = heading.text();
            if (heading.id().isEmpty()) {
                heading.id(unique(slug(text), used));
            }
            Element wrapper = new Element("div").addClass("section-heading");
            heading.before(wrapper);
            wrapper.appendChild(heading);
            wrapper.appendElement("a")
                    .addClass("heading-anchor")
                    .attr("href", "#" + heading.id())
                    .attr("aria-label", "Link to this section: " + text)
                    .text("#");
            headings.add(new Heading(Integer.parseInt(heading.tagName().substring(1)), heading.id(), text));
        }
        return headings;
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private static String unique(String base, Set<String> used) {
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
