/**
 * Markdown to what later stages need: sanitized HTML, plain text, headings, links and images with
 * their line and column, and the reading level. The renderer is built once per run and shared.
 */
package org.healthlib.core.markdown;
