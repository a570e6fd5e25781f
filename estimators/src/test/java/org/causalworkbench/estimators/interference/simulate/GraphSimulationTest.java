package org.causalworkbench.estimators.interference.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Checks the graph process on each generator: sizes, symmetry and unbiased TACE. */
class GraphSimulationTest {

    static Stream<Arguments> exactSizes() {
        return Stream.of(
                // Each node joins its 4 nearest on a ring; rewiring keeps the edge count.
                Arguments.of(new GraphModel.WattsStrogatz(100, 4, 0.1), 100, 200),
                // A complete graph on 5 nodes (10 edges), then 2 edges per added node.
                Arguments.of(new GraphModel.BarabasiAlbert(5, 2, 300), 300, 10 + 2 * 295),
                // 10 rows of 19 horizontal edges and 9 rows of 20 vertical ones.
                Arguments.of(new GraphModel.Grid(10, 20), 200, 10 * 19 + 9 * 20),
                Arguments.of(new GraphModel.PlantedPartition(4, 5, 1.0, 0.0), 20, 4 * 10),
                Arguments.of(new GraphModel.ErdosRenyi(30, 1.0), 30, 30 * 29 / 2));
    }

    @ParameterizedTest
    @MethodSource("exactSizes")
    void generate_hasRequestedSize(GraphModel model, int nodes, int edges) {
        SimulatedUnits units = GraphSimulation.on(model).withSeed(3).generate();
        assertEquals(nodes, units.size());
        assertEquals(edges, edgeCount(units.neighbours()));
        assertSymmetricWithoutLoops(units.neighbours());
    }

    @Test
    void erdosRenyi_hasExpectedEdgeCount() {
        SimulatedUnits units = GraphSimulation.on(new GraphModel.ErdosRenyi(400, 0.02))
                .generate();
        // Binomial(79800, 0.02): mean 1596, SD 39.5.
        assertEquals(1596, edgeCount(units.neighbours()), 160);
        assertSymmetricWithoutLoops(units.neighbours());
    }

    @Test
    void plantedPartition_labelsGroupsAndKeepsEdgesInside() {
        SimulatedUnits units = GraphSimulation.on(new GraphModel.PlantedPartition(4, 5, 1.0,
                0.0)).generate();
        int[] groups = units.groups();
        assertEquals(0, groups[4]);
        assertEquals(3, groups[19]);
        int[][] neighbours = units.neighbours();
        for (int i = 0; i < neighbours.length; i++) {
            for (int j : neighbours[i]) {
                assertEquals(groups[i], groups[j], "edge " + i + "-" + j);
            }
        }
    }

    @Test
    void generate_isReproducibleForSeed() {
        GraphSimulation process = GraphSimulation.on(new GraphModel.WattsStrogatz(200, 6, 0.2));
        assertEquals(process.withSeed(4).generate(), process.withSeed(4).generate());
        assertTrue(!Arrays.deepEquals(process.withSeed(4).generate().neighbours(),
                process.withSeed(5).generate().neighbours()));
    }

    @Test
    void generate_marksIsolatedUnitsMissing() {
        SimulatedUnits units = GraphSimulation.on(new GraphModel.ErdosRenyi(50, 0.0))
                .generate();
        assertEquals(50, units.unitsWithoutSignature());
    }

    @Test
    void study_onSmallWorldRemovesBias() {
        GraphSimulation process = GraphSimulation.on(new GraphModel.WattsStrogatz(5000, 10,
                0.1));
        InterferenceStudyResult result = InterferenceReplicateRunner.of(process)
                .withReplicates(8).run(ProgressSink.NONE, CancellationToken.NEVER);
        // 5,000 units give a TACE bias SD near 0.045, so the mean of 8 has SD about 0.016.
        assertEquals(0.0, result.tace().mean(), 0.05);
        BiasDecomposition decomposition = result.decomposition().orElseThrow();
        // Treated units have more treated neighbours: 4 dI is about 0.04 with SD near 0.006.
        assertTrue(decomposition.signaturePart() > 0.02,
                "signature part " + decomposition.signaturePart());
        assertEquals(0.2, decomposition.covariatePart(), 0.02);
        assertEquals(result.naive().mean(), decomposition.predictedBias(), 0.05);
    }

    @Test
    void models_rejectInvalidSizes() {
        assertThrows(IllegalArgumentException.class, () -> new GraphModel.WattsStrogatz(10, 3,
                0.1));
        assertThrows(IllegalArgumentException.class, () -> new GraphModel.BarabasiAlbert(2, 3,
                10));
        assertThrows(IllegalArgumentException.class, () -> new GraphModel.ErdosRenyi(10, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new GraphModel.Grid(0, 4));
    }

    private static int edgeCount(int[][] neighbours) {
        int ends = 0;
        for (int[] adjacent : neighbours) {
            ends += adjacent.length;
        }
        return ends / 2;
    }

    private static void assertSymmetricWithoutLoops(int[][] neighbours) {
        for (int i = 0; i < neighbours.length; i++) {
            for (int j : neighbours[i]) {
                assertTrue(j != i, "self-loop at " + i);
                assertTrue(Arrays.binarySearch(neighbours[j], i) >= 0,
                        "edge " + i + "-" + j + " only one way");
            }
            int[] sorted = neighbours[i].clone();
            Arrays.sort(sorted);
            assertArrayEquals(sorted, neighbours[i]);
        }
    }
}
