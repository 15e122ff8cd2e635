package org.healthlib.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.healthlib.core.diagnostics.Diagnostic;

/** Prints diagnostics one a line, {@code articles/heart/afib.md:4:11: error: message}, in file and position order. */
final class DiagnosticPrinter {
    private final PrintWriter out;
    private final Consumer<Diagnostic> printed;

    DiagnosticPrinter(PrintWriter out) {
        this(out, diagnostic -> { });
    }

    /** @param printed also told each diagnostic printed, in order (serve shows them in the open pages) */
    DiagnosticPrinter(PrintWriter out, Consumer<Diagnostic> printed) {
        this.out = out;
        this.printed = printed;
    }

    void print(List<Diagnostic> diagnostics) {
        diagnostics.stream().sorted(Diagnostic.ORDER).forEach(d -> {
            out.println(d.format());
            printed.accept(d);
        });
        out.flush();
    }

    /** "1 error", "3 warnings". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
