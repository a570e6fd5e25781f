package org.causalworkbench.app.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.causalworkbench.app.testing.UiQueue;
import org.causalworkbench.app.view.SampleLoader;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.causalworkbench.estimators.interference.AdditivityResult;
import org.causalworkbench.estimators.interference.CellOverlap;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IdentifiabilityCheck;
import org.causalworkbench.estimators.interference.IdentifiabilityResult;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Checks the identifiability banner, the additivity check and the TACRR in the view model. */
class InterferenceChecksTest {

    private final UiQueue ui = new UiQueue();
    private final ExecutorService worker = WorkbenchApplication.workerPool();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    /**
     * Two components, each a complete bipartite K3,3 between a left and a right household of
     * three, with no edge inside a household. Two of three members of every household are
     * treated. Every unit has 2 treated neighbours, so Y = T I and Y = 2T give the same data.
     */
    static InterferenceData bipartiteHouseholds() {
        int n = 12;
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        int[] treatment = new int[n];
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            int household = i / 3;
            ids.add("u" + (i + 1));
            groups.add("H" + household);
            treatment[i] = i % 3 == 2 ? 0 : 1;
            int other = household % 2 == 0 ? household + 1 : household - 1;
            neighbours[i] = new int[] {3 * other, 3 * other + 1, 3 * other + 2};
        }
        double[] outcome = new double[n];
        for (int i = 0; i < n; i++) {
            int treatedNeighbours = 0;
            for (int j : neighbours[i]) {
                treatedNeighbours += treatment[j];
            }
            outcome[i] = treatment[i] * treatedNeighbours;
            assertEquals(2.0 * treatment[i], outcome[i], "models 1 and 2 differ at unit " + i);
        }
        return new InterferenceData("k33.csv", ids, treatment, outcome, List.of(), null, groups,
                neighbours, "", Double.NaN);
    }

    /**
     * Households of four with 0 to 4 members treated, ten of each. I is the fraction of the
     * other members treated, so both arms occur at each of I = 0, 1/3, 2/3 and 1.
     * The outcome is {@code a + b T + c I + d T I}.
     */
    static InterferenceData households(double a, double b, double c, double d) {
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<Integer> treatment = new ArrayList<>();
        List<Double> outcome = new ArrayList<>();
        for (int h = 0; h < 50; h++) {
            int treated = h % 5;
            for (int m = 0; m < 4; m++) {
                int t = m < treated ? 1 : 0;
                double fraction = (treated - t) / 3.0;
                ids.add(h + "-" + m);
                groups.add("H" + h);
                treatment.add(t);
                outcome.add(a + b * t + c * fraction + d * t * fraction);
            }
        }
        int n = ids.size();
        int[][] neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            int unit = i;
            int first = 4 * (i / 4);
            neighbours[i] = java.util.stream.IntStream.range(first, first + 4)
                    .filter(j -> j != unit).toArray();
        }
        return new InterferenceData("households-of-four.csv", ids,
                treatment.stream().mapToInt(Integer::intValue).toArray(),
                outcome.stream().mapToDouble(Double::doubleValue).toArray(), List.of(), null,
                groups, neighbours, "", Double.NaN);
    }

    private InterferenceViewModel run(InterferenceData data, SignatureComponent component,
            String defaultLevel) throws InterruptedException {
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        model.load(data);
        model.replicatesProperty().set(0);
        model.componentProperty(component).set(true);
        if (component != SignatureComponent.GROUP_FRACTION) {
            model.componentProperty(SignatureComponent.GROUP_FRACTION).set(false);
        }
        model.defaultLevelProperty().set(defaultLevel);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 20_000);
        assertEquals("", model.errorProperty().get());
        return model;
    }

    @Test
    void banner_bipartiteDemo_defaultOutsideSupport() throws InterruptedException {
        InterferenceViewModel model = run(bipartiteHouseholds(),
                SignatureComponent.TREATED_COUNT, "0");

        InterferenceChecks checks = model.outcomeProperty().get().checks();
        assertTrue(checks.notIdentifiable());
        IdentifiabilityResult check = checks.identifiability();
        assertEquals(IdentifiabilityCheck.NOT_IDENTIFIABLE, check.message());
        assertEquals(List.of(ExactFraction.of(2)), check.minimum());
        assertEquals(List.of(ExactFraction.of(2)), check.maximum());
        String banner = IdentifiabilityBanner.describe(check);
        assertTrue(banner.startsWith("Not identifiable - the default interference level"),
                banner);
        assertTrue(banner.endsWith("Default level 0; observed I among the kept units: only 2."),
                banner);
        // Every estimator returns the one number that both models share: 2 treated - 0.
        EstimateRow tace = InterferenceViewModel.taceRow(model.estimateRows());
        assertEquals(2.0, tace.horvitzThompson(), 1e-12);
        assertEquals(12, tace.unitsKept());
    }

    @Test
    void banner_bipartiteDemo_productDefaultAlsoOutside() throws InterruptedException {
        InterferenceViewModel model = run(bipartiteHouseholds(),
                SignatureComponent.TREATED_COUNT, "1");

        assertTrue(model.outcomeProperty().get().checks().notIdentifiable());
    }

    @Test
    void banner_defaultInsideSupport_isAbsent() throws InterruptedException {
        InterferenceViewModel model = run(bipartiteHouseholds(),
                SignatureComponent.TREATED_COUNT, "2");

        InterferenceChecks checks = model.outcomeProperty().get().checks();
        assertFalse(checks.notIdentifiable());
        assertEquals("", checks.identifiability().message());
    }

    @Test
    void defaultLevel_invalidText_isRejected() throws InterruptedException {
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        model.load(bipartiteHouseholds());
        model.defaultLevelProperty().set("none");

        model.run();

        assertTrue(model.errorProperty().get().startsWith(
                "Invalid default interference level 'none'"), model.errorProperty().get());
        assertFalse(model.runningProperty().get());
    }

    @Test
    void additivity_productModel_findsInteraction() throws InterruptedException {
        // Y = (1 + T)(1 + 2I) = 1 + T + 2I + 2TI. The check rescales I in [0, 1] to
        // s = 2I - 1, so 2TI = T + T s: the T x I1 coefficient is 1 and the higher powers 0.
        InterferenceViewModel model = run(households(1, 1, 2, 2),
                SignatureComponent.GROUP_FRACTION, "0");

        InterferenceChecks checks = model.outcomeProperty().get().checks();
        AdditivityResult additivity = checks.additivity();
        assertNotNull(additivity, checks.additivityProblem());
        assertEquals(List.of("T x I1", "T x I1^2", "T x I1^3"), additivity.interactionNames());
        assertEquals(1.0, additivity.interactionCoefficients().get(0), 1e-9);
        assertEquals(0.0, additivity.interactionCoefficients().get(1), 1e-9);
        assertEquals(0.0, additivity.interactionCoefficients().get(2), 1e-9);
        assertEquals(3, additivity.numeratorDegreesOfFreedom());
        assertEquals(0.0, additivity.pValue(), 0.0, "only the model with T x I fits exactly");
        assertTrue(checks.readAdditivity().startsWith("The effect of T changes with I"),
                checks.readAdditivity());
        assertTrue(checks.describeAdditivity().contains("T x I1 = 1.0000"),
                checks.describeAdditivity());
    }

    @Test
    void riskRatio_productModel_isTwo() throws InterruptedException {
        InterferenceViewModel model = run(households(1, 1, 2, 2),
                SignatureComponent.GROUP_FRACTION, "0");

        InterferenceChecks checks = model.outcomeProperty().get().checks();
        assertNotNull(checks.riskRatio(), checks.riskRatioProblem());
        // (1 + 1)(1 + 2I) / (1 + 2I) = 2 in every cell with both arms.
        assertEquals(2.0, checks.riskRatio().riskRatio(), 1e-12);
        String text = checks.describeRiskRatio();
        assertTrue(text.startsWith("TACRR (risk ratio) = 2.0000"), text);
        assertTrue(text.contains("only if the outcome is a product Y = f(T, X) g(I, X)"), text);
        assertTrue(text.contains("The additivity check rejects an additive model"), text);
        assertFalse(text.contains("Warning"), text);
    }

    @Test
    void riskRatio_additiveModel_isForComparisonOnly() throws InterruptedException {
        InterferenceViewModel model = run(households(1, 2, 3, 0),
                SignatureComponent.GROUP_FRACTION, "0");

        String text = model.outcomeProperty().get().checks().describeRiskRatio();
        assertTrue(text.contains("The additivity check does not reject, so the additive TACE is"
                + " the estimand and the TACRR is shown for comparison only."), text);
        assertFalse(text.contains("It is identified"), text);
    }

    @Test
    void riskRatio_smallUntreatedMean_namesCell() throws InterruptedException {
        // Y = 0.02 + T + I: the untreated mean at I = 0 is 0.02, far below a tenth of the SD.
        InterferenceViewModel model = run(households(0.02, 1, 1, 0),
                SignatureComponent.GROUP_FRACTION, "0");

        InterferenceChecks checks = model.outcomeProperty().get().checks();
        String text = checks.describeRiskRatio();
        assertTrue(checks.outcomeSd() > 0.2, "outcome SD " + checks.outcomeSd());
        assertTrue(text.contains("Warning: in the cell I = 0 the untreated mean is 0.0200,"
                + " below 0.1 x the outcome SD"), text);
        assertTrue(text.contains("so its ratio 51.0000 is unstable"), text);
    }

    @Test
    void riskRatio_largeUntreatedMeans_noWarning() throws InterruptedException {
        InterferenceViewModel model = run(households(5, 1, 1, 0),
                SignatureComponent.GROUP_FRACTION, "0");

        InterferenceChecks checks = model.outcomeProperty().get().checks();
        assertTrue(checks.smallestUntreatedMean().isEmpty());
        assertFalse(checks.describeRiskRatio().contains("Warning"));
    }

    @Test
    void checks_sameUnderEveryPropensityModel() throws InterruptedException {
        // With T x I terms, binning I to the bin's lower edge (1/3 to 0.30) would change every
        // coefficient, so equal results show that the checks read the unbinned values.
        InterferenceData data = households(1, 1, 2, 2);
        List<InterferenceChecks> results = new ArrayList<>();
        List<List<Double>> extensions = new ArrayList<>();
        for (PropensityModel propensity : PropensityModel.values()) {
            InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                    InterferenceAnalysis::run);
            model.load(data);
            model.replicatesProperty().set(0);
            model.propensityModelProperty().set(propensity);
            model.run();
            ui.runUntil(() -> !model.runningProperty().get(), 20_000);
            assertEquals("", model.errorProperty().get(), propensity.name());
            results.add(model.outcomeProperty().get().checks());
            extensions.add(model.estimateRows().stream()
                    .filter(row -> row.flags().contains(InterferenceAnalysis.EXTENSION_FLAG))
                    .map(EstimateRow::hajek).toList());
        }
        InterferenceChecks cells = results.get(0);
        assertEquals(1.0, cells.additivity().interactionCoefficients().get(0), 1e-9);
        for (int m = 1; m < results.size(); m++) {
            InterferenceChecks other = results.get(m);
            String name = PropensityModel.values()[m].name();
            assertEquals(cells.additivity().interactionCoefficients(),
                    other.additivity().interactionCoefficients(), name);
            assertEquals(cells.additivity().fStatistic(), other.additivity().fStatistic(), 0.0,
                    name);
            assertEquals(cells.regression().regression(), other.regression().regression(), 0.0,
                    name);
            assertEquals(cells.regression().additiveRegression(),
                    other.regression().additiveRegression(), 0.0, name);
            assertEquals(cells.identifiability().minimum(), other.identifiability().minimum(),
                    name);
            assertEquals(extensions.get(0), extensions.get(m), name);
        }
    }

    @Test
    void binLabel_showsRangeAndPosition() {
        assertEquals("[0.95, 1.00] (bin 20 of 20)",
                SignatureTable.binLabel(new ExactFraction(19, 20), 20));
        assertEquals("[0.00, 0.05) (bin 1 of 20)",
                SignatureTable.binLabel(ExactFraction.ZERO, 20));
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        model.load(households(1, 1, 1, 0));
        model.propensityModelProperty().set(PropensityModel.BINS);
        assertEquals("1/3 [0.30, 0.35) (bin 7 of 20)", model.preview().stream()
                .filter(row -> row.signature().startsWith("1/3")).findFirst()
                .orElseThrow().signature());
    }

    @Test
    void banner_assumedAdditivity_isNote() throws InterruptedException {
        InterferenceViewModel model = run(bipartiteHouseholds(),
                SignatureComponent.TREATED_COUNT, "0");

        InterferenceOutcome outcome = model.outcomeProperty().get();
        assertTrue(outcome.request().assumeAdditivity(), "additivity is assumed by default");
        String note = IdentifiabilityBanner.describeAssumed(outcome.checks());
        assertTrue(note.startsWith("No kept unit has the default level 0 (observed I: only"
                + " 2). The TACE is identified because additivity"), note);
    }

    @Test
    void defaultLevel_aboveOneForFraction_isRejected() throws InterruptedException {
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        model.load(households(1, 1, 1, 0));
        model.defaultLevelProperty().set("1.5");

        model.run();

        assertEquals("Invalid default interference level 1.5: the Group fraction signature"
                + " lies in [0, 1]; use a value from 0 to 1, such as 0 for no"
                + " treated neighbour.", model.errorProperty().get());
        assertFalse(model.runningProperty().get());
        model.defaultLevelProperty().set("1");
        assertEquals("", model.errorProperty().get(), "changing the setting clears the error");
    }

    @Test
    void defaultLevel_countAboveOne_isAccepted() throws InterruptedException {
        InterferenceViewModel model = run(bipartiteHouseholds(),
                SignatureComponent.TREATED_COUNT, "2");

        assertFalse(model.outcomeProperty().get().checks().notIdentifiable());
    }

    @Test
    void additivity_additiveModel_findsNone() throws InterruptedException {
        InterferenceViewModel model = run(households(1, 2, 3, 0),
                SignatureComponent.GROUP_FRACTION, "0");

        InterferenceChecks checks = model.outcomeProperty().get().checks();
        for (double coefficient : checks.additivity().interactionCoefficients()) {
            assertEquals(0.0, coefficient, 1e-9);
        }
        assertEquals(1.0, checks.additivity().pValue(), 0.0, "both models fit exactly");
        assertTrue(checks.readAdditivity().startsWith("No evidence"), checks.readAdditivity());
    }

    @Test
    void extensions_additiveModel_recoverEffectAndAreFlagged() throws InterruptedException {
        InterferenceViewModel model = run(households(1, 2, 3, 0),
                SignatureComponent.GROUP_FRACTION, "0");

        List<EstimateRow> extensions = model.estimateRows().stream()
                .filter(row -> row.flags().contains(InterferenceAnalysis.EXTENSION_FLAG))
                .toList();
        assertEquals(List.of("Outcome regression", "Additive regression"),
                extensions.stream().map(EstimateRow::label).toList());
        for (EstimateRow row : extensions) {
            assertEquals(2.0, row.hajek(), 1e-9, row.label());
            assertTrue(Double.isNaN(row.horvitzThompson()), row.label());
            assertEquals(200, row.unitsKept(), row.label());
        }
    }

    @Test
    void logistic_householdSample_matchesEstimator() throws InterruptedException {
        InterferenceData households = SampleLoader.households();
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        model.load(households);
        model.replicatesProperty().set(0);
        model.propensityModelProperty().set(PropensityModel.LOGISTIC);
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 20_000);
        assertEquals("", model.errorProperty().get());
        EstimateRow tace = InterferenceViewModel.taceRow(model.estimateRows());

        double direct = TaceEstimator.withDefaults()
                .withPropensity(org.causalworkbench.estimators.interference.PropensityModel
                        .logistic())
                .estimate(households.treatment(), households.outcome(), households.covariates(),
                        model.outcomeProperty().get().signatures().signatures()).tace().hajek();
        assertEquals(direct, tace.hajek(), 1e-12);
        assertTrue(Math.abs(tace.hajek() - 2) < 0.3, "logistic TACE " + tace.hajek());
        assertTrue(model.outcomeProperty().get().result().tace().cells().isEmpty());

        // On a group column the hop-distance signature equals the group fraction, so the
        // logistic fit on it, rounded to 1e-9, gives the same estimate.
        model.componentProperty(SignatureComponent.INVERSE_DISTANCE).set(true);
        model.componentProperty(SignatureComponent.GROUP_FRACTION).set(false);
        assertEquals("", model.previewProblemProperty().get());
        model.run();
        ui.runUntil(() -> !model.runningProperty().get(), 20_000);
        assertEquals("", model.errorProperty().get());
        assertEquals(tace.hajek(), InterferenceViewModel.taceRow(model.estimateRows()).hajek(),
                1e-6);
    }

    @Test
    void graphExample_resetsSignatureAndCaveatsRiskRatio() throws InterruptedException {
        InterferenceViewModel model = new InterferenceViewModel(ui, worker,
                InterferenceAnalysis::run);
        model.load(households(1, 1, 1, 0));
        model.componentProperty(SignatureComponent.INVERSE_DISTANCE).set(true);

        model.loadGraphExample();
        ui.runUntil(() -> !model.runningProperty().get(), 20_000);

        assertEquals("", model.errorProperty().get());
        assertEquals(List.of(SignatureComponent.NEIGHBOUR_FRACTION),
                model.signatureChoice().components());
        InterferenceChecks checks = model.outcomeProperty().get().checks();
        String text = checks.describeRiskRatio();
        assertTrue(checks.smallestUntreatedMean().isPresent(), text);
        CellOverlap small = checks.smallestUntreatedMean().get();
        assertTrue(small.untreatedMean() < InterferenceChecks.SMALL_UNTREATED_MEAN
                * checks.outcomeSd(), text);
        assertTrue(text.contains("Warning: in the cell " + InterferenceChecks.cellName(small)
                + " the untreated mean is"), text);
        assertTrue(text.contains("The additivity check does not reject, so the additive TACE"
                + " is the estimand"), text);
    }
}
