package org.healthlib.bench.load;

import java.util.Arrays;

/** What one client saw: the latency of each request (nanoseconds) and how many failed. */
final class ClientLog {
    private long[] latencies = new long[1024];
    private int count;
    private int errors;

    void add(long nanos, boolean ok) {
        if (count == latencies.length) {
            latencies = Arrays.copyOf(latencies, count * 2);
        }
        latencies[count++] = nanos;
        if (!ok) {
            errors++;
        }
    }

    long[] latencies() {
        return Arrays.copyOf(latencies, count);
    }

    int errors() {
        return errors;
    }
}
