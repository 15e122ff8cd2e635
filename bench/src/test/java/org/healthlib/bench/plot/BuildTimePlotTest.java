package org.healthlib.bench.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BuildTimePlotTest {
    private static final List<String> RESULTS = List.of(
            "corpus\tarticles\twhat\trun\twall_s\tcpu_s\tpeak_mb\tload1\texit",
            "generated\t1000\thealthlib-build\t1\t9.0\t12\t300\t2.1\t0",
            "generated\t1000\thealthlib-build\t2\t11.0\t12\t300\t2.1\t0",
            "generated\t1000\thealthlib-build\t3\t10.0\t12\t300\t2.1\t0",
            "generated\t1000\thugo\t1\t4.0\t4\t200\t2.1\t0",
            "generated\t10000\thealthlib-build\t1\t45.0\t50\t600\t2.1\t0",
            "generated\t10000\thugo\t1\t99.0\t80\t2500\t2.1\t1",
            "medquad\t5483\thealthlib-build\t1\t50.0\t55\t500\t2.1\t0");

    @Test
    void eachPointIsTheMedianOfTheGeneratedCorporasSuccessfulRuns() {
        Map<String, TreeMap<Integer, Double>> medians = Medians.of(RESULTS);

        assertThat(medians.get("healthlib-build")).containsExactly(Map.entry(1000, 10.0), Map.entry(10000, 45.0));
        assertThat(medians.get("hugo")).containsExactly(Map.entry(1000, 4.0));
    }

    @Test
    void drawsALineAndALegendForEachSeries() {
        String svg = BuildTimePlot.svg(Medians.of(RESULTS));

        assertThat(svg).startsWith("<svg").endsWith("</svg>\n").contains("Healthlib build", "Hugo (with related articles)")
                .doesNotContain("floor (");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
    }
}
