package org.healthlib.core.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs {@code git log --format=%cs --name-only} once in the content folder and reads it. */
final class GitCommitDates {
    private static final String MARK = "\u0001";
    private static final long TIMEOUT_SECONDS = 30;

    private GitCommitDates() {
    }

    static Map<Path, LocalDate> read(Path root) {
        List<String> command = List.of("git", "-c", "core.quotepath=off", "-C", root.toString(), "log",
                "--format=" + MARK + "%cs", "--name-only", "--relative", "--no-renames", "--", ".");
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            Map<Path, LocalDate> dates;
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                dates = parse(out.lines().toList());
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Map.of();
            }
            return process.exitValue() == 0 ? dates : Map.of();
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    /**
     * Reads the log: a line {@code \u0001yyyy-mm-dd} per commit, newest first, then the files it
     * touched; a file's first date is therefore its last commit.
     */
    static Map<Path, LocalDate> parse(List<String> lines) {
        Map<Path, LocalDate> dates = new HashMap<>();
        Optional<LocalDate> commit = Optional.empty();
        for (String line : lines) {
            if (line.startsWith(MARK)) {
                commit = date(line.substring(MARK.length()));
            } else if (!line.isBlank() && commit.isPresent()) {
                dates.putIfAbsent(Path.of(line), commit.get());
            }
        }
        return dates;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
