/**
 * How text becomes terms: the health analyzer (possessives, contractions, folding, stop words,
 * stems with their bad merges protected), the spelling analyzer, and the synonym map built from
 * the library's synonyms.
 */
package org.healthlib.search.analysis;
