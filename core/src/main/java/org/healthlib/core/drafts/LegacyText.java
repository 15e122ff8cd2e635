package org.healthlib.core.drafts;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.healthlib.core.diagnostics.Diagnostic;
import org.healthlib.core.diagnostics.Diagnostics;
import org.healthlib.core.diagnostics.Position;

/**
 * Reads a legacy plain-text article (the shape described in {@code seeds/README.md}): one
 * paragraph a line, the publisher's closing promotion, a blank line, {@code Last reviewed on
 * MM/DD/YYYY.}, then the library's boilerplate. What is dropped and each list lead-in whose list
 * was lost are reported as warnings at their line, so an editor can check them; a file of
 * another shape is an error and gives no article.
 */
public final class LegacyText {
    static final String REVIEW_LINE = "Last reviewed on";
    private static final Pattern REVIEW = Pattern.compile("Last reviewed on (\\S+?)\\.?");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    /** "Our team", "we can help", "contact us": the publisher speaking of itself. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(our|we|us)\\b");
    private static final int QUOTED_WORDS = 8;

    private LegacyText() {
    }

    /** The article in {@code text} (the file's content, line ends as {@code \n}), or nothing with an error. */
    public static Optional<LegacyArticle> parse(Path file, String text, Diagnostics diagnostics) {
        if (text.isBlank()) {
            diagnostics.add(Diagnostic.error(file, Position.START, "file is empty"));
            return Optional.empty();
        }
        Optional<Position> control = controlCharacter(text);
        if (control.isPresent()) {
            diagnostics.add(Diagnostic.error(file, control.get(), "file is not text (a control character such as NUL; "
                    + "is it a binary file?)"));
            return Optional.empty();
        }
        List<String> lines = text.lines().toList();
        int review = reviewLine(lines);
        if (review < 0) {
            diagnostics.add(Diagnostic.error(file, Position.START, "no '" + REVIEW_LINE
                    + " MM/DD/YYYY.' line: not a plain-text article export"));
            return Optional.empty();
        }
        Optional<LocalDate> reviewed = reviewDate(file, lines.get(review), review + 1, diagnostics);
        if (reviewed.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> after = IntStream.range(review + 1, lines.size())
                .filter(i -> !lines.get(i).isBlank()).boxed().toList();
        if (after.size() > 1) {
            diagnostics.add(Diagnostic.error(file, new Position(after.get(1) + 1, 1), "more than one line after the '"
                    + REVIEW_LINE + "' line (only the library boilerplate goes there): not a plain-text article export"));
            return Optional.empty();
        }
        List<Diagnostic> notes = new ArrayList<>();
        List<LegacyArticle.Paragraph> paragraphs = paragraphs(file, lines, review, notes);
        after.forEach(i -> notes.add(dropped(file, i + 1, "the library boilerplate", lines.get(i))));
        if (paragraphs.isEmpty()) {
            diagnostics.add(Diagnostic.error(file, new Position(review + 1, 1),
                    "no article text before the closing promotion and the '" + REVIEW_LINE + "' line"));
            return Optional.empty();
        }
        diagnostics.addAll(notes);
        return Optional.of(new LegacyArticle(file, paragraphs, reviewed.get()));
    }

    /** The body lines, without the closing promotion (the last line, and the one before when it speaks as "we"). */
    private static List<LegacyArticle.Paragraph> paragraphs(Path file, List<String> lines, int review, List<Diagnostic> notes) {
        List<LegacyArticle.Paragraph> body = new ArrayList<>();
        for (int i = 0; i < review; i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                body.add(new LegacyArticle.Paragraph(i + 1, line, line.endsWith(":")));
            }
        }
        int promotion = body.size() - 1;
        if (promotion > 0 && FIRST_PERSON.matcher(body.get(promotion - 1).text()).find()) {
            promotion--;
        }
        for (int i = Math.max(promotion, 0); i < body.size(); i++) {
            notes.add(dropped(file, body.get(i).line(), "the closing promotion", body.get(i).text()));
        }
        List<LegacyArticle.Paragraph> kept = List.copyOf(body.subList(0, Math.max(promotion, 0)));
        kept.stream().filter(LegacyArticle.Paragraph::leadIn).forEach(p -> notes.add(Diagnostic.warning(file,
                new Position(p.line(), 1), "list lead-in whose list was lost in the export; marked TODO in the draft")));
        return kept;
    }

    /** The index of the last line that starts with {@value #REVIEW_LINE}, -1 when there is none. */
    private static int reviewLine(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).strip().startsWith(REVIEW_LINE)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<LocalDate> reviewDate(Path file, String line, int lineNumber, Diagnostics diagnostics) {
        Matcher review = REVIEW.matcher(line.strip());
        Matcher date = review.matches() ? US_DATE.matcher(review.group(1)) : null;
        int column = line.indexOf(REVIEW_LINE) + REVIEW_LINE.length() + 2;
        if (date != null && date.matches()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(date.group(3)), Integer.parseInt(date.group(1)),
                        Integer.parseInt(date.group(2))));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        String got = line.strip().substring(REVIEW_LINE.length()).strip();
        diagnostics.add(Diagnostic.error(file, new Position(lineNumber, Math.min(column, line.length() + 1)),
                "review date is not a date (expected MM/DD/YYYY, got \"" + got + "\")"));
        return Optional.empty();
    }

    private static Diagnostic dropped(Path file, int line, String what, String text) {
        return Diagnostic.warning(file, new Position(line, 1), "dropped " + what + " (\"" + firstWords(text) + "\")");
    }

    /** The first words of a line, with "…" when there are more. */
    static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length <= QUOTED_WORDS) {
            return text.strip();
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(0, QUOTED_WORDS)) + " …";
    }

    /** The position of the first control character other than tab, or nothing. */
    private static Optional<Position> controlCharacter(String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (Character.isISOControl(c) && c != '\t') {
                return Optional.of(new Position(line, column));
            }
            if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return Optional.empty();
    }
}
