package org.healthlib.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.healthlib.core.editorial.QueueState;
import org.healthlib.core.editorial.ReviewEntry;
import org.healthlib.core.editorial.ReviewQueue;
import org.healthlib.core.editorial.ReviewerGroup;
import org.healthlib.core.json.Json;

/** The review queue as {@code review} prints it: an aligned table per reviewer, CSV, or a JSON array. */
final class ReviewQueueText {
    private static final List<String> HEADER = List.of("state", "due", "next review", "last review", "grade", "slug", "title");
    private static final int GRADE_COLUMN = 4;

    private ReviewQueueText() {
    }

    /**
     * {@code Review queue on 2029-08-01 (due within 90 days): 1 overdue, 2 due soon.}, then each
     * reviewer's name and articles in aligned columns.
     */
    static String table(ReviewQueue queue) {
        StringBuilder out = new StringBuilder();
        if (queue.isEmpty()) {
            return out.append("No reviews overdue or due within ").append(queue.window()).append(" of ")
                    .append(queue.today()).append(".\n").toString();
        }
        out.append("Review queue on ").append(queue.today()).append(" (due within ").append(queue.window())
                .append("): ").append(queue.overdue()).append(" overdue, ").append(queue.dueSoon()).append(" due soon.\n");
        List<List<String>> rows = new ArrayList<>(List.of(HEADER));
        queue.entries().forEach(entry -> rows.add(row(entry)));
        int[] widths = widths(rows);
        for (ReviewerGroup group : queue.groups()) {
            out.append('\n').append(group.reviewerName()).append(" (").append(group.reviewer()).append(")\n");
            appendRow(out, HEADER, widths);
            group.entries().forEach(entry -> appendRow(out, row(entry), widths));
        }
        return out.toString();
    }

    private static List<String> row(ReviewEntry entry) {
        return List.of(state(entry.state()), entry.due(), entry.nextReview().toString(),
                entry.reviewed().toString(), grade(entry), entry.slug(), entry.title());
    }

    /** A header line, then one line per entry in the queue's order (RFC 4180 quoting). */
    static String csv(ReviewQueue queue) {
        StringBuilder out = new StringBuilder("reviewer,slug,title,reviewed,next_review,state,days_late,reading_grade\n");
        for (ReviewEntry entry : queue.entries()) {
            out.append(String.join(",", List.of(csvField(entry.reviewer()), csvField(entry.slug()), csvField(entry.title()),
                    entry.reviewed().toString(), entry.nextReview().toString(), entry.state().slug(),
                    String.valueOf(entry.daysLate()), grade(entry)))).append('\n');
        }
        return out.toString();
    }

    /** A JSON array with one object per entry, one a line, in the queue's order. */
    static String json(ReviewQueue queue) {
        List<String> objects = queue.entries().stream().map(entry -> Json.write(fields(entry))).toList();
        return objects.isEmpty() ? "[]\n" : "[\n  " + String.join(",\n  ", objects) + "\n]\n";
    }

    private static Map<String, Object> fields(ReviewEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("slug", entry.slug());
        fields.put("title", entry.title());
        fields.put("reviewer", entry.reviewer());
        fields.put("reviewed", entry.reviewed().toString());
        fields.put("next_review", entry.nextReview().toString());
        fields.put("state", entry.state().slug());
        fields.put("days_late", entry.daysLate());
        fields.put("reading_grade", entry.readingGrade());
        return fields;
    }

    /** The widest cell of each column, so that every reviewer's table lines up with the others. */
    private static int[] widths(List<List<String>> rows) {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    /** Two spaces of indent, columns two spaces apart, the grade right-aligned. */
    private static void appendRow(StringBuilder out, List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < row.size(); i++) {
            line.append(pad(row.get(i), widths[i], i == GRADE_COLUMN)).append("  ");
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }

    private static String state(QueueState state) {
        return state == QueueState.OVERDUE ? "overdue" : "due soon";
    }

    private static String grade(ReviewEntry entry) {
        return String.format(Locale.ROOT, "%.1f", entry.readingGrade());
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
