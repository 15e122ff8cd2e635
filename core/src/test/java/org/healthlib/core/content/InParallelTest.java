package org.healthlib.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InParallelTest {
    @Test
    void everyItemsResultInTheListsOrder() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        List<String> results = InParallel.map(items, item -> {
            threads.add(Thread.currentThread().getName());
            return "item " + item;
        });

        assertThat(results).hasSize(5_000).startsWith("item 0", "item 1").endsWith("item 4999");
        assertThat(results).isEqualTo(items.stream().map(item -> "item " + item).toList());
        assertThat(threads).contains(Thread.currentThread().getName());
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
