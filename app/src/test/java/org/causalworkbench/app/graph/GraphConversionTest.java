package org.causalworkbench.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.geometry.Point2D;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.junit.jupiter.api.Test;

/** Conversion between the editor model and the estimators' graph, and its statistics. */
class GraphConversionTest {

    private static final List<String> UNITS = List.of("a", "b", "c", "d", "e", "f");

    @Test
    void toInterferenceGraph_keepsUnplacedUnitsAsIsolated() {
        GraphModel model = new GraphModel(UNITS);
        model.addNode(new Point2D(0, 0));
        model.addNode(new Point2D(1, 0));
        model.connect("a", "b");

        InterferenceGraph graph = GraphConversion.toInterferenceGraph(model);

        assertEquals(UNITS, graph.unitIds());
        assertEquals(1, graph.edgeCount());
        assertEquals(List.of("c", "d", "e", "f"), graph.isolatedUnits());
        assertFalse(graph.isWeighted());
    }

    @Test
    void roundTrip_keepsWeightsAndRows() {
        InterferenceGraph source = InterferenceGraph.builder(UNITS)
                .addEdge("a", "b", 0.25, "test")
                .addEdge("e", "c", 4.0, "test")
                .build();
        GraphModel model = new GraphModel(UNITS);

        model.reset(UNITS, GraphConversion.toSnapshot(source, id -> Point2D.ZERO));
        InterferenceGraph back = GraphConversion.toInterferenceGraph(model);

        assertTrue(back.isWeighted());
        assertEquals(OptionalDouble.of(0.25), back.weight("b", "a"));
        assertEquals(OptionalDouble.of(4.0), back.weight("c", "e"));
        assertEquals(2, back.edgeCount());
        assertEquals(6, model.positions().size());
    }

    @Test
    void statistics_countDegreesComponentsAndIsolated() {
        GraphModel model = new GraphModel(UNITS);
        model.reset(UNITS, GraphConversion.toSnapshot(InterferenceGraph.builder(UNITS)
                .addEdge("a", "b", null, "test")
                .addEdge("b", "c", null, "test")
                .addEdge("e", "f", null, "test")
                .build(), id -> Point2D.ZERO));
        model.delete(List.of("d"), List.of());

        GraphStatistics statistics = GraphStatistics.of(model);

        assertEquals(6, statistics.units());
        assertEquals(5, statistics.placed());
        assertEquals(3, statistics.edges());
        assertEquals(0, statistics.minDegree());
        assertEquals(1.0, statistics.meanDegree(), 1e-12);
        assertEquals(2, statistics.maxDegree());
        assertEquals(3, statistics.components());
        assertEquals(1, statistics.isolated());
        assertEquals("5 of 6 units placed, 3 edges, degree min 0, mean 1.00, max 2,"
                + " 3 components, 1 isolated units (signature 0/0)", statistics.describe());
    }

    @Test
    void statistics_emptyTable_isAllZero() {
        GraphStatistics statistics = GraphStatistics.of(new GraphModel(List.of()));

        assertEquals(new GraphStatistics(0, 0, 0, 0, 0.0, 0, 0, 0), statistics);
    }

    @Test
    void snapshot_ofEmptyGraph_placesEveryUnit() {
        InterferenceGraph empty = InterferenceGraph.builder(UNITS).build();

        GraphSnapshot snapshot = GraphConversion.toSnapshot(empty, id -> new Point2D(1, 1));

        assertEquals(UNITS, List.copyOf(snapshot.positions().keySet()));
        assertEquals(Map.of(), snapshot.edges());
    }
}
