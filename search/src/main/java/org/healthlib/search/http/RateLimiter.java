package org.healthlib.search.http;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * How many requests each client may make: a token bucket per client address that holds up to
 * {@code burst} requests and refills at {@code perSecond}. When many clients are tracked, buckets
 * that have refilled completely are forgotten, at most once a second (a sweep looks at every
 * bucket), so the memory stays bounded by the clients active within the last few seconds.
 */
final class RateLimiter {
    /** Buckets kept before full ones are swept away. */
    static final int SWEEP_ABOVE = 10_000;
    private static final double NANOS_PER_SECOND = 1e9;
    private static final long SWEEP_EVERY_NANOS = 1_000_000_000L;

    private final RateLimit limit;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    RateLimiter(RateLimit limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.lastSweep = new AtomicLong(nanoClock.getAsLong());
    }

    /** Empty when the client may go ahead (and one request is counted), else the seconds it should wait. */
    OptionalLong acquire(String client) {
        if (!limit.enabled()) {
            return OptionalLong.empty();
        }
        long now = nanoClock.getAsLong();
        sweepWhenMany(now);
        return buckets.computeIfAbsent(client, key -> new Bucket(now)).take(now);
    }

    private void sweepWhenMany(long now) {
        long last = lastSweep.get();
        if (buckets.size() > SWEEP_ABOVE && now - last >= SWEEP_EVERY_NANOS && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
    }

    /** Clients currently tracked. */
    int clients() {
        return buckets.size();
    }

    private final class Bucket {
        private double tokens = limit.burst();
        private long refilled;

        Bucket(long now) {
            this.refilled = now;
        }

        synchronized OptionalLong take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            double seconds = (1 - tokens) / limit.perSecond();
            return OptionalLong.of(Math.max(1, (long) Math.ceil(seconds)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= limit.burst();
        }

        private void refill(long now) {
            double elapsed = Math.max(0, now - refilled) / NANOS_PER_SECOND;
            tokens = Math.min(limit.burst(), tokens + elapsed * limit.perSecond());
            refilled = now;
        }
    }
}
