package org.causalworkbench.app.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.graph.GraphFileFormat;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.SignatureBuilder;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.TaceResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the graph and distance-matrix structure sources of the view model, no toolkit. */
class GraphStructureViewModelTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @TempDir
    Path folder;

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private InterferenceViewModel model() {
        return new InterferenceViewModel(ui, worker, InterferenceAnalysis::run);
    }

    private void runToEnd(InterferenceViewModel model) throws InterruptedException {
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 20_000);
    }

    private static void useGraph(InterferenceViewModel model, InterferenceGraph graph) {
        model.structure().graphProperty().set(graph);
        model.structure().sourceProperty().set(StructureSource.GRAPH);
        model.componentProperty(SignatureComponent.GROUP_FRACTION).set(false);
        model.componentProperty(SignatureComponent.NEIGHBOUR_FRACTION).set(true);
    }

    /** Returns per unit row the rows of its graph neighbours, read from the graph directly. */
    private static int[][] rowsOf(InterferenceGraph graph) {
        int[][] rows = new int[graph.unitCount()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = graph.neighbours(graph.unitId(i)).stream()
                    .mapToInt(id -> graph.rowOf(id).getAsInt()).toArray();
        }
        return rows;
    }

    /** Joins the two-household units 1 to 7 in a path and leaves unit 8 isolated. */
    private static InterferenceGraph pathWithIsolatedUnit(List<String> ids) {
        InterferenceGraph.Builder builder = InterferenceGraph.builder(ids);
        for (int i = 0; i < 6; i++) {
            builder.addEdge(ids.get(i), ids.get(i + 1), null, "test");
        }
        return builder.build();
    }

    @Test
    void graphSource_matchesDirectEstimator() throws InterruptedException {
        GraphExample example = GraphExample.read();
        InterferenceViewModel model = model();
        model.load(example.data());
        useGraph(model, example.graph());

        runToEnd(model);

        InterferenceData data = example.data();
        TaceResult direct = TaceEstimator.withDefaults().estimate(data.treatment(),
                data.outcome(), data.covariates(), SignatureBuilder.combine(SignatureBuilder
                        .withDefaults().adjacentFraction(rowsOf(example.graph()),
                                data.treatment())));
        EstimateRow tace = InterferenceViewModel.taceRow(model.estimateRows());
        assertEquals("", model.errorProperty().get());
        assertEquals(direct.tace().hajek(), tace.hajek(), 1e-12);
        assertEquals(direct.tace().horvitzThompson(), tace.horvitzThompson(), 1e-12);
        assertEquals(direct.tace().unitsKept(), tace.unitsKept());
    }

    @Test
    void graphExample_adjustingForNeighboursRemovesBias() throws InterruptedException {
        InterferenceViewModel model = model();

        model.loadGraphExample();
        ui.runUntil(() -> !model.runningProperty().get(), 20_000);

        assertEquals(StructureSource.GRAPH, model.structure().sourceProperty().get());
        double truth = model.dataProperty().get().trueEffect();
        double tace = InterferenceViewModel.taceRow(model.estimateRows()).hajek();
        double covariates = model.estimateRows().get(1).hajek();
        assertEquals(2.0, truth);
        assertTrue(Math.abs(tace - truth) < Math.abs(covariates - truth),
                "TACE " + tace + " is not closer to 2 than the X-only estimate " + covariates);
        assertEquals(truth, tace, 0.5, "TACE of the graph sample");
    }

    @Test
    void graphEdit_marksStaleAndChangesNextResult() throws InterruptedException {
        GraphExample example = GraphExample.read();
        InterferenceViewModel model = model();
        model.load(example.data());
        useGraph(model, example.graph());
        runToEnd(model);
        double before = InterferenceViewModel.taceRow(model.estimateRows()).hajek();
        assertFalse(model.outcomeStaleProperty().get());

        List<String> ids = example.data().ids();
        InterferenceGraph.Builder edited = InterferenceGraph.builder(ids);
        for (var edge : example.graph().asGraph().edgeSet()) {
            String source = example.graph().asGraph().getEdgeSource(edge);
            String target = example.graph().asGraph().getEdgeTarget(edge);
            edited.addEdge(source, target, null, "test");
        }
        for (int i = 0; i + 7 < ids.size(); i += 7) {
            if (!edited.hasEdge(ids.get(i), ids.get(i + 7))) {
                edited.addEdge(ids.get(i), ids.get(i + 7), null, "test");
            }
        }
        model.structure().graphProperty().set(edited.build());

        assertTrue(model.outcomeStaleProperty().get(), "an edit marks the result stale");
        runToEnd(model);
        assertFalse(model.outcomeStaleProperty().get());
        assertNotEquals(before, InterferenceViewModel.taceRow(model.estimateRows()).hajek());
    }

    @Test
    void graphEdit_underGroupSource_isIgnored() throws InterruptedException {
        InterferenceViewModel model = model();
        model.load(InterferenceViewModelTest.twoHouseholds());
        runToEnd(model);

        model.structure().graphProperty().set(
                pathWithIsolatedUnit(model.dataProperty().get().ids()));

        assertFalse(model.outcomeStaleProperty().get());
        assertEquals(List.of(), model.isolatedUnitsProperty().get());
    }

    @Test
    void isolatedUnit_rejectNamesTheUnit() throws InterruptedException {
        InterferenceViewModel model = model();
        model.load(InterferenceViewModelTest.twoHouseholds());
        useGraph(model, pathWithIsolatedUnit(model.dataProperty().get().ids()));

        assertEquals(List.of("8"), model.isolatedUnitsProperty().get());
        runToEnd(model);

        String error = model.errorProperty().get();
        assertTrue(error.startsWith("1 unit(s) have no neighbours"), error);
        assertTrue(error.contains("'8'"), error);
        assertTrue(error.contains("'Set I to 0' or 'Missing'"), error);
        assertNull(model.outcomeProperty().get());
    }

    @Test
    void isolatedUnit_zeroKeepsUnit() throws InterruptedException {
        InterferenceViewModel model = model();
        model.load(InterferenceViewModelTest.twoHouseholds());
        useGraph(model, pathWithIsolatedUnit(model.dataProperty().get().ids()));
        model.isolatedUnitPolicyProperty().set(IsolatedUnitPolicy.ZERO);
        model.propensityModelProperty().set(PropensityModel.LOGISTIC);

        runToEnd(model);

        assertEquals("", model.errorProperty().get());
        assertEquals("0", model.preview().get(7).signature());
        assertEquals("1/2", model.preview().get(1).signature(), "unit 2: units 1 and 3");
        assertEquals(8, InterferenceViewModel.taceRow(model.estimateRows()).units());
        assertTrue(model.outcomeProperty().get().notes().stream()
                .noneMatch(note -> note.contains("no signature")));
    }

    @Test
    void isolatedUnit_missingLeavesUnitOut() throws InterruptedException {
        InterferenceViewModel model = model();
        model.load(InterferenceViewModelTest.twoHouseholds());
        useGraph(model, pathWithIsolatedUnit(model.dataProperty().get().ids()));
        model.isolatedUnitPolicyProperty().set(IsolatedUnitPolicy.MISSING);
        model.propensityModelProperty().set(PropensityModel.LOGISTIC);

        runToEnd(model);

        assertEquals("", model.errorProperty().get());
        assertEquals(SignatureTable.MISSING, model.preview().get(7).signature());
        assertTrue(model.outcomeProperty().get().notes().stream()
                .anyMatch(note -> note.startsWith("1 unit(s) have no signature")),
                model.outcomeProperty().get().notes().toString());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void importGraph_validFileBecomesStructure() throws Exception {
        InterferenceViewModel model = model();
        model.load(InterferenceViewModelTest.twoHouseholds());
        Path edges = write("edges.csv", "source,target\n1,2\n2,3\n3,4\n4,5\n5,6\n6,7\n7,8\n");

        model.importGraph(edges, null);
        ui.runUntil(() -> model.structure().graphProperty().get() != null, 10_000);

        assertEquals(StructureSource.GRAPH, model.structure().sourceProperty().get());
        assertEquals(7, model.structure().graphProperty().get().edgeCount());
        assertSame(model.structure().graphProperty().get(),
                model.structure().importedGraphProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void importGraph_invalidFilesKeepGraphAndReport() throws Exception {
        InterferenceViewModel model = model();
        model.load(InterferenceViewModelTest.twoHouseholds());
        InterferenceGraph previous = pathWithIsolatedUnit(model.dataProperty().get().ids());
        model.structure().graphProperty().set(previous);
        String[][] cases = {
            {"loop.csv", "source,target\n1,2\n3,3\n", "self-loop on unit '3'"},
            {"twice.csv", "source,target\n1,2\n2,1\n", "duplicate edge"},
            {"stranger.csv", "source,target\n1,2\n2,99\n", "unknown node id '99'"},
        };
        for (String[] bad : cases) {
            model.importGraph(write(bad[0], bad[1]), GraphFileFormat.EDGE_LIST_CSV);
            ui.runUntil(() -> !model.errorProperty().get().isEmpty(), 10_000);

            String error = model.errorProperty().get();
            assertTrue(error.contains(bad[2]), bad[0] + ": " + error);
            assertTrue(error.contains(bad[0]), bad[0] + " names the file: " + error);
            assertSame(previous, model.structure().graphProperty().get(), bad[0]);
            model.importGraph(write("good.csv", "source,target\n1,2\n"), null);
            ui.runUntil(() -> model.errorProperty().get().isEmpty(), 10_000);
            model.structure().graphProperty().set(previous);
        }
    }

    @Test
    void distanceMatrix_drivesInverseDistance() throws Exception {
        InterferenceViewModel model = model();
        model.load(InterferenceViewModelTest.twoHouseholds());
        // Units on a line at positions 1..8: distance |i - j|.
        StringBuilder csv = new StringBuilder("id");
        for (int j = 1; j <= 8; j++) {
            csv.append(',').append(j);
        }
        csv.append('\n');
        for (int i = 1; i <= 8; i++) {
            csv.append(i);
            for (int j = 1; j <= 8; j++) {
                csv.append(',').append(Math.abs(i - j));
            }
            csv.append('\n');
        }
        model.componentProperty(SignatureComponent.GROUP_FRACTION).set(false);
        model.componentProperty(SignatureComponent.INVERSE_DISTANCE).set(true);
        model.propensityModelProperty().set(PropensityModel.LOGISTIC);

        model.importDistanceMatrix(write("line.csv", csv.toString()));
        ui.runUntil(() -> model.structure().distancesProperty().get() != null, 10_000);

        assertEquals(StructureSource.DISTANCE_MATRIX, model.structure().sourceProperty().get());
        // Unit 1 (treated 1,1,0,0,1,1,1,0 for units 1..8): weights 1/d^2 for d = 1..7.
        double weighted = 1.0 / 1 + 0 + 0 + 1.0 / 16 + 1.0 / 25 + 1.0 / 36 + 0;
        double total = 1.0 + 1.0 / 4 + 1.0 / 9 + 1.0 / 16 + 1.0 / 25 + 1.0 / 36 + 1.0 / 49;
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", weighted / total),
                model.preview().get(0).signature());
        // One bin pools every unit, so the eight units cannot separate the arms.
        model.propensityModelProperty().set(PropensityModel.BINS);
        model.binsProperty().set(1);
        runToEnd(model);
        assertEquals("", model.errorProperty().get());
        double[] used = model.outcomeProperty().get().signatures().firstComponent();
        assertEquals(weighted / total, used[0], 1e-12, "the run used the file's distances");
    }

    @Test
    void distanceSource_withoutMatrix_rejectsRun() throws InterruptedException {
        InterferenceViewModel model = model();
        model.load(InterferenceViewModelTest.twoHouseholds());
        model.structure().sourceProperty().set(StructureSource.DISTANCE_MATRIX);

        runToEnd(model);

        assertTrue(model.errorProperty().get().contains("Open distance matrix"),
                model.errorProperty().get());
    }
}
