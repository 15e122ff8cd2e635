package org.healthlib.cli;

import java.io.PrintWriter;
import java.util.List;
import org.healthlib.core.diagnostics.Diagnostic;

/** Prints diagnostics one a line, {@code articles/heart/afib.md:4:11: error: message}, in file and position order. */
final class DiagnosticPrinter {
    private final PrintWriter out;

    DiagnosticPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(List<Diagnostic> diagnostics) {
        diagnostics.stream().sorted(Diagnostic.ORDER).forEach(d -> out.println(d.format()));
        out.flush();
    }

    /** "1 error", "3 warnings". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
