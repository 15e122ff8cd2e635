package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InParallelTest {
    @Test
    void everyItemsResultInTheListsOrder() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        List<String> results = InParallel.map(items, item -> "item " + item);

        assertThat(results).hasSize(5_000).startsWith("item 0", "item 1").endsWith("item 4999");
        assertThat(results).isEqualTo(items.stream().map(item -> "item " + item).toList());
        assertThat(InParallel.map(List.of(), item -> item)).isEmpty();
    }

    @Test
    void theFirstFailureIsThrownAsItWas() {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();
        IllegalStateException failure = new IllegalStateException("article 42 is broken");

        assertThatThrownBy(() -> InParallel.map(items, item -> {
            if (item == 42) {
                throw failure;
            }
            return item;
        })).isSameAs(failure);
    }
}
