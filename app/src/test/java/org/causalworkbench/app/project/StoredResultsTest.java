package org.causalworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Checks which re-runs count as reproducing a stored result. */
class StoredResultsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String STORED = "{\"methods\":{\"grasp\":{\"factorRate\":0.0}},"
            + "\"values\":[0.25,0.5]}";

    @Test
    void reproduced_ignoresFieldsOnlyTheRerunHas() throws Exception {
        JsonNode rerun = json("{\"methods\":{\"grasp\":{\"factorRate\":0.0,\"extra\":1}},"
                + "\"values\":[0.25,0.5],\"steeringCurve\":[{\"multiple\":1.0}]}");

        assertTrue(StoredResults.reproduced(json(STORED), rerun));
    }

    @Test
    void reproduced_failsOnAChangedNumber() throws Exception {
        JsonNode rerun = json("{\"methods\":{\"grasp\":{\"factorRate\":0.001}},"
                + "\"values\":[0.25,0.5]}");

        assertFalse(StoredResults.reproduced(json(STORED), rerun));
    }

    @Test
    void reproduced_failsOnAMissingField() throws Exception {
        assertFalse(StoredResults.reproduced(json(STORED), json("{\"values\":[0.25,0.5]}")));
    }

    @Test
    void reproduced_failsOnALongerOrShorterArray() throws Exception {
        JsonNode longer = json("{\"methods\":{\"grasp\":{\"factorRate\":0.0}},"
                + "\"values\":[0.25,0.5,1.0]}");
        JsonNode shorter = json("{\"methods\":{\"grasp\":{\"factorRate\":0.0}},"
                + "\"values\":[0.25]}");

        assertFalse(StoredResults.reproduced(json(STORED), longer));
        assertFalse(StoredResults.reproduced(json(STORED), shorter));
    }

    @Test
    void reproduced_failsWhenAnObjectBecomesAValue() throws Exception {
        assertFalse(StoredResults.reproduced(json(STORED),
                json("{\"methods\":3,\"values\":[0.25,0.5]}")));
    }

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void firstDifference_namesThePathAndBothValues() throws Exception {
        JsonNode rerun = json("{\"methods\":{\"grasp\":{\"factorRate\":0.001}},"
                + "\"values\":[0.25,0.5]}");

        assertEquals("methods.grasp.factorRate: stored 0.0, re-run 0.001",
                StoredResults.firstDifference(json(STORED), rerun).orElseThrow());
    }

    @Test
    void firstDifference_namesAnArrayElement() throws Exception {
        JsonNode rerun = json("{\"methods\":{\"grasp\":{\"factorRate\":0.0}},"
                + "\"values\":[0.25,0.75]}");

        assertEquals("values[1]: stored 0.5, re-run 0.75",
                StoredResults.firstDifference(json(STORED), rerun).orElseThrow());
    }
}
