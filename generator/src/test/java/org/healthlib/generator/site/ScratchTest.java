package org.healthlib.generator.site;

import java.nio.file.Path;
import org.healthlib.generator.fixtures.FixtureSites;
import org.healthlib.generator.fixtures.InterimMarkdown;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void build() {
        BuildReport report = new SiteBuilder(InterimMarkdown::html, BuildListener.NONE)
                .build(FixtureSites.load("basic", false), Path.of("/tmp/scratch-site"));
        report.diagnostics().forEach(System.out::println);
        System.out.println(report);
    }
}
