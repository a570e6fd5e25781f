package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.causalworkbench.estimators.repr.lora.DirectionCsv;
import org.causalworkbench.estimators.repr.lora.KnownAdapter;
import org.causalworkbench.estimators.repr.lora.LoraAdapter;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;
import org.causalworkbench.estimators.repr.lora.TensorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the inspector's view model with direct executors, without the toolkit. */
class LoraInspectorViewModelTest {

    private static final double[] SPECTRUM = {3.0, 1.0};
    private static final double ALPHA = 4;

    @TempDir
    Path dir;

    private Path adapter(String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        KnownAdapter.writeFolder(folder, TensorType.BF16, ALPHA, SPECTRUM, 12, 10, 5, List.of(
                KnownAdapter.module(0, "q_proj"), KnownAdapter.module(1, "q_proj"),
                KnownAdapter.module(2, "q_proj"), KnownAdapter.module(0, "v_proj")));
        return folder;
    }

    private static LoraInspectorViewModel direct() {
        return new LoraInspectorViewModel(Runnable::run, Runnable::run);
    }

    @Test
    void open_showsSpectrumOfFirstModule() throws IOException {
        LoraInspectorViewModel model = direct();

        model.open(adapter("a"));

        assertEquals("", model.errorProperty().get());
        assertFalse(model.runningProperty().get());
        assertEquals(4, model.spectraProperty().get().size());
        ModuleSpectrum selected = model.selectedSpectrumProperty().get();
        assertEquals(KnownAdapter.module(0, "q_proj"), selected.name());
        assertEquals(ALPHA / 2 * SPECTRUM[0], selected.singularValues()[0], 0.02);
        assertEquals(ALPHA / 2 * SPECTRUM[1], selected.singularValues()[1], 0.02);
        assertEquals("a: 4 modules, r = 2, lora_alpha = 4, scale alpha / r = 2",
                model.summaryProperty().get());
    }

    @Test
    void cosineView_comparesSameProjectionAcrossLayers() throws IOException {
        LoraInspectorViewModel model = direct();
        model.open(adapter("b"));

        LoraInspectorViewModel.CosineView view = model.cosineViewProperty().get();

        assertEquals(List.of("layer 0", "layer 1", "layer 2"), view.labels());
        assertEquals("|cos| of output direction 1, base_model.model.model.layers.*"
                + ".self_attn.q_proj", view.title());
        assertEquals(3, view.cosines().length);
        assertEquals(1.0, view.cosines()[1][1], 1e-12);
        List<ModuleSpectrum> spectra = model.spectraProperty().get();
        // Natural order puts layer 0's v_proj second, so layers 0 and 2 of q_proj are 0 and 3.
        assertEquals(absoluteDot(spectra.get(0).direction(Side.OUTPUT, 0),
                spectra.get(3).direction(Side.OUTPUT, 0)), view.cosines()[0][2], 1e-12);
    }

    @Test
    void cosineView_followsSideDirectionAndScope() throws IOException {
        LoraInspectorViewModel model = direct();
        model.open(adapter("c"));

        model.sideProperty().set(Side.INPUT);
        model.directionProperty().set(1);
        model.scopeProperty().set(LoraInspectorViewModel.Scope.ALL_MODULES);

        LoraInspectorViewModel.CosineView view = model.cosineViewProperty().get();
        assertEquals(4, view.labels().size());
        assertEquals("0.self_attn.q_proj", view.labels().get(0));
        assertEquals("0.self_attn.v_proj", view.labels().get(1));
        assertEquals("2.self_attn.q_proj", view.labels().get(3));
        List<ModuleSpectrum> spectra = model.spectraProperty().get();
        assertEquals(absoluteDot(spectra.get(1).direction(Side.INPUT, 1),
                spectra.get(3).direction(Side.INPUT, 1)), view.cosines()[1][3], 1e-12);
    }

    @Test
    void selectedModule_switchesSpectrumAndGroup() throws IOException {
        LoraInspectorViewModel model = direct();
        model.open(adapter("d"));

        model.selectedModuleProperty().set(1);

        assertEquals(KnownAdapter.module(0, "v_proj"),
                model.selectedSpectrumProperty().get().name());
        assertEquals(List.of("layer 0"), model.cosineViewProperty().get().labels());
    }

    @Test
    void open_reportsMalformedAdapterAndKeepsPrevious() throws IOException {
        LoraInspectorViewModel model = direct();
        model.open(adapter("good"));
        Path broken = Files.createDirectories(dir.resolve("broken"));
        KnownAdapter.config(broken, 2, ALPHA, false);
        Files.write(broken.resolve(LoraAdapter.WEIGHTS_FILE), new byte[] {1, 2});

        model.open(broken);

        assertTrue(model.errorProperty().get().contains("is truncated"),
                model.errorProperty().get());
        assertEquals("Failed; the charts show the previous adapter.",
                model.statusProperty().get());
        assertEquals(4, model.spectraProperty().get().size());
    }

    @Test
    void cancel_keepsPreviousAdapter() throws IOException {
        List<Runnable> queued = new ArrayList<>();
        Executor later = queued::add;
        LoraInspectorViewModel model = new LoraInspectorViewModel(Runnable::run, later);
        Path folder = adapter("e");

        model.open(folder);
        model.cancel();
        queued.forEach(Runnable::run);

        assertFalse(model.runningProperty().get());
        assertEquals("Cancelled.", model.statusProperty().get());
        assertTrue(model.spectraProperty().get().isEmpty());
        assertNull(model.adapterProperty().get());
    }

    @Test
    void export_writesTopDirections() throws IOException {
        LoraInspectorViewModel model = direct();
        model.open(adapter("f"));
        model.exportCountProperty().set(2);
        Path target = dir.resolve("directions.csv");

        model.export(target);

        List<String> lines = Files.readAllLines(target);
        assertEquals(String.join(",", DirectionCsv.HEADER), lines.get(0));
        // 4 modules x 2 directions x (12 output + 10 input entries)
        assertEquals(1 + 4 * 2 * (12 + 10), lines.size());
        assertTrue(model.statusProperty().get().startsWith("Exported the top 2 directions"),
                model.statusProperty().get());
    }

    @Test
    void export_countsZeroUpdatesApart() throws IOException {
        LoraInspectorViewModel model = direct();
        model.open(LoraAdapterPair.writeFreshSecond(dir, "fresh"));
        Path target = dir.resolve("fresh.csv");

        model.export(target);

        assertEquals(1, Files.readAllLines(target).size(), "the header only");
        assertEquals("Exported the top 1 directions of 0 modules (2 more with a zero update"
                + " have none) to " + target + ".", model.statusProperty().get());
    }

    @Test
    void export_reportsMissingFolder() throws IOException {
        LoraInspectorViewModel model = direct();
        model.open(adapter("g"));
        Path target = dir.resolve("missing").resolve("directions.csv");

        model.export(target);

        assertTrue(model.errorProperty().get().startsWith("Cannot write " + target),
                model.errorProperty().get());
    }

    @Test
    void export_requiresOpenAdapter() {
        LoraInspectorViewModel model = direct();

        model.export(dir.resolve("x.csv"));

        assertEquals("Open an adapter before exporting its directions.",
                model.errorProperty().get());
        assertNotNull(model.summaryProperty().get());
    }

    private static double absoluteDot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return Math.abs(sum);
    }
}
