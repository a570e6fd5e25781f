package org.causalworkbench.estimators.repr.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

    @Test
    void parse_readsNestedValues() {
        Object value = JsonText.parse(" {\"a\": [1, -2.5e1, \"x\\u00e9\\n\"], \"b\": {\"c\": true,"
                + " \"d\": null}, \"e\": 9223372036854775807} ", "test");

        Map<?, ?> root = (Map<?, ?>) value;
        assertEquals(List.of(1L, -25.0, "x\u00e9\n"), root.get("a"));
        Map<?, ?> b = (Map<?, ?>) root.get("b");
        assertEquals(Boolean.TRUE, b.get("c"));
        assertTrue(b.containsKey("d"));
        assertNull(b.get("d"));
        assertEquals(Long.MAX_VALUE, root.get("e"));
    }

    @Test
    void parse_keepsKeyOrder() {
        Map<?, ?> root = (Map<?, ?>) JsonText.parse("{\"z\":1,\"a\":2,\"m\":3}", "test");

        assertEquals(List.of("z", "a", "m"), List.copyOf(root.keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\":1,\"a\":2}|key \"a\" appears twice at character 8",
        "{\"a\":1} x|unexpected text after the JSON value at character 9",
        "{\"a\":01}|expected ',' or '}' at character 7",
        "[1,]|unexpected character ']' at character 4",
        "\"a\\q\"|invalid escape '\\q' at character 4",
        "{\"a\":tru}|unexpected text; expected true at character 6",
        "{\"a\":1|expected ',' or '}' at character 7",
        "{a:1}|expected a quoted key at character 2",
        "[1.]|a decimal point needs digits after it at character 4",
    })
    void parse_rejectsInvalidJsonWithPosition(String text, String problem) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> JsonText.parse(text, "the header of f.safetensors"));

        assertEquals("the header of f.safetensors is not valid JSON: " + problem,
                error.getMessage());
    }

    @Test
    void parse_rejectsDeepNesting() {
        String deep = "[".repeat(100) + "]".repeat(100);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> JsonText.parse(deep, "test"));

        assertTrue(error.getMessage().contains("nesting deeper than 64"), error.getMessage());
    }
}
