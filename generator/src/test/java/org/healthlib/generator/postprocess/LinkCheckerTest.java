package org.healthlib.generator.postprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.generator.fixtures.FixtureSites;
import org.junit.jupiter.api.Test;

/** The rule for links and images, on bodies rendered by the content Markdown renderer (the body starts on line 10). */
class LinkCheckerTest {
    private static final Path FILE = Path.of("articles/heart/afib.md");
    private final LinkChecker checker = new LinkChecker(new LinkTargets(
            Set.of("articles/afib/", "articles/stroke/", "images/heart.png"),
            List.of(new LinkTargets.Target("articles/heart/afib.md", "articles/afib/", ""),
                    new LinkTargets.Target("articles/brain/stroke.md", "articles/stroke/", ""),
                    new LinkTargets.Target("articles/heart/tia.md", "articles/tia/", "Draft"))));

    @Test
    void reportsEachBrokenLinkAtItsOwnLineAndColumn() {
        assertThat(check("""
                First [one](gone.md).

                Then [two](gone.md) and [three](/articles/gone/).
                """)).containsExactly(
                "articles/heart/afib.md:10:7: error: broken link 'gone.md': no article or page is written in that file",
                "articles/heart/afib.md:12:6: error: broken link 'gone.md': no article or page is written in that file",
                "articles/heart/afib.md:12:25: error: broken link '/articles/gone/': no page of the site has that address");
    }

    @Test
    void refusesLinksAndImagesThatLeaveTheSiteOrLeadNowhere() {
        assertThat(check("""
                A [secret](../../../../etc/passwd) and ![A chart](images/no-such-chart.png).
                ![Up](../../../x.png) ![The heart](/images/heart.png)
                """)).containsExactly(
                "articles/heart/afib.md:10:3: error: link '../../../../etc/passwd' leads above the root of the site;"
                        + " link to a page of the site (/articles/x/) or to a full https:// address",
                "articles/heart/afib.md:10:40: error: image 'images/no-such-chart.png' is not a file of the site;"
                        + " put it under static/ (static/images/x.png is /images/x.png)",
                "articles/heart/afib.md:11:1: error: image '../../../x.png' leads above the root of the site;"
                        + " link to a page of the site (/articles/x/) or to a full https:// address");
    }

    @Test
    void warnsOfUnpublishedTargetsAndMissingAltText() {
        assertThat(check("See [the draft](tia.md) and ![](/images/heart.png).\n")).containsExactly(
                "articles/heart/afib.md:10:5: warning: link 'tia.md' points to articles/heart/tia.md, which is not"
                        + " published (draft); the link is left out of the site",
                "articles/heart/afib.md:10:29: warning: image '/images/heart.png' has no alt text; describe it for"
                        + " readers who cannot see it: ![what it shows](/images/heart.png)");
    }

    private List<String> check(String markdown) {
        return checker.check(FILE, "articles/afib/", FixtureSites.MARKDOWN.render(markdown, 10)).stream()
                .map(Diagnostic::format).toList();
    }
}
