/**
 * How text becomes terms: the health analyzer (possessives, folding, stop words, stems), the
 * spelling analyzer, and the synonym map built from the library's synonyms.
 */
package org.healthlib.search.analysis;
