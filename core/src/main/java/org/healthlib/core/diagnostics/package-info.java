/**
 * Problems an editor can act on: {@link org.healthlib.core.diagnostics.Diagnostic}
 * ({@code file:line:col: error: message}), positions, and "did you mean" suggestions (the one edit
 * distance of the project). Depends on nothing else.
 */
package org.healthlib.core.diagnostics;
