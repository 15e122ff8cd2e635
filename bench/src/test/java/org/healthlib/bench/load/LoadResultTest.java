package org.healthlib.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadResultTest {

    @Test
    void percentilesAreTheNearestRankOfAllClientsLatencies() {
        ClientLog first = new ClientLog();
        ClientLog second = new ClientLog();
        for (int ms = 1; ms <= 100; ms++) {
            (ms % 2 == 0 ? first : second).add(ms * 1_000_000L, ms != 100);
        }

        LoadResult result = LoadResult.of(2, 10, List.of(first, second));

        assertThat(result.requests()).isEqualTo(100);
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.perSecond()).isEqualTo(10);
        assertThat(result.percentileMs(50)).isEqualTo(50);
        assertThat(result.percentileMs(99)).isEqualTo(99);
        assertThat(result.percentileMs(100)).isEqualTo(100);
        assertThat(result.tsv()).startsWith("load-test\t2\t10.0\t100\t1\t10.0\t50.00\t90.00\t99.00\t100.00");
    }

    @Test
    void theQueriesAreAsVariedAsReadersAre() {
        assertThat(ReaderQueries.ALL).hasSizeGreaterThanOrEqualTo(15).doesNotHaveDuplicates();
    }
}
