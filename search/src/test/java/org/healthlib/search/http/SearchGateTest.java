package org.healthlib.search.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SearchGateTest {

    @Test
    void letsAsManySearchesInAsItHasTurnsAndTheNextOneWhenOneLeaves() throws Exception {
        SearchGate gate = new SearchGate(2, 10_000);
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isTrue();

        CompletableFuture<Boolean> third = CompletableFuture.supplyAsync(gate::enter);
        Thread.sleep(100);
        assertThat(third).isNotDone();

        gate.leave();
        assertThat(third.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aSearchThatWaitsTooLongIsTurnedAway() {
        SearchGate gate = new SearchGate(1, 50);
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isFalse();
        gate.leave();
        assertThat(gate.enter()).isTrue();
    }
}
