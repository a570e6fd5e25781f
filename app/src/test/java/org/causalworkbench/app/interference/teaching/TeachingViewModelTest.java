package org.causalworkbench.app.interference.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.estimators.interference.IdentifiabilityCheck;
import org.causalworkbench.estimators.interference.simulate.BiasDecomposition;
import org.causalworkbench.estimators.interference.simulate.InterferenceStudyResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Drives the teaching tab's view model without a JavaFX toolkit. */
class TeachingViewModelTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkerThreads.singleDaemon("teaching-test");

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    /** Returns a model of the main simulation with 400 contexts of 11 and R replicates. */
    private TeachingViewModel smallMainSimulation(int replicates) {
        TeachingViewModel model = new TeachingViewModel(ui, worker);
        model.contextsProperty().set(400);
        model.replicatesProperty().set(replicates);
        model.seedProperty().set(7);
        return model;
    }

    private InterferenceStudyResult runToEnd(TeachingViewModel model)
            throws InterruptedException {
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 120_000);
        InterferenceStudyResult result = model.studyProperty().get();
        assertNotNull(result, model.statusProperty().get());
        return result;
    }

    @Test
    void mainSimulation_biasesNearExpectation() throws InterruptedException {
        InterferenceStudyResult result = runToEnd(smallMainSimulation(40));

        // Expected biases of the process: naive 0.400 = 0.2 + 0.2, covariates 0.211, TACE 0.
        // With 4,400 units a replicate's SD is about 0.06, so the mean of 40 is within 0.03.
        assertEquals(40, result.replicates());
        assertEquals(0.400, result.naive().mean(), 0.035);
        assertEquals(0.211, result.covariates().mean(), 0.035);
        assertEquals(0.0, result.tace().mean(), 0.035);
        assertTrue(result.tace().lower() < 0, "TACE 2.5% quantile " + result.tace().lower());
        assertTrue(result.tace().upper() > 0, "TACE 97.5% quantile " + result.tace().upper());
        BiasDecomposition split = result.decomposition().orElseThrow();
        assertEquals(0.2, split.covariatePart(), 0.03);
        assertEquals(0.2, split.signaturePart(), 0.03);
        assertEquals(3, StudyView.rows(result).size());
    }

    @Test
    void sameSeed_givesSameStudy() throws InterruptedException {
        TeachingViewModel first = smallMainSimulation(6);
        InterferenceStudyResult one = runToEnd(first);
        TeachingViewModel second = smallMainSimulation(6);
        InterferenceStudyResult two = runToEnd(second);
        second.seedProperty().set(8);
        InterferenceStudyResult other = runToEnd(second);

        assertEquals(one.naive(), two.naive());
        assertEquals(one.tace(), two.tace());
        assertEquals(one.rows(), two.rows());
        assertNotEquals(one.naive(), other.naive());
    }

    @Test
    void cancel_keepsLastResult() throws InterruptedException {
        TeachingViewModel model = smallMainSimulation(4);
        InterferenceStudyResult previous = runToEnd(model);

        model.contextsProperty().set(10_000);
        model.replicatesProperty().set(1000);
        model.run();
        assertTrue(model.runningProperty().get());
        model.cancel();
        long millis = ui.runUntil(() -> !model.runningProperty().get(), 10_000);

        assertTrue(millis < 2000, "cancel took " + millis + " ms");
        assertSame(previous, model.studyProperty().get());
        assertFalse(model.staleReasonProperty().get().isEmpty());
        assertTrue(model.statusProperty().get().contains("cancelled"),
                model.statusProperty().get());
    }

    @Test
    void revealTruth_exposesModelOnlyWhenOn() throws InterruptedException {
        TeachingViewModel model = smallMainSimulation(3);
        runToEnd(model);
        assertEquals("", model.truthTextProperty().get());

        model.revealTruthProperty().set(true);
        String truth = model.truthTextProperty().get();
        assertTrue(truth.contains("f(T, X) = 4X + T"), truth);
        assertTrue(truth.contains("g(I, X) = 4.0 W, W ~ Bernoulli(I)"), truth);
        assertTrue(truth.contains("I = fraction of the other context members treated"), truth);
        assertTrue(truth.contains("True TACE = 1"), truth);

        model.revealTruthProperty().set(false);
        assertEquals("", model.truthTextProperty().get());
    }

    @Test
    void revealTruth_namesBothDemoModels() {
        TeachingViewModel model = new TeachingViewModel(ui, worker);
        model.presetProperty().set(TeachingPreset.NON_IDENTIFICATION);
        assertEquals("", model.truthTextProperty().get());

        model.revealTruthProperty().set(true);
        String truth = model.truthTextProperty().get();
        assertTrue(truth.contains("Model 1 data\nf(T, X) = T I"), truth);
        assertTrue(truth.contains("True TACE = 1"), truth);
        assertTrue(truth.contains("Model 2 data\nf(T, X) = 2T"), truth);
        assertTrue(truth.contains("True TACE = 2"), truth);
    }

    @Test
    void toyExampleTwo_showsRejectionNotNumber() {
        TeachingViewModel model = new TeachingViewModel(ui, worker);
        model.presetProperty().set(TeachingPreset.TOY_TWO);

        TeachingExample example = model.exampleProperty().get();
        assertNotNull(example);
        EstimateLine tace = example.estimate(TeachingExamples.TACE);
        assertTrue(tace.value().isEmpty(), "TACE estimate " + tace.value());
        assertTrue(tace.note().contains("no untreated unit"), tace.note());
        assertEquals("No TACE estimate: " + tace.note(), example.warning());
        // Y = (2.5, 2.25, 0.75): treated mean 2.375 minus untreated 0.75.
        assertEquals(1.625, example.estimate(TeachingExamples.NAIVE).value().getAsDouble(),
                1e-12);
        assertEquals(3, example.dataSets().get(0).rows().size());
    }

    @Test
    void toyExampleOne_recoversTace() {
        TeachingExample example = TeachingExamples.build(TeachingPreset.TOY_ONE);

        assertEquals(2.0, example.estimate(TeachingExamples.TACE).value().getAsDouble(), 1e-12);
        assertEquals(1.75, example.estimate(TeachingExamples.NAIVE).value().getAsDouble(),
                1e-12);
    }

    @Test
    void nonIdentification_tablesAndEstimatesIdentical() {
        TeachingExample example = TeachingExamples.build(TeachingPreset.NON_IDENTIFICATION);

        assertEquals(2, example.dataSets().size());
        ExampleDataSet one = example.dataSets().get(0);
        ExampleDataSet two = example.dataSets().get(1);
        assertEquals(12, one.rows().size());
        assertEquals(one.rows(), two.rows());
        assertNotEquals(one.truth().trueTace(), two.truth().trueTace());
        double first = example.estimate(TeachingExamples.TACE + ", model 1 data").value()
                .getAsDouble();
        double second = example.estimate(TeachingExamples.TACE + ", model 2 data").value()
                .getAsDouble();
        assertEquals(2.0, first, 1e-12);
        assertEquals(first, second, 0.0);
        assertTrue(example.warning().contains(IdentifiabilityCheck.NOT_IDENTIFIABLE),
                example.warning());
        assertTrue(example.explanation().startsWith("The two unit tables are identical"),
                example.explanation());
    }

    @Test
    void productOutcome_ratioConstantDifferenceNot() {
        TeachingExample example = TeachingExamples.build(TeachingPreset.PRODUCT_OUTCOME);

        assertEquals(2.0, example.estimate(TeachingExamples.TACRR).value().getAsDouble(), 1e-12);
        assertEquals(1.5, example.estimate(TeachingExamples.TACE).value().getAsDouble(), 1e-12);
        assertEquals(1.0, example.estimate("Difference at I = 0").value().getAsDouble(), 1e-12);
        assertEquals(2.0, example.estimate("Difference at I = 1").value().getAsDouble(), 1e-12);
        assertTrue(example.explanation().contains("no single additive effect fits"),
                example.explanation());
    }

    @Test
    void exampleRun_needsNoWorker() {
        TeachingViewModel model = new TeachingViewModel(ui, worker);
        model.presetProperty().set(TeachingPreset.TOY_ONE);
        model.run();

        assertFalse(model.runningProperty().get());
        assertEquals(TeachingPreset.TOY_ONE, model.exampleProperty().get().preset());
    }

    @Test
    void invalidSettings_reportedInStatus() {
        TeachingViewModel model = new TeachingViewModel(ui, worker);
        model.presetProperty().set(TeachingPreset.GRAPH);
        model.nodesProperty().set(20);
        model.degreeProperty().set(25);
        model.run();

        assertFalse(model.runningProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Cannot start the study: Invalid"
                + " graph size of 20 nodes"), model.statusProperty().get());
    }

    @Test
    void householdPreset_setsHouseholdSliders() throws InterruptedException {
        TeachingViewModel model = new TeachingViewModel(ui, worker);
        model.presetProperty().set(TeachingPreset.HOUSEHOLDS);
        assertEquals(TeachingViewModel.DEFAULT_HOUSEHOLDS, model.contextsProperty().get());
        assertEquals(TeachingViewModel.DEFAULT_HOUSEHOLD_SIZE,
                model.unitsPerContextProperty().get());
        model.contextsProperty().set(300);
        model.replicatesProperty().set(20);

        InterferenceStudyResult result = runToEnd(model);

        // Randomised allocation: no confounding, so every estimator is unbiased for 2 on
        // average, and the split has no covariate part because X = 0.
        assertEquals(0.0, result.naive().mean(), 0.1);
        assertEquals(0.0, result.tace().mean(), 0.1);
        assertEquals(0.0, result.decomposition().orElseThrow().covariatePart(), 0.0);
    }

    @ParameterizedTest
    @EnumSource(value = TeachingPreset.class,
            names = {"APPENDIX_VARIANT", "COVARIATE_DEPENDENT", "GRAPH"})
    void studyPreset_runsAtSmallSize(TeachingPreset preset) throws InterruptedException {
        TeachingViewModel model = new TeachingViewModel(ui, worker);
        model.presetProperty().set(preset);
        model.contextsProperty().set(300);
        model.nodesProperty().set(300);
        model.replicatesProperty().set(8);

        InterferenceStudyResult result = runToEnd(model);

        assertEquals(8, result.replicates());
        assertEquals(preset != TeachingPreset.COVARIATE_DEPENDENT,
                result.decomposition().isPresent());
        // Every process is additive in T, so the TACE estimate stays near the truth while the
        // naive one need not; 8 replicates of a few thousand units keep the mean within 0.15.
        assertEquals(0.0, result.tace().mean(), 0.15);
    }

    @Test
    void presetChange_marksStudyStale() throws InterruptedException {
        TeachingViewModel model = smallMainSimulation(3);
        runToEnd(model);
        assertEquals("", model.staleReasonProperty().get());

        model.presetProperty().set(TeachingPreset.HOUSEHOLDS);

        assertTrue(model.staleReasonProperty().get().startsWith("The result shown is from the"
                + " context simulation"), model.staleReasonProperty().get());
    }
}
