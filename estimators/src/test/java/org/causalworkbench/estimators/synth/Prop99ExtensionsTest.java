package org.causalworkbench.estimators.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the predictor-weighted and proximal fits on Proposition 99 with covariates. */
class Prop99ExtensionsTest {

    private static final PanelSpec SPEC = new PanelSpec("state", "year", "cigsale", null);

    private static CsvTable table;
    private static SyntheticControlSetup setup;

    @BeforeAll
    static void read() {
        table = CsvTable.read(SharedDatasets.require("P99data.csv"));
        Panel panel = PanelReader.build(table, SPEC);
        setup = SyntheticControlSetup.of(panel, "California", 1989, List.of());
    }

    static List<Predictor> adhPredictors() {
        return List.of(Predictor.mean("lnincome", 1980, 1988),
                Predictor.mean("age15to24", 1980, 1988),
                Predictor.mean("retprice", 1980, 1988),
                Predictor.mean("beer", 1984, 1988),
                Predictor.at("cigsale", 1975),
                Predictor.at("cigsale", 1980),
                Predictor.at("cigsale", 1988));
    }

    /**
     * The reported V, W and loss agree: W meets the optimality conditions of the inner problem
     * at the reported V, and the loss is the one W gives. Without a floor on V the search had
     * put all weight on cigsale 1980 and the loss (2.87) belonged to no inner optimum.
     */
    @Test
    void adh_reportsConsistentFit() {
        PredictorSyntheticControlResult result =
                PredictorSyntheticControl.of(adhPredictors()).fit(setup, table);
        double[] v = result.predictorWeights();
        double[] w = result.fit().weights();
        PredictorMatrix matrix = PredictorMatrix.build(setup, table, adhPredictors());

        double floor = PredictorSyntheticControl.weightFloor(v.length);
        double sum = 0;
        for (double entry : v) {
            assertTrue(entry >= floor * (1 - 1e-9), "V entry " + entry);
            sum += entry;
        }
        assertEquals(1, sum, 1e-12);
        assertTrue(innerKktViolation(matrix, v, w) < 1e-6,
                "relative KKT violation " + innerKktViolation(matrix, v, w));
        Map<String, Double> reported = new java.util.HashMap<>();
        for (int j = 0; j < w.length; j++) {
            reported.put(setup.donors().get(j), w[j]);
        }
        assertEquals(PredictorSyntheticControl.outerLoss(setup, reported), result.outerLoss(),
                1e-9 * result.outerLoss());
        assertEquals(result.outerLoss() * 19, result.fit().diagnostics().preSsr(), 1e-9);
        assertTrue(result.predictorWeightsNotIdentified());
        assertEquals(6, result.startLosses().length);
    }

    /**
     * Compares with the published weights (outer loss 3.089). This implementation's values, not
     * external references: loss 3.0856, within 0.004 of the published weights' loss, with donor
     * weights within 0.005 of the published Utah .334, Nevada .234, Montana .199, Colorado .164
     * and Connecticut .069.
     */
    @Test
    void adh_comparesWithPublishedWeights() {
        PredictorSyntheticControlResult result =
                PredictorSyntheticControl.of(adhPredictors()).fit(setup, table);
        double published = PredictorSyntheticControl.outerLoss(setup, Map.of("Utah", 0.334,
                "Nevada", 0.234, "Montana", 0.199, "Colorado", 0.164, "Connecticut", 0.069));

        assertEquals(3.0892, published, 1e-3);
        assertEquals(3.0856, result.outerLoss(), 1e-3);
        assertEquals(-18.98, result.fit().att(), 0.01);
        assertEquals(0.334, result.fit().weightOf("Utah"), 0.005);
        assertEquals(0.234, result.fit().weightOf("Nevada"), 0.005);
        assertEquals(0.199, result.fit().weightOf("Montana"), 0.005);
        assertEquals(0.164, result.fit().weightOf("Colorado"), 0.005);
        assertEquals(0.069, result.fit().weightOf("Connecticut"), 0.005);
        assertEquals(0.872, result.predictorWeights()[4], 0.01);
    }

    /** Reversing the predictor list changes the fit by no more than the search's noise. */
    @Test
    void adh_ignoresPredictorOrder() {
        List<Predictor> reversed = new java.util.ArrayList<>(adhPredictors());
        java.util.Collections.reverse(reversed);
        PredictorSyntheticControlResult forward =
                PredictorSyntheticControl.of(adhPredictors()).fit(setup, table);
        PredictorSyntheticControlResult backward =
                PredictorSyntheticControl.of(reversed).fit(setup, table);

        // Measured: losses 3.0856 and 3.0811, ATTs -18.979 and -18.978.
        assertEquals(forward.outerLoss(), backward.outerLoss(), 0.01);
        assertEquals(forward.fit().att(), backward.fit().att(), 0.05);
        for (String donor : setup.donors()) {
            assertEquals(forward.fit().weightOf(donor), backward.fit().weightOf(donor), 0.01,
                    donor);
        }
    }

    /**
     * Returns the largest violation of the inner problem's optimality conditions, relative to
     * the largest gradient entry: on the support the gradient entries are equal, and off it they
     * are not below that common value.
     */
    private static double innerKktViolation(PredictorMatrix matrix, double[] v, double[] w) {
        int k = v.length;
        double[] residual = new double[k];
        for (int p = 0; p < k; p++) {
            residual[p] = -matrix.treated[p];
            for (int j = 0; j < w.length; j++) {
                residual[p] += w[j] * matrix.donors[j][p];
            }
        }
        double[] gradient = new double[w.length];
        double scale = 0;
        double supportSum = 0;
        double weightSum = 0;
        for (int j = 0; j < w.length; j++) {
            for (int p = 0; p < k; p++) {
                gradient[j] += v[p] * matrix.donors[j][p] * residual[p];
            }
            scale = Math.max(scale, Math.abs(gradient[j]));
            supportSum += w[j] * gradient[j];
            weightSum += w[j];
        }
        double common = supportSum / weightSum;
        double violation = 0;
        for (int j = 0; j < w.length; j++) {
            double gap = gradient[j] - common;
            violation = Math.max(violation, w[j] > 0 ? Math.abs(gap) : Math.max(0, -gap));
        }
        return violation / scale;
    }

    @Test
    void predictors_matchPublishedTreatedValues() {
        PredictorSyntheticControlResult result = PredictorSyntheticControl.of(adhPredictors())
                .withStarts(2).withMaxEvaluations(200).fit(setup, table);

        double[] treated = result.treatedPredictors();
        assertEquals(10.08, treated[0], 0.01);
        assertEquals(127.1, treated[4], 1e-9);
        assertEquals(120.2, treated[5], 1e-9);
        assertEquals(90.1, treated[6], 1e-9);
        assertEquals("retprice 1980-1988", result.predictorLabels().get(2));
    }

    @Test
    void predictors_averagePartialWindow() {
        PredictorSyntheticControlResult result = PredictorSyntheticControl
                .of(List.of(Predictor.mean("beer", 1980, 1988), Predictor.at("cigsale", 1980)))
                .withStarts(2).withMaxEvaluations(200).fit(setup, table);

        assertEquals((25 + 24 + 24.7 + 24.1 + 23.6) / 5, result.treatedPredictors()[0], 1e-9);
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("beer 1980-1988")
                && n.contains("'California' (5 of 9)")), result.notes().toString());
    }

    @Test
    void predictors_rejectEmptyWindow() {
        PredictorSyntheticControl estimator =
                PredictorSyntheticControl.of(List.of(Predictor.mean("beer", 1970, 1975)));

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> estimator.fit(setup, table));

        assertTrue(error.getMessage().contains("'California'"), error.getMessage());
        assertTrue(error.getMessage().contains("beer 1970-1975"), error.getMessage());
    }

    @Test
    void inTime_fitsOnlyEarlierPeriods() {
        RobustnessChecks.InTimePlacebo placebo =
                RobustnessChecks.withDefaults().inTime(setup, 1980);

        assertEquals(9, placebo.placeboGap().length);
        // Changing the treated unit's values in 1980 and later cannot change the weights, so an
        // independent fit on the 1970-1979 rows alone must give the same weights.
        Panel panel = setup.panel();
        org.ejml.data.DMatrixRMaj x = new org.ejml.data.DMatrixRMaj(10, setup.donors().size());
        org.ejml.data.DMatrixRMaj y = new org.ejml.data.DMatrixRMaj(10, 1);
        int treated = panel.findUnit("California").orElseThrow();
        for (int t = 0; t < 10; t++) {
            y.set(t, 0, panel.outcome(treated, t));
            for (int j = 0; j < setup.donors().size(); j++) {
                x.set(t, j, panel.outcome(panel.findUnit(setup.donors().get(j)).orElseThrow(), t));
            }
        }
        double[] direct = new SimplexLeastSquares_DDRM().solve(x, y).weights();
        double[] weights = placebo.fit().weights();
        for (int j = 0; j < direct.length; j++) {
            assertEquals(direct[j], weights[j], 1e-9, setup.donors().get(j));
        }
        double[] gap = placebo.fit().gap();
        assertEquals(gap[10], placebo.placeboGap()[0], 0);
        assertEquals(placebo.placeboRmspe() / placebo.fit().preRmspe(), placebo.ratio(), 1e-12);
        assertEquals(1980, placebo.fit().interventionTime());
        // This implementation's values: the gap reaches -9.35 in 1988, ratio 5.74.
        assertEquals(-9.3531, placebo.placeboGap()[8], 1e-3);
        assertEquals(5.7361, placebo.ratio(), 1e-3);
    }

    @Test
    void leaveOneOut_refitsPositiveWeights() {
        RobustnessChecks checks = RobustnessChecks.withDefaults();
        RobustnessChecks.LeaveOneOut loo = checks.leaveOneOut(setup,
                org.causalworkbench.estimators.ProgressSink.NONE,
                org.causalworkbench.estimators.CancellationToken.NEVER);

        assertEquals(-20.5135, loo.minAtt(), 1e-3);
        assertEquals(-17.9683, loo.maxAtt(), 1e-3);
        assertEquals(List.of("Colorado", "Connecticut", "Montana", "Nevada", "New Hampshire",
                "Utah"), loo.leftOut().stream().sorted().toList());
        for (int i = 0; i < loo.refits().size(); i++) {
            SyntheticControlResult refit = loo.refits().get(i);
            assertEquals(37, refit.donors().size());
            assertTrue(refit.diagnostics().preSsr() >= loo.full().diagnostics().preSsr() - 1e-9);
            assertTrue(refit.att() >= loo.minAtt());
            assertTrue(refit.att() <= loo.maxAtt());
        }
        SyntheticControlResult zeroWeight = checks.withoutDonor(setup, "Alabama");
        assertEquals(loo.full().att(), zeroWeight.att(), 1e-9);
        assertEquals(loo.full().weightOf("Utah"), zeroWeight.weightOf("Utah"), 1e-9);
    }

    @Test
    void proximal_zeroWeightInstruments() {
        SyntheticControlResult plain = SyntheticControl.withDefaults().fit(setup);
        List<String> instruments = setup.donors().stream()
                .filter(d -> plain.weightOf(d) == 0).toList();
        List<String> kept = setup.donors().stream().filter(d -> plain.weightOf(d) > 0).toList();
        SyntheticControlSetup keptSetup = SyntheticControlSetup.of(setup.panel(), "California",
                1989, instruments);

        ProximalSyntheticControlResult fit =
                ProximalSyntheticControl.withDefaults().fit(keptSetup, instruments);

        assertEquals(32, instruments.size());
        assertEquals(kept, fit.keptDonors());
        assertEquals(ProximalSyntheticControlResult.Method.CONSTRAINED_2SLS, fit.method());
        assertTrue(fit.firstStage().principalComponents(), fit.notes().toString());
        assertEquals(9, fit.firstStage().componentCount());
        assertEquals(plain.att(), fit.plainAtt(), 1e-6);
        // Values of this implementation, not external references: the debiased fit moves
        // Montana's weight to zero and the ATT from -19.51 to -17.89.
        assertEquals(-17.8858, fit.att(), 1e-3);
        assertEquals(0, fit.weightOf("Montana"), 1e-9);
        assertEquals(2.9313, fit.firstStage().smallestSingularValue(), 1e-3);
        assertTrue(fit.notes().stream().anyMatch(n -> n.contains("at least T0 - 1 = 18")),
                fit.notes().toString());
        assertTrue(fit.preRmspe() >= plain.preRmspe() - 1e-9);
        assertTrue(fit.warnings().isEmpty(), fit.warnings().toString());
    }
}
