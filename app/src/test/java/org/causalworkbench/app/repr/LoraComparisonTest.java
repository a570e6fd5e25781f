package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.app.repr.LoraComparison.CrossView;
import org.causalworkbench.app.repr.LoraComparison.MatchedCosine;
import org.causalworkbench.estimators.repr.lora.CosineCsv;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the inspector's comparison of two adapters with direct executors, on adapters whose
 * directions are unit axes ({@link LoraAdapterPair}), so each |cos| is 0 or 1 by construction.
 */
class LoraComparisonTest {

    private static final double TOLERANCE = 1e-6;

    @TempDir
    Path dir;

    private LoraInspectorViewModel compared() throws IOException {
        LoraInspectorViewModel model = new LoraInspectorViewModel(Runnable::run, Runnable::run);
        model.open(LoraAdapterPair.writeFirst(dir, "first"));
        model.openComparison(LoraAdapterPair.writeSecond(dir, "second"));
        return model;
    }

    private static double matched(LoraInspectorViewModel model, String module) {
        return model.comparison().matchedProperty().get().stream()
                .filter(row -> row.module().equals(module)).findFirst()
                .map(MatchedCosine::cosine).orElseThrow();
    }

    @Test
    void openComparison_matchesModulesByName() throws IOException {
        LoraInspectorViewModel model = compared();

        assertEquals("", model.errorProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals("Read 2 modules of adapter B.", model.statusProperty().get());
        List<MatchedCosine> matched = model.comparison().matchedProperty().get();
        assertEquals(List.of(LoraAdapterPair.SHARED, LoraAdapterPair.ORTHOGONAL),
                matched.stream().map(MatchedCosine::module).toList());
        assertEquals(List.of("0.self_attn.q_proj", "1.self_attn.q_proj"),
                matched.stream().map(MatchedCosine::label).toList());
        assertEquals(1.0, matched(model, LoraAdapterPair.SHARED), TOLERANCE);
        assertEquals(0.0, matched(model, LoraAdapterPair.ORTHOGONAL), TOLERANCE);
        assertEquals("A = first (rows), B = second (columns)",
                model.comparison().headingProperty().get());
        assertEquals("2 of 3 modules of A are also in B; median |cos| over them 0.500.",
                model.comparison().summaryProperty().get());
        assertEquals(3, model.spectraProperty().get().size());
    }

    @Test
    void crossView_comparesSameProjectionAcrossLayers() throws IOException {
        LoraInspectorViewModel model = compared();

        CrossView view = model.comparison().viewProperty().get();

        assertEquals("A vs B: |cos| of output direction 1, base_model.model.model.layers.*"
                + ".self_attn.q_proj", view.title());
        assertEquals("A: first", view.rowAxis());
        assertEquals("B: second", view.columnAxis());
        assertEquals(List.of("layer 0", "layer 1"), view.rowLabels());
        assertEquals(List.of("layer 0", "layer 1"), view.columnLabels());
        assertEquals(1.0, view.cosines()[0][0], TOLERANCE);
        assertEquals(0.0, view.cosines()[0][1], TOLERANCE);
        assertEquals(0.0, view.cosines()[1][0], TOLERANCE);
        assertEquals(0.0, view.cosines()[1][1], TOLERANCE);
    }

    @Test
    void crossView_followsDirectionSideAndScope() throws IOException {
        LoraInspectorViewModel model = compared();

        model.directionProperty().set(1);

        assertEquals(0.0, matched(model, LoraAdapterPair.SHARED), TOLERANCE);
        assertEquals(1.0, matched(model, LoraAdapterPair.ORTHOGONAL), TOLERANCE);
        assertEquals(1.0, model.comparison().viewProperty().get().cosines()[1][1], TOLERANCE);

        model.directionProperty().set(0);
        model.sideProperty().set(Side.INPUT);
        model.scopeProperty().set(LoraInspectorViewModel.Scope.ALL_MODULES);

        CrossView view = model.comparison().viewProperty().get();
        assertEquals("A vs B: |cos| of input direction 1, all modules", view.title());
        assertEquals(List.of("0.self_attn.q_proj", "0.self_attn.v_proj", "1.self_attn.q_proj"),
                view.rowLabels());
        assertEquals(List.of("0.self_attn.q_proj", "1.self_attn.q_proj"), view.columnLabels());
        assertEquals(1.0, view.cosines()[0][0], TOLERANCE);
        assertEquals(0.0, view.cosines()[1][0], TOLERANCE);
        assertEquals(1.0, view.cosines()[1][1], TOLERANCE);
        assertEquals(0.0, view.cosines()[2][1], TOLERANCE);
        assertEquals(1.0, matched(model, LoraAdapterPair.SHARED), TOLERANCE);
    }

    @Test
    void crossView_missingProjectionExplains() throws IOException {
        LoraInspectorViewModel model = compared();
        int onlyInFirst = model.spectraProperty().get().stream()
                .map(spectrum -> spectrum.name()).toList().indexOf(LoraAdapterPair.ONLY_IN_A);

        model.selectedModuleProperty().set(onlyInFirst);

        assertNull(model.comparison().viewProperty().get());
        assertTrue(model.comparison().summaryProperty().get().contains("B has no module of the"
                + " projection base_model.model.model.layers.*.self_attn.v_proj"),
                model.comparison().summaryProperty().get());
        assertEquals(2, model.comparison().matchedProperty().get().size());
    }

    @Test
    void openComparison_reportsMalformedFolderAndKeepsFirst() throws IOException {
        LoraInspectorViewModel model = new LoraInspectorViewModel(Runnable::run, Runnable::run);
        model.open(LoraAdapterPair.writeFirst(dir, "first"));

        model.openComparison(LoraAdapterPair.writeMalformed(dir, "broken"));

        assertTrue(model.errorProperty().get().contains("is truncated"),
                model.errorProperty().get());
        assertEquals("Failed; the charts show the previous adapter.",
                model.statusProperty().get());
        assertEquals(3, model.spectraProperty().get().size());
        assertNotNull(model.selectedSpectrumProperty().get());
        assertNull(model.comparison().adapterProperty().get());
        assertNull(model.comparison().viewProperty().get());
    }

    @Test
    void openComparison_malformedKeepsPreviousComparison() throws IOException {
        LoraInspectorViewModel model = compared();

        model.openComparison(LoraAdapterPair.writeMalformed(dir, "broken"));

        assertTrue(model.errorProperty().get().contains("is truncated"),
                model.errorProperty().get());
        assertEquals("second", model.comparison().adapterProperty().get().folder()
                .getFileName().toString());
        assertEquals(1.0, matched(model, LoraAdapterPair.SHARED), TOLERANCE);
    }

    @Test
    void openComparison_requiresFirstAdapter() throws IOException {
        LoraInspectorViewModel model = new LoraInspectorViewModel(Runnable::run, Runnable::run);

        model.openComparison(LoraAdapterPair.writeSecond(dir, "second"));

        assertEquals("Open an adapter before comparing it with another.",
                model.errorProperty().get());
        assertNull(model.comparison().adapterProperty().get());
    }

    @Test
    void clearComparison_keepsFirstAdapter() throws IOException {
        LoraInspectorViewModel model = compared();

        model.clearComparison();

        assertNull(model.comparison().adapterProperty().get());
        assertNull(model.comparison().viewProperty().get());
        assertTrue(model.comparison().matchedProperty().get().isEmpty());
        assertEquals("", model.comparison().headingProperty().get());
        assertEquals(3, model.spectraProperty().get().size());
        assertNotNull(model.cosineViewProperty().get());

        model.directionProperty().set(1);
        assertNull(model.comparison().viewProperty().get());
    }

    @Test
    void open_newFirstAdapterKeepsComparison() throws IOException {
        LoraInspectorViewModel model = compared();

        model.open(LoraAdapterPair.writeSecond(dir, "second-again"));

        assertEquals("A = second-again (rows), B = second (columns)",
                model.comparison().headingProperty().get());
        assertEquals(1.0, matched(model, LoraAdapterPair.ORTHOGONAL), TOLERANCE);
    }

    @Test
    void exportComparison_writesEveryPair() throws IOException {
        LoraInspectorViewModel model = compared();
        Path target = dir.resolve("comparison.csv");

        model.exportComparison(target);

        List<String> lines = Files.readAllLines(target);
        assertEquals(String.join(",", CosineCsv.HEADER), lines.get(0));
        assertEquals(1 + 3 * 2, lines.size());
        String[] first = lines.get(1).split(",");
        assertEquals(List.of("first", LoraAdapterPair.SHARED, "second", LoraAdapterPair.SHARED,
                "output", "0"), List.of(first).subList(0, 6));
        assertEquals(1.0, Double.parseDouble(first[6]), TOLERANCE);
        assertEquals("Exported |cos| of 3 x 2 module pairs to " + target + ".",
                model.statusProperty().get());
    }

    @Test
    void exportComparison_reportsMissingFolder() throws IOException {
        LoraInspectorViewModel model = compared();
        Path target = dir.resolve("missing").resolve("comparison.csv");

        model.exportComparison(target);

        assertTrue(model.errorProperty().get().startsWith("Cannot write " + target),
                model.errorProperty().get());
    }

    @Test
    void exportComparison_requiresSecondAdapter() throws IOException {
        LoraInspectorViewModel model = new LoraInspectorViewModel(Runnable::run, Runnable::run);
        model.open(LoraAdapterPair.writeFirst(dir, "first"));

        model.exportComparison(dir.resolve("x.csv"));

        assertEquals("Compare with a second adapter before exporting the comparison.",
                model.errorProperty().get());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void adapterNames_addParentForEqualFolderNames() {
        assertEquals(List.of("a", "b"), LoraComparison.adapterNames(Path.of("/runs/a"),
                Path.of("/runs/b")));
        assertEquals(List.of("run-1/adapter", "run-2/adapter"), LoraComparison.adapterNames(
                Path.of("/runs/run-1/adapter"), Path.of("/runs/run-2/adapter")));
    }

    @Test
    void freshAdapter_hasUndefinedDirections() throws IOException {
        LoraInspectorViewModel model = new LoraInspectorViewModel(Runnable::run, Runnable::run);
        model.open(LoraAdapterPair.writeFirst(dir, "first"));

        model.openComparison(LoraAdapterPair.writeFreshSecond(dir, "fresh"));

        assertEquals("Read 2 modules of adapter B; 2 of them have a zero update, so their"
                + " directions are undefined and show as n/a.", model.statusProperty().get());
        assertTrue(Double.isNaN(matched(model, LoraAdapterPair.SHARED)));
        assertTrue(Double.isNaN(matched(model, LoraAdapterPair.ORTHOGONAL)));
        assertEquals("2 of 3 modules of A are also in B.",
                model.comparison().summaryProperty().get());
    }
}
