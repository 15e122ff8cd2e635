package org.healthlib.generator.postprocess;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The file line of each link or image of a body, matched to the HTML elements in document order:
 * the n-th {@code <a href="x">} gets the line of the n-th link to {@code x}. 0 when a destination is
 * not found (raw HTML the Markdown renderer did not report), which prints as "the whole file".
 */
final class SourceLines {
    private final Map<String, Deque<Integer>> lines = new HashMap<>();

    <T> SourceLines(List<T> items, java.util.function.Function<T, String> destination, ToIntFunction<T> line) {
        for (T item : items) {
            lines.computeIfAbsent(destination.apply(item), d -> new ArrayDeque<>()).add(line.applyAsInt(item));
        }
    }

    /** The line of the next occurrence of this destination. */
    int next(String destination) {
        Deque<Integer> queue = lines.get(destination);
        if (queue == null || queue.isEmpty()) {
            return 0;
        }
        return queue.size() == 1 ? queue.peek() : queue.poll();
    }
}
