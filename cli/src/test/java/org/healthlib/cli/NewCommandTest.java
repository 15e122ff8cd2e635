package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.healthlib.core.model.ArticleType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code healthlib new}: the draft it writes, that check accepts it, and what it refuses. */
class NewCommandTest {
    @TempDir
    Path content;
    final Commands commands = new Commands();

    @BeforeEach
    void writeContent() throws IOException {
        Files.createDirectories(content.resolve("articles/heart"));
        Files.writeString(content.resolve("reviewers.yaml"), "heart-board:\n  name: Heart Board\n");
        Files.writeString(content.resolve("site.yaml"), "base_url: https://health.example.org/\n");
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(content.resolve("pages/editorial-process.md"), "---\ntitle: How we review\n---\nBy boards.\n");
        Files.writeString(content.resolve("articles/heart/heart-attack.md"), """
                ---
                title: Heart attack
                summary: What happens in a heart attack.
                type: condition
                status: draft
                ---
                Call 911.
                """);
    }

    private String portable(Path path) {
        return path.toString().replace('\\', '/');
    }

    @Test
    void writesADraftAtTheSlugOfTheTitleAndPrintsItsPath() throws IOException {
        int code = commands.run("new", "Sleep apnea", "--type", "condition", "--topic", "sleep", "--content", content.toString());

        Path draft = content.resolve("articles/sleep-apnea.md");
        assertThat(code).isZero();
        assertThat(commands.takeOut()).isEqualTo(portable(draft) + "\n");
        Commands.assertMatchesGolden("new/sleep-apnea.md", Files.readString(draft));
    }

    @ParameterizedTest
    @EnumSource(ArticleType.class)
    void aDraftOfEveryTypePassesCheck(ArticleType type) {
        assertThat(commands.run("new", "Walking for health", "--type", type.slug(), "--content", content.toString())).isZero();
        commands.takeOut();

        assertThat(commands.run("check", "--content", content.toString(), "--today", "2026-12-01")).isZero();
        assertThat(commands.takeOut()).isEqualTo("Checked 2 articles, 1 page: 0 errors, 0 warnings.\n");
    }

    @Test
    void refusesToOverwriteAFile() throws IOException {
        Path mine = content.resolve("articles/sleep-apnea.md");
        Files.writeString(mine, "an editor's work\n");

        int code = commands.run("new", "Sleep Apnea", "--type", "condition", "--content", content.toString());

        assertThat(code).isEqualTo(1);
        assertThat(commands.err.toString()).isEqualTo("healthlib: error: articles/sleep-apnea.md already exists; "
                + "it was not overwritten\n");
        assertThat(mine).hasContent("an editor's work");
    }

    @Test
    void refusesASlugAnotherArticleHas() {
        int code = commands.run("new", "Heart Attack!", "--type", "condition", "--content", content.toString());

        assertThat(code).isEqualTo(1);
        assertThat(commands.err.toString()).isEqualTo("healthlib: error: the slug 'heart-attack' is already used by "
                + "articles/heart/heart-attack.md\n");
        assertThat(content.resolve("articles/heart-attack.md")).doesNotExist();
    }

    @Test
    void anUnknownTypeIsAUsageErrorWithTheClosestType() {
        int code = commands.run("new", "Sleep apnea", "--type", "condtion", "--content", content.toString());

        assertThat(code).isEqualTo(2);
        assertThat(commands.err.toString()).startsWith("unknown type 'condtion' (did you mean 'condition'?); the types are "
                + "condition, symptom, test, treatment, procedure, body-part, wellness, drug\n");
        assertThat(content.resolve("articles/sleep-apnea.md")).doesNotExist();
    }

    @Test
    void aTopicMustBeASlugAndATitleNeedsALetter() {
        assertThat(commands.run("new", "Sleep apnea", "--type", "condition", "--topic", "Sleep Health",
                "--content", content.toString())).isEqualTo(2);
        assertThat(commands.run("new", "???", "--type", "condition", "--content", content.toString())).isEqualTo(2);

        assertThat(commands.err.toString()).contains("a topic must use only a-z, 0-9 and '-' (got \"Sleep Health\")",
                "the title \"???\" has no letter or digit to make a file name of");
    }

    @Test
    void aMissingContentFolderIsOneLineOnStandardError() {
        int code = commands.run("new", "Sleep apnea", "--type", "condition", "--content", content.resolve("nowhere").toString());

        assertThat(code).isEqualTo(2);
        assertThat(commands.err.toString()).isEqualTo("healthlib: error: content folder '"
                + portable(content.resolve("nowhere")) + "' does not exist\n");
    }
}
