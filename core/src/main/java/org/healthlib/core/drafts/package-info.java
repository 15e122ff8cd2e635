/**
 * New articles for editors to write: a draft started from a title and a type
 * ({@link Drafts#newArticle}), or imported from a legacy plain-text export
 * ({@link LegacyText} → {@link Drafts#fromLegacy}). A draft is Markdown with complete front matter
 * ({@code status: draft}, never {@code published}) that {@code check} accepts, with visible
 * {@code TODO} marks where an editor has work to do. {@link DraftFiles} writes it without ever
 * replacing a file.
 */
package org.healthlib.core.drafts;
