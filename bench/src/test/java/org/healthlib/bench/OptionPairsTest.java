package org.healthlib.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionPairsTest {
    private static final Set<String> NAMES = Set.of("--content", "--threads");

    @Test
    void readsEachNameWithItsValueAndLeavesOthersEmpty() {
        OptionPairs options = OptionPairs.parse(new String[] {"--content", "/tmp/corpus"}, NAMES);

        assertThat(options.get("--content")).contains("/tmp/corpus");
        assertThat(options.get("--threads")).isEmpty();
    }

    @Test
    void aLaterPairReplacesAnEarlierOne() {
        OptionPairs options = OptionPairs.parse(new String[] {"--threads", "2", "--threads", "4"}, NAMES);

        assertThat(options.get("--threads")).contains("4");
    }

    @Test
    void saysWhichNameItDoesNotKnowOrLacksItsValue() {
        assertThatThrownBy(() -> OptionPairs.parse(new String[] {"--contnet", "/tmp/corpus"}, NAMES))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown option '--contnet'");
        assertThatThrownBy(() -> OptionPairs.parse(new String[] {"--content", "/tmp/corpus", "--threads"}, NAMES))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'--threads' needs a value");
    }
}
