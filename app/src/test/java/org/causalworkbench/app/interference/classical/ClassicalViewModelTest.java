package org.causalworkbench.app.interference.classical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.UnitTableImport;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.interference.classical.AllocationGrid;
import org.causalworkbench.estimators.interference.classical.AllocationIpw;
import org.causalworkbench.estimators.interference.classical.AllocationIpwResult;
import org.causalworkbench.estimators.interference.classical.AronowSamii;
import org.causalworkbench.estimators.interference.classical.AronowSamiiResult;
import org.causalworkbench.estimators.interference.classical.As4ExposureMapping;
import org.causalworkbench.estimators.interference.classical.AssignmentDesign;
import org.causalworkbench.estimators.interference.classical.EffectEstimate;
import org.causalworkbench.estimators.interference.classical.ExposureProbabilities;
import org.causalworkbench.estimators.interference.classical.HudgensHalloran;
import org.causalworkbench.estimators.interference.classical.HudgensHalloranResult;
import org.causalworkbench.sample.TwoStageHouseholdGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the classical tab's view models without a JavaFX toolkit. */
class ClassicalViewModelTest {

    /**
     * Four groups, two per strategy. Group means: A has Y(0) = 4, Y(1) = 1, Y = 3; B 6, 2, 4;
     * C 4, 1, 2; D 3, 1, 2. Strategy s0 treats 2 of 5 units and s1 3 of 5, so s0 is psi0.
     * The column x varies within groups, so it cannot be the strategy.
     */
    static final String FOUR_GROUPS = """
            id,group,arm,x,treated,y
            a1,A,s0,0,1,1
            a2,A,s0,1,0,3
            a3,A,s0,0,0,5
            b1,B,s0,1,1,2
            b2,B,s0,0,0,6
            c1,C,s1,0,1,0
            c2,C,s1,1,1,2
            c3,C,s1,0,0,4
            d1,D,s1,1,1,1
            d2,D,s1,0,0,3
            """;

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private static InterferenceData table(String csv, List<String> covariates) {
        CsvTable table = CsvTable.read(new StringReader(csv), "groups.csv");
        return UnitTableImport.build(table,
                new UnitTableImport.Roles("id", "treated", "y", covariates, "group"), "",
                Double.NaN);
    }

    private ClassicalViewModel model() {
        InterferenceViewModel workspace = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        return new ClassicalViewModel(workspace, ui, worker);
    }

    private static EffectRow effect(HudgensHalloranViewModel model, String name) {
        return model.effects().stream().filter(row -> row.effect().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name + " in "
                        + model.effects()));
    }

    @Test
    void hudgensHalloran_fourGroups_matchesHandValues() {
        ClassicalViewModel model = model();
        model.workspace().load(table(FOUR_GROUPS, List.of("x", "arm")));
        HudgensHalloranViewModel hh = model.hudgensHalloran();

        assertEquals("arm", hh.strategyColumnProperty().get());
        assertEquals("", hh.errorProperty().get());
        assertEquals(List.of("s0", "s1"),
                hh.strategies().stream().map(StrategyRow::strategy).toList());
        assertEquals(0.5, effect(hh, "DE(s0)").standardError(), 1e-12);
        assertEquals(3.5, effect(hh, "DE(s0)").estimate(), 1e-12);
        assertEquals(2.5, effect(hh, "DE(s1)").estimate(), 1e-12);
        assertEquals(0.5, effect(hh, "DE(s1)").standardError(), 1e-12);
        assertEquals(1.5, effect(hh, "IE(s0, s1)").estimate(), 1e-12);
        assertEquals(Math.sqrt(1.25), effect(hh, "IE(s0, s1)").standardError(), 1e-12);
        assertEquals(4.0, effect(hh, "TE(s0, s1)").estimate(), 1e-12);
        assertEquals(1.0, effect(hh, "TE(s0, s1)").standardError(), 1e-12);
        assertEquals(1.5, effect(hh, "OE(s0, s1)").estimate(), 1e-12);
        assertEquals(0.5, effect(hh, "OE(s0, s1)").standardError(), 1e-12);
        assertEquals("2 + 2", effect(hh, "OE(s0, s1)").groups());
        assertEquals(HudgensHalloran.SIGN_CONVENTION,
                hh.reportProperty().get().signConvention());
    }

    @Test
    void hudgensHalloran_oneArmAndLoneStrategy_explained() {
        String csv = FOUR_GROUPS + """
                e1,E,s1,0,1,2
                e2,E,s1,1,1,2
                f1,F,s2,0,1,1
                f2,F,s2,0,0,1
                """;
        ClassicalViewModel model = model();
        model.workspace().load(table(csv, List.of("arm")));
        HudgensHalloranViewModel hh = model.hudgensHalloran();

        String notes = hh.notesProperty().get();
        assertTrue(notes.contains("Strategy 's2' is left out"), notes);
        assertTrue(notes.contains("1 of 3 groups have no untreated member (E)"), notes);
        EffectRow indirect = effect(hh, "IE(s0, s1)");
        assertTrue(Double.isNaN(indirect.estimate()), "IE needs E's untreated mean");
        assertTrue(indirect.note().contains("group 'E' has no untreated member"),
                indirect.note());
        assertFalse(Double.isNaN(effect(hh, "OE(s0, s1)").estimate()), "OE is always defined");
        assertTrue(Double.isNaN(effect(hh, "DE(s1)").estimate()));
        assertEquals(3.5, effect(hh, "DE(s0)").estimate(), 1e-12);
    }

    @Test
    void hudgensHalloran_strategyVariesInGroup_rejected() {
        String csv = FOUR_GROUPS.replace("a3,A,s0", "a3,A,s1");
        ClassicalViewModel model = model();
        model.workspace().load(table(csv, List.of("arm")));
        HudgensHalloranViewModel hh = model.hudgensHalloran();

        assertEquals("", hh.strategyColumnProperty().get(), "arm is not constant in A");
        hh.strategyColumnProperty().set("arm");

        String error = hh.errorProperty().get();
        assertTrue(error.contains("Group 'A' has strategy 's0' for unit a1 but 's1' for unit"
                + " a3"), error);
        assertTrue(hh.effects().isEmpty());
    }

    @Test
    void hudgensHalloran_strategyTable_replacesColumn() {
        ClassicalViewModel model = model();
        model.workspace().load(table(FOUR_GROUPS, List.of()));
        HudgensHalloranViewModel hh = model.hudgensHalloran();
        assertTrue(hh.errorProperty().get().contains("no covariate column"),
                hh.errorProperty().get());

        hh.loadStrategyTable(CsvTable.read(new StringReader("""
                group,allocation
                A,s0
                B,s0
                C,s1
                D,s1
                """), "strategies.csv"));

        assertEquals(HudgensHalloranViewModel.Source.TABLE, hh.sourceProperty().get());
        assertEquals(1.5, effect(hh, "IE(s0, s1)").estimate(), 1e-12);
    }

    @Test
    void hudgensHalloran_strategyTableMissingGroup_rejected() {
        ClassicalViewModel model = model();
        model.workspace().load(table(FOUR_GROUPS, List.of()));
        HudgensHalloranViewModel hh = model.hudgensHalloran();

        hh.loadStrategyTable(CsvTable.read(new StringReader("group,allocation\nA,s0\nB,s0\n"
                + "C,s1\nZ,s1\n"), "strategies.csv"));

        String error = hh.errorProperty().get();
        assertTrue(error.contains("group 'Z' is not in groups.csv"), error);
        assertTrue(error.contains("line 5"), error);
    }

    @Test
    void hudgensHalloran_example_matchesEstimatorAndTruth() {
        ClassicalViewModel model = model();
        model.loadExample();
        HudgensHalloranViewModel hh = model.hudgensHalloran();
        InterferenceData data = model.workspace().dataProperty().get();
        Map<String, String> strategies = GroupStrategies.fromColumn(data, "strategy");
        HudgensHalloranResult direct = HudgensHalloran.withDefaults().estimate(data.groups(),
                data.treatment(), data.outcome(), strategies);

        assertEquals(List.of("low", "high"),
                hh.strategies().stream().map(StrategyRow::strategy).toList());
        assertSame(direct.direct("low"), effect(hh, "DE(low)"));
        assertSame(direct.direct("high"), effect(hh, "DE(high)"));
        assertSame(direct.indirect("low", "high"), effect(hh, "IE(low, high)"));
        assertSame(direct.total("low", "high"), effect(hh, "TE(low, high)"));
        assertSame(direct.overall("low", "high"), effect(hh, "OE(low, high)"));
        // The effects are unbiased for the documented truths, so each lies within 4 SE.
        assertNear(TwoStageHouseholdGenerator.DIRECT_LOW, effect(hh, "DE(low)"));
        assertNear(TwoStageHouseholdGenerator.DIRECT_HIGH, effect(hh, "DE(high)"));
        assertNear(TwoStageHouseholdGenerator.INDIRECT, effect(hh, "IE(low, high)"));
        assertNear(TwoStageHouseholdGenerator.TOTAL, effect(hh, "TE(low, high)"));
        assertNear(TwoStageHouseholdGenerator.OVERALL, effect(hh, "OE(low, high)"));
    }

    private static void assertSame(EffectEstimate expected, EffectRow row) {
        assertEquals(expected.estimate(), row.estimate(), 1e-12, row.effect());
        assertEquals(expected.standardError(), row.standardError(), 1e-12, row.effect());
    }

    private static void assertNear(double truth, EffectRow row) {
        assertTrue(Math.abs(row.estimate() - truth) < 4 * row.standardError(),
                row.effect() + " = " + row.estimate() + " (SE " + row.standardError()
                        + "), truth " + truth);
    }

    /** Builds the path 1-2-3-4 with unit 2 treated and Y = (1, 2, 3, 4). */
    private static InterferenceData path() {
        int[][] neighbours = {{1}, {0, 2}, {1, 3}, {2}};
        return new InterferenceData("path", List.of("1", "2", "3", "4"), new int[] {0, 1, 0, 0},
                new double[] {1, 2, 3, 4}, List.of(), null, List.of("g", "g", "g", "g"),
                neighbours, "", Double.NaN);
    }

    private static ExposureRow exposure(AronowSamiiViewModel model, String condition) {
        return model.exposures().stream().filter(row -> row.condition().equals(condition))
                .findFirst().orElseThrow();
    }

    @Test
    void aronowSamii_pathOfFour_matchesHandValues() throws InterruptedException {
        ClassicalViewModel model = model();
        model.workspace().load(path());
        AronowSamiiViewModel as = model.aronowSamii();
        as.exactProperty().set(true);
        assertEquals(1, as.treatedProperty().get(), "m defaults to the observed count");

        as.run();
        ui.runUntil(() -> !as.runningProperty().get(), 10_000);

        assertEquals("", as.errorProperty().get());
        // pi(c01) is 1/4 at the ends and 1/2 in the middle; units 1 and 3 are observed in it.
        ExposureRow c01 = exposure(as, "c01");
        assertEquals(2, c01.unitsObserved());
        assertEquals(0.25, c01.minProbability(), 1e-12);
        assertEquals(0.5, c01.maxProbability(), 1e-12);
        assertEquals((1 / 0.25 + 3 / 0.5) / 4, c01.horvitzThompson(), 1e-12);
        assertEquals((1 / 0.25 + 3 / 0.5) / (1 / 0.25 + 1 / 0.5), c01.hajek(), 1e-12);
        assertEquals(2.0, exposure(as, "c10").horvitzThompson(), 1e-12);
        assertEquals(4.0, exposure(as, "c00").hajek(), 1e-12);
        assertTrue(Double.isNaN(exposure(as, "c11").horvitzThompson()));
        ContrastRow c10VersusC00 = as.contrasts().stream()
                .filter(row -> row.contrast().equals("c10 - c00")).findFirst().orElseThrow();
        assertEquals(0.0, c10VersusC00.horvitzThompson(), 1e-12);
        assertEquals(-2.0, c10VersusC00.hajek(), 1e-12);
        assertEquals(6, as.contrasts().size());
        assertTrue(as.reportProperty().get().warnings().stream()
                .anyMatch(text -> text.contains("No unit can receive condition c11")));
    }

    @Test
    void aronowSamii_example_matchesEstimator() throws InterruptedException {
        ClassicalViewModel model = model();
        model.loadExample();
        AronowSamiiViewModel as = model.aronowSamii();
        as.drawsProperty().set(300);
        as.seedProperty().set(11);

        as.run();
        ui.runUntil(() -> !as.runningProperty().get(), 60_000);

        assertEquals("", as.errorProperty().get());
        InterferenceData data = model.workspace().dataProperty().get();
        ExposureProbabilities probabilities = ExposureProbabilities.compute(
                AssignmentDesign.completeRandomisationDraws(1024, 512, 300, 11),
                As4ExposureMapping.of(data.neighbours()), ProgressSink.NONE, () -> false);
        AronowSamiiResult direct = AronowSamii.withDefaults().estimate(probabilities,
                data.treatment(), data.outcome());
        for (String condition : List.of("c11", "c10", "c01", "c00")) {
            ExposureRow row = exposure(as, condition);
            assertEquals(direct.estimate(condition).horvitzThompsonMean(),
                    row.horvitzThompson(), 1e-12, condition);
            assertEquals(direct.estimate(condition).hajekMean(), row.hajek(), 1e-12,
                    condition);
            assertEquals(Math.sqrt(direct.estimate(condition).meanVariance()),
                    row.horvitzThompsonError(), 1e-12, condition);
        }
        // Every untreated member has a treated housemate, so no unit is observed in c00.
        ExposureRow c00 = exposure(as, "c00");
        assertEquals(0, c00.unitsObserved());
        assertEquals("0: no unit observed", c00.observed());
        assertEquals("undefined", c00.show(c00.horvitzThompson()));
        assertEquals("undefined", c00.show(c00.horvitzThompsonError()));
        ContrastRow c11VersusC00 = as.contrasts().stream()
                .filter(row -> row.contrast().equals("c11 - c00")).findFirst().orElseThrow();
        assertEquals("no unit observed in c00", c11VersusC00.undefinedReason());
        assertEquals("undefined", c11VersusC00.show(c11VersusC00.horvitzThompson()));
        assertEquals("undefined", c11VersusC00.show(c11VersusC00.hajekError()));
        ContrastRow c11VersusC10 = as.contrasts().stream()
                .filter(row -> row.contrast().equals("c11 - c10")).findFirst().orElseThrow();
        assertEquals("", c11VersusC10.undefinedReason());
        // Every negative variance estimate of the HT means is listed in one note.
        List<String> negative = List.of("c11", "c10", "c01", "c00").stream()
                .filter(condition -> direct.estimate(condition).meanVariance() < 0).toList();
        assertFalse(negative.isEmpty(), "300 draws give a negative variance estimate");
        String note = as.reportProperty().get().warnings().stream()
                .filter(text -> text.startsWith("Negative variance estimates")).findFirst()
                .orElseThrow();
        for (String condition : negative) {
            assertTrue(note.contains(condition + " (HT mean) -"), note);
        }
        assertTrue(note.contains("more draws"), note);
        assertEquals(direct.contrast("c01", "c00").standardError(), as.contrasts().stream()
                .filter(row -> row.contrast().equals("c01 - c00")).findFirst().orElseThrow()
                .horvitzThompsonError(), 1e-12);
    }

    @Test
    void aronowSamii_cancel_keepsNoResult() throws InterruptedException {
        ClassicalViewModel model = model();
        model.loadExample();
        AronowSamiiViewModel as = model.aronowSamii();
        as.drawsProperty().set(1_000_000);

        as.run();
        ui.runUntil(() -> as.statusProperty().get().startsWith("Exposure probabilities"),
                30_000);
        as.cancel();
        long millis = ui.runUntil(() -> !as.runningProperty().get(), 10_000);

        assertTrue(millis < 2_000, "cancel took " + millis + " ms");
        assertEquals("Cancelled.", as.statusProperty().get());
        assertNull(as.reportProperty().get());
        assertTrue(as.exposures().isEmpty());
        assertTrue(as.canRunBinding().get());
    }

    @Test
    void aronowSamii_tooManyUnits_explained() {
        ClassicalViewModel model = model();
        int n = AronowSamiiReport.MAX_UNITS + 1;
        List<String> ids = java.util.stream.IntStream.range(0, n).mapToObj(String::valueOf)
                .toList();
        model.workspace().load(new InterferenceData("big.csv", ids, new int[n], new double[n],
                List.of(), null, ids, new int[n][0], "", Double.NaN));
        AronowSamiiViewModel as = model.aronowSamii();

        as.run();

        assertFalse(as.runningProperty().get());
        String error = as.errorProperty().get();
        assertTrue(error.contains("big.csv has 1025 units"), error);
        assertTrue(error.contains("limited to 1024 units"), error);
        assertNotNull(as.statusProperty().get());
    }

    @Test
    void allocation_knownHalf_matchesHandValues() {
        ClassicalViewModel model = model();
        model.workspace().load(table(FOUR_GROUPS, List.of("arm")));
        AllocationViewModel allocation = model.allocation();
        allocation.propensityProperty().set(AllocationViewModel.Propensity.KNOWN);
        allocation.knownProbabilityProperty().set(0.5);
        allocation.fromProperty().set(0.3);
        allocation.toProperty().set(0.7);
        allocation.pointsProperty().set(3);

        allocation.estimate();

        assertEquals("", allocation.errorProperty().get());
        AllocationGrid grid = allocation.gridProperty().get();
        assertEquals(List.of(0.3, 0.5, 0.7), grid.allocations());
        // At alpha = p = 1/2 every weight is 1, so DE_i = 2 (S0_i - S1_i) / n_i: 14/3, 4, 4/3
        // and 2 for groups A to D.
        assertEquals(3.0, grid.direct().get(1).estimate(), 1e-12);
        assertEquals(Math.sqrt(68.0 / 9 / 12), grid.direct().get(1).standardError(), 1e-12);
        assertEquals(0.0, grid.indirect().get(1).get(1).estimate(), 1e-12);
    }

    @Test
    void allocation_twoStageExample_rejected() {
        ClassicalViewModel model = model();
        model.loadExample();
        AllocationViewModel allocation = model.allocation();

        allocation.estimate();

        assertNull(allocation.gridProperty().get());
        String error = allocation.errorProperty().get();
        assertTrue(error.contains("treat exactly"), error);
        assertTrue(error.contains("Hudgens-Halloran"), error);
    }

    @Test
    void allocation_householdSample_directNearMinusTace() {
        ClassicalViewModel model = model();
        model.workspace().load(SampleLoader.households());
        AllocationViewModel allocation = model.allocation();

        allocation.estimate();

        assertEquals("", allocation.errorProperty().get());
        InterferenceData data = model.workspace().dataProperty().get();
        AllocationIpwResult direct = AllocationIpw.withDefaults()
                .estimateWithLogisticPropensity(data.groups(), data.treatment(), data.outcome(),
                        AllocationViewModel.levelIndicators(data));
        AllocationGrid grid = allocation.gridProperty().get();
        assertEquals(AllocationViewModel.DEFAULT_POINTS, grid.allocations().size());
        for (int i = 0; i < grid.allocations().size(); i++) {
            double alpha = grid.allocations().get(i);
            EffectEstimate shown = grid.direct().get(i);
            assertEquals(direct.direct(alpha).estimate(), shown.estimate(), 1e-9,
                    "DE at " + alpha);
            assertEquals(direct.direct(alpha).standardError(), shown.standardError(), 1e-9,
                    "SE of DE at " + alpha);
            assertEquals(direct.indirect(0.1, alpha).estimate(),
                    grid.indirect().get(0).get(i).estimate(), 1e-9, "IE at " + alpha);
        }
        for (double alpha : new double[] {0.3, 0.5, 0.7}) {
            EffectEstimate de = direct.direct(alpha);
            assertEquals(-data.trueEffect(), de.estimate(), 3 * de.standardError(),
                    "DE against -TACE at " + alpha);
        }
        assertTrue(allocation.notesProperty().get().contains("Largest group weight"));
    }

    @Test
    void allocation_invalidRange_explained() {
        ClassicalViewModel model = model();
        model.workspace().load(table(FOUR_GROUPS, List.of("arm")));
        AllocationViewModel allocation = model.allocation();
        allocation.fromProperty().set(0.8);
        allocation.toProperty().set(0.2);

        allocation.estimate();

        assertNull(allocation.gridProperty().get());
        assertTrue(allocation.errorProperty().get().contains("Invalid allocation range 0.8 to"
                + " 0.2"), allocation.errorProperty().get());
    }

    @Test
    void aronowSamii_exactTooLarge_explained() {
        ClassicalViewModel model = model();
        model.loadExample();
        AronowSamiiViewModel as = model.aronowSamii();
        as.exactProperty().set(true);

        as.run();

        assertFalse(as.runningProperty().get());
        String complete = as.errorProperty().get();
        assertTrue(complete.contains("Complete randomisation of 512 of 1024 units has more than"
                + " 1000000 assignments"), complete);
        assertTrue(complete.contains("Untick Exact"), complete);

        as.kindProperty().set(DesignChoice.Kind.BERNOULLI);
        as.run();

        String bernoulli = as.errorProperty().get();
        assertTrue(bernoulli.contains("at most 20 units, but the table has 1024"), bernoulli);
    }
}
