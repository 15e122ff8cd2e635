/**
 * The floor program of issue 13: Flexmark and Lucene alone on the same articles, the least a
 * build can cost, run by {@code bench/compare.sh} beside the real build.
 */
package org.healthlib.bench.floor;
