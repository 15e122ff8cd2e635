/** The plot of build time against article count, drawn from the results of {@code bench/compare.sh}. */
package org.healthlib.bench.plot;
