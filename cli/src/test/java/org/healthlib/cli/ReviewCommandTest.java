package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code healthlib review} on a small folder: the queue as a table, CSV and JSON, and its exit codes. */
class ReviewCommandTest {
    private static final String TODAY = "2026-12-01";

    @TempDir
    Path content;
    final Commands commands = new Commands();

    @BeforeEach
    void writeContent() throws IOException {
        write("reviewers.yaml", """
                heart-board:
                  name: Heart Board
                mind-board:
                  name: Mind Board
                """);
        write("articles/afib.md", article("Atrial fibrillation", "published", "2023-11-20", "heart-board"));   // 11 days late
        write("articles/angina.md", article("Angina", "published", "2024-02-01", "heart-board"));              // due in 62 days
        write("articles/anxiety.md", article("Anxiety, \"worry\"", "published", "2023-06-01", "mind-board"));  // 183 days late
        write("articles/grief.md", article("Grief", "published", "2023-12-01", "mind-board"));                 // due today
        write("articles/sleep.md", article("Sleep", "published", "2025-06-01", "mind-board"));                 // current
        write("articles/draft.md", article("Old draft", "draft", "2020-01-01", "mind-board"));                 // not published
    }

    private void write(String file, String text) throws IOException {
        Path path = content.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private static String article(String title, String status, String reviewed, String reviewer) {
        return "---\ntitle: '" + title + "'\nsummary: About it.\ntype: condition\nstatus: " + status + "\nreviewed: " + reviewed
                + "\nreviewed_by: " + reviewer + "\nsources:\n  - title: A source\n---\nYour doctor can help you understand this condition and choose a treatment that works for you.\n";
    }

    @Test
    void printsTheQueueByReviewerMostUrgentFirst() {
        int code = commands.run("review", "--content", content.toString(), "--today", TODAY);

        assertThat(code).isZero();
        assertThat(commands.takeOut()).isEqualTo("""
                Review queue on 2026-12-01 (due within 90 days): 2 overdue, 2 due soon.

                Mind Board (mind-board)
                  state     due            next review  last review  grade  slug     title
                  overdue   183 days late  2026-06-01   2023-06-01     6.9  anxiety  Anxiety, "worry"
                  due soon  today          2026-12-01   2023-12-01     6.9  grief    Grief

                Heart Board (heart-board)
                  state     due            next review  last review  grade  slug     title
                  overdue   11 days late   2026-11-20   2023-11-20     6.9  afib     Atrial fibrillation
                  due soon  in 62 days     2027-02-01   2024-02-01     6.9  angina   Angina
                """);
        assertThat(commands.err.toString()).isEmpty();
    }

    @Test
    void printsCsv() {
        commands.run("review", "--content", content.toString(), "--today", TODAY, "--format", "csv", "--within", "P30D");

        assertThat(commands.takeOut()).isEqualTo("""
                reviewer,slug,title,reviewed,next_review,state,days_late,reading_grade
                mind-board,anxiety,\"Anxiety, \"\"worry\"\"\",2023-06-01,2026-06-01,overdue,183,6.9
                mind-board,grief,Grief,2023-12-01,2026-12-01,due-soon,0,6.9
                heart-board,afib,Atrial fibrillation,2023-11-20,2026-11-20,overdue,11,6.9
                """);
    }

    @Test
    void printsJson() {
        commands.run("review", "--content", content.toString(), "--today", TODAY, "--format", "json");

        assertThat(commands.takeOut()).isEqualTo("""
                [
                  {"slug":"anxiety","title":"Anxiety, \\"worry\\"","reviewer":"mind-board","reviewed":"2023-06-01","next_review":"2026-06-01","state":"overdue","days_late":183,"reading_grade":6.9},
                  {"slug":"grief","title":"Grief","reviewer":"mind-board","reviewed":"2023-12-01","next_review":"2026-12-01","state":"due-soon","days_late":0,"reading_grade":6.9},
                  {"slug":"afib","title":"Atrial fibrillation","reviewer":"heart-board","reviewed":"2023-11-20","next_review":"2026-11-20","state":"overdue","days_late":11,"reading_grade":6.9},
                  {"slug":"angina","title":"Angina","reviewer":"heart-board","reviewed":"2024-02-01","next_review":"2027-02-01","state":"due-soon","days_late":-62,"reading_grade":6.9}
                ]
                """);
    }

    @Test
    void failsOnOverdueOnlyWhenAskedAndSomethingIsOverdue() {
        assertThat(commands.run("review", "--content", content.toString(), "--today", TODAY, "--fail-on-overdue")).isEqualTo(1);
        assertThat(commands.run("review", "--content", content.toString(), "--today", "2026-05-01", "--fail-on-overdue",
                "--format", "json")).isZero();
    }

    @Test
    void anEmptyQueueSaysSo() {
        commands.run("review", "--content", content.toString(), "--today", "2025-01-01", "--within", "P1M");
        commands.takeOut();
        commands.run("review", "--content", content.toString(), "--today", "2025-01-01", "--format", "json");

        assertThat(commands.out.toString()).isEqualTo("[]\n");
        commands.takeOut();
        commands.run("review", "--content", content.toString(), "--today", "2025-01-01");
        assertThat(commands.takeOut()).isEqualTo("No reviews overdue or due within 90 days of 2025-01-01.\n");
    }

    @Test
    void articlesWithErrorsAreLeftOutAndSaidSo() throws IOException {
        write("articles/broken.md", "---\ntitle: Broken\n---\n");

        commands.run("review", "--content", content.toString(), "--today", TODAY, "--format", "csv");

        assertThat(commands.err.toString()).isEqualTo("healthlib: 2 errors in the content folder; articles with errors "
                + "are not in the queue (see healthlib check)\n");
    }

    @Test
    void aWindowMustBeAPeriod() {
        assertThat(commands.run("review", "--content", content.toString(), "--within", "90 days")).isEqualTo(2);
        assertThat(commands.run("review", "--content", content.toString(), "--within", "P-3D")).isEqualTo(2);
        assertThat(commands.run("review", "--content", content.toString(), "--format", "xml")).isEqualTo(2);

        assertThat(commands.err.toString()).contains(
                "'90 days' is not a period (expected ISO-8601, zero or longer, such as P90D or P6M)",
                "'P-3D' is not a period", "Invalid value for option '--format'");
    }
}
