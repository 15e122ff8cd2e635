/**
 * The search load test of issue 13: concurrent clients against the search API of a running
 * server, reported as throughput and latency percentiles.
 */
package org.healthlib.bench.load;
