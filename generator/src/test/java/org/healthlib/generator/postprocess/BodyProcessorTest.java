package org.healthlib.generator.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.healthlib.generator.fixtures.FixtureSites;
import org.junit.jupiter.api.Test;

/** The HTML pass over bodies rendered by the content Markdown renderer. */
class BodyProcessorTest {
    private static final Path FILE = Path.of("articles/heart/afib.md");
    private final BodyProcessor processor = new BodyProcessor(new LinkTargets(Set.of("articles/stroke/"),
            List.of(new LinkTargets.Target("articles/heart/afib.md", "articles/afib/", ""),
                    new LinkTargets.Target("articles/brain/my stroke.md", "articles/stroke/", ""),
                    new LinkTargets.Target("articles/heart/tia.md", "articles/tia/", "Draft"))));

    @Test
    void anchorsHeadingsAndResolvesLinks() {
        ProcessedBody body = process("""
                # Overview

                Read about [stroke](../brain/my%20stroke.md#signs) and the [NIH](https://www.nih.gov/).

                ## Overview
                """);

        assertThat(body.html()).isEqualTo("""
                <div class="section-heading"><h2 id="overview">Overview</h2><a class="heading-anchor" \
                href="#overview" aria-label="Link to this section: Overview">#</a></div>
                <p>Read about <a href="../../articles/stroke/#signs">stroke</a> and the <a \
                href="https://www.nih.gov/" rel="noopener" class="external">NIH</a>.</p>
                <div class="section-heading"><h2 id="overview-1">Overview</h2><a class="heading-anchor" \
                href="#overview-1" aria-label="Link to this section: Overview">#</a></div>
                """);
        assertThat(body.headings()).extracting(h -> h.level() + " " + h.id())
                .containsExactly("2 overview", "2 overview-1");
    }

    @Test
    void unwrapsLinksToUnpublishedArticlesAndKeepsRelativeOnes() {
        ProcessedBody body = process("""
                See [draft](tia.md), [the page](../stroke/) and ![a chart](chart.png).
                """);

        assertThat(body.html()).isEqualTo("<p>See draft, <a href=\"../stroke/\">the page</a> and "
                + "<img src=\"chart.png\" alt=\"a chart\">.</p>\n");
    }

    private ProcessedBody process(String markdown) {
        return processor.process(FILE, "articles/afib/", FixtureSites.MARKDOWN.render(markdown, 10));
    }
}
