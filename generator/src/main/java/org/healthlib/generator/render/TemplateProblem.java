package org.healthlib.generator.render;

import org.healthlib.core.diagnostics.Diagnostic;

/** A template that does not parse or fails while rendering, as a diagnostic on the template's file and line. */
public final class TemplateProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    public TemplateProblem(Diagnostic diagnostic) {
        super(diagnostic.format());
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
