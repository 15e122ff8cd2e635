package org.healthlib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code healthlib} commands in-process and keeps what they print; golden files of the cli tests. */
final class Commands {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine line = HealthlibCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    /** Standard output so far, then forgotten. */
    String takeOut() {
        String text = out.toString();
        out.getBuffer().setLength(0);
        return text;
    }

    /**
     * Compares {@code actual} with {@code src/test/resources/golden/<name>}; with
     * {@code -Dgolden.update=true} the file is rewritten first, to be reviewed as a diff.
     */
    static void assertMatchesGolden(String name, String actual) throws IOException {
        Path expected = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual);
        }
        assertThat(expected).as("golden file %s (regenerate with -Dgolden.update=true)", expected).exists();
        assertThat(actual).as("output compared with %s", expected).isEqualTo(Files.readString(expected));
    }
}
