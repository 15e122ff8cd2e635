/**
 * Measuring the search: nDCG, MRR, recall and success@3 over judged queries (TREC qrels, or reader
 * queries with their acceptable articles), rankings saved as runs, and the first relevant rank of
 * each query compared before and after a change.
 */
package org.healthlib.search.eval;
