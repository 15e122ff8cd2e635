package org.healthlib.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.healthlib.cli.HealthlibCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated folder is valid content: {@code check} finds no error in it. */
class CorpusCheckTest {

    @TempDir
    Path temp;

    @Test
    void aGeneratedFolderPassesCheck() throws IOException {
        Path content = temp.resolve("content");
        CorpusGenerator.generate(50, 1, content, null);

        StringWriter out = new StringWriter();
        int exit = HealthlibCommand.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
                .execute("check", "--content", content.toString(), "--today", Corpus.TODAY.toString());

        assertThat(out.toString()).contains("Checked 50 articles, 1 page: 0 errors");
        assertThat(exit).as(out.toString()).isZero();
    }
}
