package org.healthlib.bench.plot;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeMap;

/** Logarithmic axes (base 10) around the points to draw, and their ticks at 1, 2 and 5 of each decade. */
record Axes(double minArticles, double maxArticles, double minSeconds, double maxSeconds) {
    static final int WIDTH = 720;
    static final int HEIGHT = 460;
    static final int LEFT = 70;
    static final int RIGHT = 30;
    static final int TOP = 40;
    static final int BOTTOM = 60;

    static Axes around(Collection<TreeMap<Integer, Double>> series) {
        double minA = Double.MAX_VALUE;
        double maxA = 0;
        double minS = Double.MAX_VALUE;
        double maxS = 0;
        for (TreeMap<Integer, Double> points : series) {
            for (var point : points.entrySet()) {
                minA = Math.min(minA, point.getKey());
                maxA = Math.max(maxA, point.getKey());
                minS = Math.min(minS, point.getValue());
                maxS = Math.max(maxS, point.getValue());
            }
        }
        if (maxA == 0) {
            return new Axes(100, 100_000, 1, 1000);
        }
        return new Axes(decadeBelow(minA), decadeAbove(maxA), decadeBelow(minS), decadeAbove(maxS));
    }

    private static double decadeBelow(double value) {
        return Math.pow(10, Math.floor(Math.log10(value)));
    }

    private static double decadeAbove(double value) {
        double decade = Math.pow(10, Math.ceil(Math.log10(value)));
        return decade == value ? decade * 10 : decade;
    }

    double x(double articles) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (Math.log10(articles) - Math.log10(minArticles))
                / (Math.log10(maxArticles) - Math.log10(minArticles));
    }

    double y(double seconds) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (Math.log10(seconds) - Math.log10(minSeconds))
                / (Math.log10(maxSeconds) - Math.log10(minSeconds));
    }

    void draw(StringBuilder out) {
        int bottom = HEIGHT - BOTTOM;
        out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#444\"/>%n",
                LEFT, TOP, WIDTH - LEFT - RIGHT, bottom - TOP));
        for (double decade = minArticles; decade <= maxArticles * 1.001; decade *= 10) {
            for (int step : new int[] {1, 2, 5}) {
                double value = decade * step;
                if (value > maxArticles * 1.001) {
                    break;
                }
                double x = x(value);
                out.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                        + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,.0f</text>%n", x, TOP, x, bottom, x, bottom + 18, value));
            }
        }
        for (double decade = minSeconds; decade <= maxSeconds * 1.001; decade *= 10) {
            for (int step : new int[] {1, 2, 5}) {
                double value = decade * step;
                if (value > maxSeconds * 1.001) {
                    break;
                }
                double y = y(value);
                out.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                        + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT, y, WIDTH - RIGHT, y, LEFT - 6, y + 4,
                        value < 1 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%,.0f", value)));
            }
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">articles</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 18));
        out.append(String.format(Locale.ROOT, "<text transform=\"translate(18 %d) rotate(-90)\" text-anchor=\"middle\">"
                + "seconds (wall)</text>%n", (TOP + bottom) / 2));
    }
}
