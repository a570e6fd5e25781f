package org.causalworkbench.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphSampleGeneratorTest {

    private static final String FOLDER = "/org/causalworkbench/sample/";

    private static String shipped(String file) throws IOException {
        try (InputStream stream = GraphSampleGeneratorTest.class.getResourceAsStream(
                FOLDER + file)) {
            assertNotNull(stream, FOLDER + file + " is missing from the test class path");
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertSameText(String file, String generated) throws IOException {
        String hint = "The shipped " + file + " differs from the generator. If the model changed"
                + " on purpose, regenerate both files with GraphSampleGenerator.main and the"
                + " folder sample-data/src/main/resources" + FOLDER;
        String[] shippedLines = shipped(file).split("\n", -1);
        String[] generatedLines = generated.split("\n", -1);
        for (int i = 0; i < Math.min(shippedLines.length, generatedLines.length); i++) {
            assertEquals(shippedLines[i], generatedLines[i], hint + ". First difference at"
                    + " line " + (i + 1));
        }
        assertEquals(shippedLines.length, generatedLines.length, hint);
    }

    @Test
    void unitsCsv_matchesShippedResource() throws IOException {
        assertSameText(GraphSampleGenerator.UNITS_FILE, GraphSampleGenerator.generateUnitsCsv());
    }

    @Test
    void edgesCsv_matchesShippedResource() throws IOException {
        assertSameText(GraphSampleGenerator.EDGES_FILE, GraphSampleGenerator.generateEdgesCsv());
    }

    @Test
    void csv_hasHeadersAndLfLineEndings() {
        String units = GraphSampleGenerator.generateUnitsCsv();
        String edges = GraphSampleGenerator.generateEdgesCsv();

        assertTrue(units.startsWith("id,area,x,treated,y\n"), "unit table header");
        assertTrue(edges.startsWith("source,target\n"), "edge list header");
        assertFalse(units.contains("\r"), "carriage return in the unit table");
        assertFalse(edges.contains("\r"), "carriage return in the edge list");
    }

    @Test
    void edges_areSimpleAndCoverEveryUnit() {
        GraphSampleGenerator.Sample sample = GraphSampleGenerator.generate();
        Set<String> pairs = new HashSet<>();
        Map<String, Integer> degree = new HashMap<>();
        for (String[] edge : sample.edges()) {
            assertTrue(edge[0].compareTo(edge[1]) < 0, "edge " + edge[0] + "-" + edge[1]);
            assertTrue(pairs.add(edge[0] + "-" + edge[1]), "duplicate edge " + edge[0]);
            degree.merge(edge[0], 1, Integer::sum);
            degree.merge(edge[1], 1, Integer::sum);
        }

        int expectedEdges = GraphSampleGenerator.UNIT_COUNT * GraphSampleGenerator.RING_DEGREE / 2;
        assertEquals(expectedEdges, sample.edges().size());
        assertEquals(GraphSampleGenerator.UNIT_COUNT, degree.size(), "units with an edge");
    }

    @Test
    void edges_stayWithinVillages() {
        for (String[] edge : GraphSampleGenerator.generate().edges()) {
            int first = (Integer.parseInt(edge[0].substring(1)) - 1)
                    / GraphSampleGenerator.VILLAGE_SIZE;
            int second = (Integer.parseInt(edge[1].substring(1)) - 1)
                    / GraphSampleGenerator.VILLAGE_SIZE;
            assertEquals(first, second, "edge " + edge[0] + "-" + edge[1] + " joins villages");
        }
    }

    @Test
    void units_signatureIsNeighbourFraction() {
        GraphSampleGenerator.Sample sample = GraphSampleGenerator.generate();
        Map<String, Integer> treatment = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (GraphSampleGenerator.Unit unit : sample.units()) {
            treatment.put(unit.id(), unit.treated());
        }
        for (String[] edge : sample.edges()) {
            for (int end = 0; end < 2; end++) {
                int[] count = counts.computeIfAbsent(edge[end], id -> new int[2]);
                count[0] += treatment.get(edge[1 - end]);
                count[1]++;
            }
        }

        List<GraphSampleGenerator.Unit> units = sample.units();
        for (GraphSampleGenerator.Unit unit : units) {
            int[] count = counts.get(unit.id());
            assertEquals((double) count[0] / count[1], unit.signature(), 1e-15, unit.id());
        }
    }

    @Test
    void units_interferenceIsConfoundedWithTreatment() {
        double treatedSum = 0;
        double untreatedSum = 0;
        int treated = 0;
        List<GraphSampleGenerator.Unit> units = GraphSampleGenerator.generate().units();
        for (GraphSampleGenerator.Unit unit : units) {
            if (unit.treated() == 1) {
                treatedSum += unit.signature();
                treated++;
            } else {
                untreatedSum += unit.signature();
            }
        }
        double gap = treatedSum / treated - untreatedSum / (units.size() - treated);

        assertTrue(gap > 0.05, "mean I of treated minus untreated is " + gap);
    }
}
