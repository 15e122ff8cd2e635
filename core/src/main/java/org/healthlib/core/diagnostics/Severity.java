package org.healthlib.core.diagnostics;

import java.util.Locale;

/** How serious a content problem is: errors fail a run, warnings are only reported. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word printed in a diagnostic line: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
