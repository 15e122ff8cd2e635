package org.healthlib.bench.plot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The median wall time of each thing timed at each article count, from compare.sh's results. */
final class Medians {
    private Medians() {
    }

    /** {@code what} → article count → median seconds, from the lines of a results file (header first). */
    static Map<String, TreeMap<Integer, Double>> of(List<String> lines) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        List<String> header = List.of(lines.get(0).split("\t"));
        int corpus = column(header, "corpus");
        int articles = column(header, "articles");
        int what = column(header, "what");
        int wall = column(header, "wall_s");
        int exit = column(header, "exit");
        Map<String, Map<Integer, List<Double>>> runs = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            if (cells.length <= Math.max(exit, wall) || !cells[corpus].equals("generated") || !cells[exit].equals("0")) {
                continue;
            }
            runs.computeIfAbsent(cells[what], k -> new HashMap<>())
                    .computeIfAbsent(Integer.valueOf(cells[articles]), k -> new ArrayList<>())
                    .add(Double.valueOf(cells[wall]));
        }
        Map<String, TreeMap<Integer, Double>> medians = new HashMap<>();
        runs.forEach((name, bySize) -> {
            TreeMap<Integer, Double> points = new TreeMap<>();
            bySize.forEach((size, seconds) -> points.put(size, median(seconds)));
            medians.put(name, points);
        });
        return medians;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("the results file has no column '" + name + "' (header: " + header + ")");
        }
        return index;
    }
}
