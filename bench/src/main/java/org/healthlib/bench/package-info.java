/**
 * JMH benchmarks of what the commands run, on a corpus given by {@code healthlib.corpus}.
 */
package org.healthlib.bench;
