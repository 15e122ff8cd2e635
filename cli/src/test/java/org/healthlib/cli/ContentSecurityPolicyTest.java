package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.healthlib.search.http.SecurityHeaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every page of a built site works under the servers' Content-Security-Policy
 * ({@link SecurityHeaders#CONTENT_SECURITY_POLICY}: scripts and styles from files of the site
 * only): no inline script that would run, no {@code <style>} or {@code style="..."}, no event
 * handler attribute, no {@code javascript:} URL, nothing loaded from another origin. A theme
 * change that adds one fails here instead of being blocked silently in readers' browsers.
 */
class ContentSecurityPolicyTest {
    /** Script types browsers treat as data, which the policy does not govern. */
    private static final Set<String> DATA_SCRIPTS = Set.of("application/ld+json", "application/json");

    @TempDir
    Path dir;

    @Test
    void noPageOfABuiltSiteNeedsWhatThePolicyBlocks() throws IOException {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).contains("script-src 'self'", "style-src 'self'")
                .doesNotContain("unsafe-inline");
        Path content = dir.resolve("content");
        SearchCommandTest.write(content, "reviewers.yaml", "board:\n  name: Medical Editorial Board\n");
        SearchCommandTest.write(content, "articles/asthma.md", SearchCommandTest.article("Asthma", "condition",
                "Asthma narrows the airways.\n\n<p style=\"color:red\" onclick=\"alert(1)\">Raw</p>"
                        + "<script>alert(2)</script><style>p{}</style>\n\n[a link](javascript:alert(3))\n\n"
                        + "| Age | Dose |\n|:--|--:|\n| 5 | 1 |\n"));
        SearchCommandTest.write(content, "articles/gout.md", SearchCommandTest.article("Gout", "condition",
                "Gout is a painful arthritis. See [asthma](asthma.md)."));
        Path site = dir.resolve("site");
        StringWriter out = new StringWriter();
        CommandLine line = HealthlibCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(out, true));
        int code = line.execute("build", "--content", content.toString(), "--out", site.toString(),
                "--index", dir.resolve("index").toString(), "--today", "2025-06-01", "--drafts");
        assertThat(code).as(out.toString()).isZero();

        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        for (Path page : pages) {
            problems.addAll(blocked(site.relativize(page).toString(), Jsoup.parse(Files.readString(page))));
        }
        assertThat(pages).hasSizeGreaterThan(5);
        assertThat(problems).isEmpty();
    }

    private static List<String> blocked(String page, Document document) {
        List<String> problems = new ArrayList<>();
        for (Element script : document.select("script")) {
            String type = script.attr("type").toLowerCase(Locale.ROOT);
            if (!script.hasAttr("src") && !DATA_SCRIPTS.contains(type)) {
                problems.add(page + ": inline script " + script.outerHtml());
            }
            if (script.hasAttr("src") && crossOrigin(script.attr("src"))) {
                problems.add(page + ": script from another origin " + script.attr("src"));
            }
        }
        document.select("style").forEach(style -> problems.add(page + ": <style> element"));
        document.select("link[rel=stylesheet]").stream().filter(link -> crossOrigin(link.attr("href")))
                .forEach(link -> problems.add(page + ": style sheet from another origin " + link.attr("href")));
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.equals("style") || name.startsWith("on")) {
                    problems.add(page + ": attribute " + name + " on <" + element.tagName() + ">");
                }
                if (Set.of("href", "src", "action", "formaction").contains(name) && value.startsWith("javascript:")) {
                    problems.add(page + ": javascript: URL on <" + element.tagName() + ">");
                }
            }
        }
        return problems;
    }

    private static boolean crossOrigin(String url) {
        return url.startsWith("//") || url.contains("://");
    }
}
