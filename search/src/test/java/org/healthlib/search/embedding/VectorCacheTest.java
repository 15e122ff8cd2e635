package org.healthlib.search.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorCacheTest {
    @TempDir
    Path dir;

    /** Three dimensions: the text's length, its first letter, and how many times it was embedded. */
    private static final class Fake implements TextEmbedder {
        final List<String> embedded = new ArrayList<>();

        @Override
        public String model() {
            return "fake";
        }

        @Override
        public int dimensions() {
            return 3;
        }

        @Override
        public float[] embed(String text) {
            embedded.add(text);
            return new float[] {text.length(), text.charAt(0), embedded.size()};
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            return texts.stream().map(this::embed).toList();
        }
    }

    @Test
    void embedsEachTextOnceAcrossRunsAndAppendsWhatIsNew() throws IOException {
        Fake first = new Fake();
        List<float[]> vectors = new VectorCache(dir, first).vectors(List.of("acne", "gout", "acne"));
        assertThat(first.embedded).containsExactly("acne", "gout");
        assertThat(vectors.get(2)).containsExactly(vectors.get(0));
        Path file = dir.resolve("vectors/fake.vectors");
        long size = Files.size(file);

        Fake second = new Fake();
        List<float[]> again = new VectorCache(dir, second).vectors(List.of("gout", "asthma"));

        assertThat(second.embedded).containsExactly("asthma");
        assertThat(again.get(0)).containsExactly(4, 'g', 2);
        assertThat(Files.size(file)).isEqualTo(size + 32 + 3 * Float.BYTES);
        assertThat(new VectorCache(dir, new Fake()).vectors(List.of("asthma")).get(0)).containsExactly(6, 'a', 1);
    }

    @Test
    void oneCacheReadsItsFileOnceAndWritesItWholeWhenItHasGone() throws IOException {
        Fake embedder = new Fake();
        VectorCache cache = new VectorCache(dir, embedder);
        cache.vectors(List.of("acne"));
        Path file = dir.resolve("vectors/fake.vectors");
        Files.delete(file);

        assertThat(cache.vectors(List.of("acne")).get(0)).containsExactly(4, 'a', 1);
        assertThat(embedder.embedded).containsExactly("acne");
        assertThat(file).doesNotExist();

        cache.vectors(List.of("gout"));

        assertThat(embedder.embedded).containsExactly("acne", "gout");
        Fake next = new Fake();
        new VectorCache(dir, next).vectors(List.of("acne", "gout"));
        assertThat(next.embedded).isEmpty();
    }

    @Test
    void aFileCutShortIsWrittenWholeAgain() throws IOException {
        new VectorCache(dir, new Fake()).vectors(List.of("acne"));
        Path file = dir.resolve("vectors/fake.vectors");
        Files.write(file, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);

        Fake next = new Fake();
        new VectorCache(dir, next).vectors(List.of("acne", "gout"));

        assertThat(next.embedded).containsExactly("acne", "gout");
        assertThat(Files.size(file)).isEqualTo(2 * Integer.BYTES + 2 * (32 + 3 * Float.BYTES));
    }
}
