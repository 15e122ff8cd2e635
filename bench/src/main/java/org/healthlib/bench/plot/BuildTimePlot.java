package org.healthlib.bench.plot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws build time against article count, one line per thing timed (Healthlib, Hugo, the floor), as
 * an SVG with logarithmic axes, from the results file of {@code bench/compare.sh}: tab-separated,
 * with a header, columns {@code corpus articles what run wall_s ... exit}. Only the generated corpora
 * and the runs that succeeded count; each point is the median of its runs.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.healthlib.bench.plot.BuildTimePlot RESULTS.tsv OUT.svg</pre>
 */
public final class BuildTimePlot {
    /** What is drawn, in the legend's order, with its colour and label. */
    private static final List<Series> SERIES = List.of(
            new Series("healthlib-build", "#1b6ca8", "Healthlib build"),
            new Series("hugo", "#d1495b", "Hugo (with related articles)"),
            new Series("hugo-plain", "#edae49", "Hugo (without related articles)"),
            new Series("floor", "#66a182", "floor (Flexmark + Lucene alone)"));

    private BuildTimePlot() {
    }

    record Series(String what, String colour, String label) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuildTimePlot RESULTS.tsv OUT.svg");
            System.exit(2);
        }
        Map<String, TreeMap<Integer, Double>> medians = Medians.of(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        Files.writeString(Path.of(args[1]), svg(medians), StandardCharsets.UTF_8);
    }

    static String svg(Map<String, TreeMap<Integer, Double>> medians) {
        Axes axes = Axes.around(medians.values());
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"13\">%n", Axes.WIDTH, Axes.HEIGHT, Axes.WIDTH, Axes.HEIGHT));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        out.append("<text x=\"").append(Axes.WIDTH / 2).append("\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">"
                + "Build time against article count (median wall time, log scales)</text>\n");
        axes.draw(out);
        int legend = 0;
        for (Series series : SERIES) {
            TreeMap<Integer, Double> points = medians.get(series.what());
            if (points == null || points.isEmpty()) {
                continue;
            }
            List<String> xy = new ArrayList<>();
            points.forEach((articles, seconds) -> xy.add(String.format(Locale.ROOT, "%.1f,%.1f", axes.x(articles), axes.y(seconds))));
            out.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"").append(series.colour())
                    .append("\" points=\"").append(String.join(" ", xy)).append("\"/>\n");
            points.forEach((articles, seconds) -> out.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"><title>%s: %,d articles, %.1f s</title></circle>%n",
                    axes.x(articles), axes.y(seconds), series.colour(), series.label(), articles, seconds)));
            int y = Axes.TOP + 12 + 20 * legend++;
            out.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2.5\"/>"
                            + "<text x=\"%d\" y=\"%d\">%s</text>%n",
                    Axes.LEFT + 14, y, Axes.LEFT + 40, y, series.colour(), Axes.LEFT + 46, y + 4, series.label()));
        }
        return out.append("</svg>\n").toString();
    }
}
