package org.causalworkbench.app.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.estimators.synth.spillover.AnchorMode;
import org.causalworkbench.estimators.synth.spillover.DonorScore;
import org.causalworkbench.estimators.synth.spillover.DonorScreen;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;
import org.causalworkbench.estimators.synth.spillover.EffectSurface;
import org.causalworkbench.estimators.synth.spillover.SpilloverSensitivity;
import org.causalworkbench.estimators.synth.spillover.WhatIfRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the donor-pool editor, the screen and the sensitivity analysis on Proposition 99
 * without a JavaFX toolkit. Skipped when the shared datasets are absent.
 */
class SpilloverViewModelTest {

    /** V-free ATT of California on the full 38-donor pool. */
    private static final double PROP99_ATT = -19.5136;

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @TempDir
    Path folder;

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private SynthViewModel california(Panel panel, Executor work) {
        SynthViewModel model = new SynthViewModel(ui, work, SynthAnalysis::run);
        model.loadPanel(panel, Optional.empty());
        model.treatedUnitProperty().set("California");
        model.interventionTimeProperty().set(1989.0);
        model.placeboProperty().set(false);
        return model;
    }

    private DonorChoice donor(SynthViewModel model, String unit) {
        return model.donors().stream().filter(d -> d.unit().equals(unit)).findFirst()
                .orElseThrow();
    }

    private void screen(SpilloverViewModel spill) throws InterruptedException {
        spill.runScreen();
        ui.runUntil(() -> !spill.screenRunningProperty().get(), 20_000);
    }

    @Test
    void applyS1_excludesPlantedUtah() throws InterruptedException {
        Panel planted = SpilloverPanels.shifted(SpilloverPanels.prop99(), "Utah", 1989, -15);
        SynthViewModel model = california(planted, worker);
        SpilloverViewModel spill = model.spillover();
        spill.settingsProperty().set(new ScreenSettings(37, 0.95, 1, AnchorMode.LAG, 1));

        screen(spill);

        DonorScreenResult result = spill.screenResultProperty().get();
        DonorScore utah = result.scoreOf("Utah").orElseThrow();
        assertEquals(1, utah.rank());
        assertEquals(-4.2681, utah.zScore(), 1e-3);
        assertFalse(spill.suggestionFor("Utah").keepByTopN());
        assertTrue(donor(model, "Utah").isIncluded(), "a suggestion must not decide alone");

        assertEquals(1, spill.applySuggestions(ScreenRule.TOP_N));

        assertFalse(donor(model, "Utah").isIncluded());
        assertEquals(37, model.donors().stream().filter(DonorChoice::isIncluded).count());
        assertTrue(spill.audit().stream().anyMatch(e -> e.source().equals("screen")
                && e.action().equals("S1 suggests excluding Utah")));
        assertTrue(spill.audit().stream().anyMatch(e -> e.source().equals("user")
                && e.unit().equals("Utah") && e.action().contains("applied S1")));
        assertTrue(spill.keptSummaryProperty().get().contains("S1 37 of 38"),
                spill.keptSummaryProperty().get());
        assertEquals("Apply S1 suggestions", model.commands().undoNameProperty().get());
        model.commands().undo();
        assertTrue(donor(model, "Utah").isIncluded(), "undo returns Utah to the pool");
        model.commands().redo();
        assertFalse(donor(model, "Utah").isIncluded());

        donor(model, "Utah").includedProperty().set(true);
        assertTrue(spill.audit().get(spill.audit().size() - 1).action().equals("include"),
                "the user's override is logged");
    }

    @Test
    void pool_roundTripsThroughCsv() throws Exception {
        SynthViewModel model = california(SpilloverPanels.prop99(), worker);
        SpilloverViewModel spill = model.spillover();
        donor(model, "Utah").includedProperty().set(false);
        spill.setReason(donor(model, "Utah"), "neighbour, \"cross-border\" sales");
        donor(model, "Nevada").trustedProperty().set(true);
        List<DonorDecision> before = model.donors().stream().map(DonorChoice::decision)
                .toList();
        Path file = folder.resolve("pool.csv");

        spill.exportPool(file);
        model.loadPanel(SpilloverPanels.prop99(), Optional.empty());
        model.treatedUnitProperty().set("California");
        String message = spill.importPool(file);

        assertEquals(before, model.donors().stream().map(DonorChoice::decision).toList());
        assertTrue(message.contains("applied 38 of 38"), message);
        assertEquals("trusted", donor(model, "Nevada").decision().label());
    }

    @Test
    void pool_reportsUnitsMissingFromTheData() throws Exception {
        SynthViewModel model = california(SpilloverPanels.prop99(), worker);
        Path file = folder.resolve("other.csv");
        Files.writeString(file, "unit,decision,reason\nUtah,exclude,neighbour\n"
                + "Atlantis,exclude,sunk\nCalifornia,exclude,treated\n");

        String message = model.spillover().importPool(file);

        assertFalse(donor(model, "Utah").isIncluded());
        assertEquals("neighbour", donor(model, "Utah").reasonProperty().get());
        assertTrue(message.contains("applied 1 of 3"), message);
        assertTrue(message.contains("Atlantis, California"), message);
        assertTrue(message.contains("37 donor(s) not in the file"), message);
    }

    @Test
    void pool_rejectsUnknownDecision() throws Exception {
        SynthViewModel model = california(SpilloverPanels.prop99(), worker);
        Path file = folder.resolve("bad.csv");
        Files.writeString(file, "unit,decision\nUtah,exclude\nNevada,maybe\n");

        String message = model.spillover().importPool(file);

        assertTrue(message.contains("line 3"), message);
        assertTrue(message.contains("maybe"), message);
        assertTrue(message.contains("include, exclude or trusted"), message);
        assertTrue(donor(model, "Utah").isIncluded(), "a bad file changes nothing");
    }

    @Test
    void sensitivity_matchesDirectEstimatorCalls() throws InterruptedException {
        Panel panel = SpilloverPanels.prop99();
        SynthViewModel model = california(panel, worker);
        SpilloverViewModel spill = model.spillover();
        donor(model, "Utah").includedProperty().set(false);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 20_000);
        spill.runSensitivity();
        ui.runUntil(() -> !spill.sensitivityRunningProperty().get()
                && spill.sensitivityProperty().get() != null, 20_000);

        SyntheticControlSetup setup = SyntheticControlSetup.of(panel, "California", 1989,
                List.of("Utah"));
        SyntheticControlResult fit = SyntheticControl.withDefaults().fit(setup);
        SpilloverSensitivity direct = SpilloverSensitivity.of(setup, fit, List.of("Utah"));
        SensitivityOutcome analysed = spill.sensitivityProperty().get();
        SpilloverSensitivity app = analysed.sensitivity();

        assertEquals(Math.abs(fit.att()), app.breakEven(), 1e-12);
        assertEquals(direct.falsePositiveBound(), app.falsePositiveBound(), 1e-9);
        assertEquals(direct.breakEvenByDonor(), app.breakEvenByDonor());
        List<WhatIfRow> rows = analysed.whatIf();
        assertEquals(1, rows.size());
        // Putting Utah back restores the full-pool fit.
        assertEquals(PROP99_ATT, rows.get(0).att(), 1e-4);
        assertEquals(rows.get(0).att() - fit.att(), rows.get(0).change(), 1e-12);

        EffectSurface surface = SensitivityGrid.surface(analysed, -1);
        double[] sizes = surface.spilloverSizes();
        double[] shares = surface.weightShares();
        assertEquals(3 * Math.max(Math.abs(fit.att()), fit.preRmspe()),
                sizes[sizes.length - 1], 1e-9);
        for (int i = 0; i < sizes.length; i += 10) {
            for (int k = 0; k < shares.length; k += 10) {
                assertEquals(fit.att() - sizes[i] * shares[k],
                        surface.adjustedEffect()[i][k], 1e-9);
            }
        }
    }

    @Test
    void pool_rejectsUnitListedTwice() throws Exception {
        SynthViewModel model = california(SpilloverPanels.prop99(), worker);
        Path file = folder.resolve("twice.csv");
        Files.writeString(file, "unit,decision\nUtah,exclude\nNevada,include\nUtah,include\n");

        String message = model.spillover().importPool(file);

        assertTrue(message.contains("line 4"), message);
        assertTrue(message.contains("line 2"), message);
        assertTrue(message.contains("'Utah'"), message);
        assertTrue(donor(model, "Utah").isIncluded(), "a rejected file changes nothing");
    }

    @Test
    void reinclude_clearsExclusionReason() {
        SynthViewModel model = california(SpilloverPanels.prop99(), worker);
        SpilloverViewModel spill = model.spillover();
        DonorChoice utah = donor(model, "Utah");
        utah.includedProperty().set(false);
        spill.setReason(utah, "tobacco state");

        utah.includedProperty().set(true);

        assertEquals("", utah.reasonProperty().get());
        AuditEntry last = spill.audit().get(spill.audit().size() - 1);
        assertEquals("include", last.action());
        assertEquals("", last.reason(), "the old exclusion reason is not the include's reason");
        assertTrue(spill.audit().stream().anyMatch(e -> e.action().equals("clear reason")
                && e.reason().contains("tobacco state")));
    }

    @Test
    void screen_leavesOutDonorsTheUserExcluded() throws InterruptedException {
        SynthViewModel model = california(SpilloverPanels.prop99(), worker);
        SpilloverViewModel spill = model.spillover();
        donor(model, "Utah").includedProperty().set(false);

        screen(spill);

        DonorScreenResult result = spill.screenResultProperty().get();
        assertEquals(37, result.scores().size());
        assertTrue(result.scoreOf("Utah").isEmpty(), "like the command line's --exclude");
        assertTrue(spill.screenStatusProperty().get().startsWith("Screened 37 donors"),
                spill.screenStatusProperty().get());
    }

    @Test
    void secondScreen_endsWithFinishedStatus() throws InterruptedException {
        SynthViewModel model = california(SpilloverPanels.prop99(), worker);
        SpilloverViewModel spill = model.spillover();
        screen(spill);
        int entries = spill.audit().size();

        screen(spill);

        assertFalse(spill.screenRunningProperty().get());
        assertTrue(spill.screenStatusProperty().get().startsWith("Screened 38 donors"),
                "an equal result must still end the status: "
                        + spill.screenStatusProperty().get());
        assertEquals(entries + 2, spill.audit().size(), "the second screen is logged too");
        assertTrue(spill.audit().get(entries).reason().startsWith("Lag forecast, n = 30"),
                "the anchor in words: " + spill.audit().get(entries).reason());
    }

    @Test
    void settingChange_marksStaleWithoutScreening() throws InterruptedException {
        ArrayDeque<Runnable> pendingWork = new ArrayDeque<>();
        SynthViewModel model = california(SpilloverPanels.prop99(), pendingWork::add);
        SpilloverViewModel spill = model.spillover();
        spill.runScreen();
        pendingWork.poll().run();
        ui.runUntil(() -> !spill.screenRunningProperty().get(), 10_000);

        for (double level : new double[] {0.80, 0.90, 0.99}) {
            spill.settingsProperty().set(new ScreenSettings(30, level, 1, AnchorMode.LAG, 1));
        }

        assertFalse(spill.screenRunningProperty().get(), "no screen per intermediate value");
        assertTrue(pendingWork.isEmpty());
        assertTrue(spill.screenStaleProperty().get().contains("press Screen"),
                spill.screenStaleProperty().get());
    }

    @Test
    void cancel_keepsLastScreenAndMarksItStale() throws InterruptedException {
        ArrayDeque<Runnable> pendingWork = new ArrayDeque<>();
        SynthViewModel model = california(SpilloverPanels.prop99(), pendingWork::add);
        SpilloverViewModel spill = model.spillover();
        spill.runScreen();
        pendingWork.poll().run();
        ui.runUntil(() -> !spill.screenRunningProperty().get(), 10_000);
        DonorScreenResult first = spill.screenResultProperty().get();
        assertNotNull(first);

        spill.settingsProperty().set(new ScreenSettings(30, 0.95, 1, AnchorMode.LEAVE_ONE_OUT,
                1));
        spill.runScreen();
        assertTrue(spill.screenRunningProperty().get());
        spill.cancel();
        pendingWork.poll().run();
        ui.runUntil(() -> !spill.screenRunningProperty().get(), 10_000);

        assertSame(first, spill.screenResultProperty().get());
        assertTrue(spill.screenStaleProperty().get().contains("cancelled"),
                spill.screenStaleProperty().get());
        assertTrue(spill.screenStatusProperty().get().startsWith("Cancelled"),
                spill.screenStatusProperty().get());
        DonorScreenResult leaveOneOut = DonorScreen.withDefaults()
                .withAnchor(AnchorMode.LEAVE_ONE_OUT).screen(SyntheticControlSetup.of(
                        SpilloverPanels.prop99(), "California", 1989, List.of()),
                        ProgressSink.NONE, CancellationToken.NEVER);
        assertEquals(38, leaveOneOut.scores().size(), "the cancelled setting itself works");
    }

    @Test
    void settingsChangedWhileScreening_markTheResultStale() throws InterruptedException {
        ArrayDeque<Runnable> pendingWork = new ArrayDeque<>();
        SynthViewModel model = california(SpilloverPanels.prop99(), pendingWork::add);
        SpilloverViewModel spill = model.spillover();
        spill.runScreen();

        spill.settingsProperty().set(new ScreenSettings(30, 0.80, 1, AnchorMode.LAG, 1));
        pendingWork.poll().run();
        ui.runUntil(() -> !spill.screenRunningProperty().get(), 10_000);

        assertEquals(0.95, spill.screenResultProperty().get().level());
        assertTrue(spill.screenStaleProperty().get().contains("changed during"),
                spill.screenStaleProperty().get());
        assertTrue(pendingWork.isEmpty(), "no second screen by itself");
    }
}
