package org.healthlib.bench.load;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The requests of every client of one run, as throughput and latency percentiles. */
record LoadResult(int clients, double seconds, long[] sortedNanos, int errors) {

    static LoadResult of(int clients, double seconds, List<ClientLog> logs) {
        long[] all = logs.stream().map(ClientLog::latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        int errors = logs.stream().mapToInt(ClientLog::errors).sum();
        return new LoadResult(clients, seconds, all, errors);
    }

    int requests() {
        return sortedNanos.length;
    }

    double perSecond() {
        return requests() / seconds;
    }

    /** The latency below which {@code percent} of the requests answered, in milliseconds (nearest rank). */
    double percentileMs(double percent) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    String report(URI url) {
        return String.format(Locale.ROOT,
                "%s: %d clients for %.1f s: %d requests, %.1f requests/s, %d errors; latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                url, clients, seconds, requests(), perSecond(), errors, percentileMs(50), percentileMs(90),
                percentileMs(99), percentileMs(100));
    }

    String tsv() {
        return String.format(Locale.ROOT, "load-test\t%d\t%.1f\t%d\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f", clients, seconds,
                requests(), errors, perSecond(), percentileMs(50), percentileMs(90), percentileMs(99), percentileMs(100));
    }
}
