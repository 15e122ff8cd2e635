/**
 * Measuring the search: nDCG, MRR and recall over judged queries.
 */
package org.healthlib.search.eval;
