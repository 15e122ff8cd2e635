package org.healthlib.generator.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
    void refusesValuesThatAreNotJson() {
        assertThatThrownBy(() -> Json.write(List.of(new Object()))).isInstanceOf(IllegalArgumentException.class);
    }
}
