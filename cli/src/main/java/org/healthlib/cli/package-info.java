/**
 * The {@code healthlib} command line: the commands, the one verdict they share ({@code Verdict}),
 * the publishing pipeline ({@code Publisher}) and the preview of {@code serve}. The only package
 * with a {@code main} and console output.
 */
package org.healthlib.cli;
