/**
 * Writing the index: the fields of an article document (each type justified in
 * {@code ArticleFields}), the suggester, and the index written beside its folder and swapped in.
 */
package org.healthlib.search.index;
