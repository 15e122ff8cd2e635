package org.healthlib.search.http;

/**
 * API requests allowed per client: {@code perSecond} on average, and up to {@code burst} at
 * once after a quiet spell. {@link #OFF} (0 per second) lets everything through.
 */
public record RateLimit(double perSecond, int burst) {
    public static final RateLimit OFF = new RateLimit(0, 0);

    /** @throws IllegalArgumentException for a negative rate, or a rate with a burst below 1 */
    public RateLimit {
        if (!(perSecond >= 0) || burst < 0 || (perSecond > 0 && burst < 1)) {
            throw new IllegalArgumentException("a rate limit needs a rate of 0 or more and a burst of at least 1"
                    + " (got " + perSecond + " per second, burst " + burst + ")");
        }
    }

    public boolean enabled() {
        return perSecond > 0;
    }
}
