package org.healthlib.generator.postprocess;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The file line of each link or image of a body, matched to the HTML elements in document order:
 * the n-th {@code <a href="x">} gets the line of the n-th link to {@code x}. 0 when a destination is
 * not found (raw HTML the Markdown renderer did not report), which prints as "the whole file".
 */
final class SourceLines {
    private static String decode(String destination) {
        try {
            return URLDecoder.decode(destination.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return destination;
        }
    }

    private final Map<String, Deque<Integer>> lines = new HashMap<>();

    <T> SourceLines(List<T> items, Function<T, String> destination, ToIntFunction<T> line) {
        for (T item : items) {
            lines.computeIfAbsent(destination.apply(item), d -> new ArrayDeque<>()).add(line.applyAsInt(item));
        }
    }

    /**
     * The line of the next occurrence of this destination. The HTML may carry it percent-encoded
     * ({@code my%20file.md}) where the Markdown has it as written.
     */
    int next(String destination) {
        Deque<Integer> queue = lines.get(destination);
        if (queue == null && destination.indexOf('%') >= 0) {
            queue = lines.get(decode(destination));
        }
        if (queue == null || queue.isEmpty()) {
            return 0;
        }
        return queue.size() == 1 ? queue.peek() : queue.poll();
    }
}
