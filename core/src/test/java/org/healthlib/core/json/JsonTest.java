package org.healthlib.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one JSON writer: JSON-LD in pages, the search API, the review queue. */
class JsonTest {
    @Test
    void writesObjectsArraysAndScalarsInOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "Asthma");
        value.put("count", 3);
        value.put("flag", true);
        value.put("list", List.of("a", List.of()));
        assertThat(Json.write(value)).isEqualTo("{\"name\":\"Asthma\",\"count\":3,\"flag\":true,\"list\":[\"a\",[]]}");
    }

    @Test
    void escapesWhatCouldEndAScriptElementOrBreakJavaScript() {
        assertThat(Json.write("</script> & \"q\" \\ \n\t\u0001 \u2028\u2029"))
                .isEqualTo("\"\\u003c/script\\u003e \\u0026 \\\"q\\\" \\\\ \\n\\t\\u0001 \\u2028\\u2029\"");
    }

    @Test
    void writesAnAbsentOptionalAsNullAndAPresentOneAsItsValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("suggestion", Optional.empty());
        value.put("reviewed", Optional.of("2025-06-01"));
        assertThat(Json.write(value)).isEqualTo("{\"suggestion\":null,\"reviewed\":\"2025-06-01\"}");
    }

    @Test
    void refusesValuesThatAreNotJson() {
        assertThatThrownBy(() -> Json.write(List.of(new Object()))).isInstanceOf(IllegalArgumentException.class);
    }
}
