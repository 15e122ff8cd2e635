package org.healthlib.core.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every diagnostic of a run; safe to share between the threads that load and render.
 * A run reports them all and fails once, at the end.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public synchronized void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(items::add);
    }

    /** All diagnostics so far, in file and position order. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return items.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
