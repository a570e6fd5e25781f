package org.causalworkbench.estimators.obsexp.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Checks the IHDP-like semi-synthetic simulation: supports, truth, ω̂ and reproducibility. */
class IhdpLikeSimulationTest {

    private static final IhdpLikeSimulation SIMULATION = IhdpLikeSimulation.withDefaults();
    private static final SimulatedData DATA = SIMULATION.generate(77);

    @Test
    void generate_restrictsRctRows_cigAndSexOne() {
        SimulatedSample rct = DATA.experimental();

        assertEquals(400, rct.size());
        for (int i = 0; i < rct.size(); i++) {
            assertEquals(1.0, rct.covariate(i, IhdpLikeCovariates.CIG), 0.0, "cig, row " + i);
            assertEquals(1.0, rct.covariate(i, IhdpLikeCovariates.SEX), 0.0, "sex, row " + i);
        }
    }

    @Test
    void generate_restrictsInSupportPoints() {
        EvaluationPoints points = DATA.inSupport();

        assertEquals(500, points.size());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(1.0, points.covariate(i, IhdpLikeCovariates.CIG), 0.0);
            assertEquals(1.0, points.covariate(i, IhdpLikeCovariates.SEX), 0.0);
        }
    }

    @Test
    void generate_mixesRctRowsOutside_defaults() {
        EvaluationPoints points = DATA.outOfSupport();
        int rctType = countRctType(points);

        assertEquals(2000, points.size());
        // P(cig = 1, sex = 1) = .178, so about 356 of 2000 rows, with SD about 17.
        assertTrue(rctType > 250, "RCT-type rows: " + rctType);
        assertTrue(rctType < 460, "RCT-type rows: " + rctType);
    }

    @Test
    void generate_excludesRctRowsOutside_onRequest() {
        EvaluationPoints points = SIMULATION.withOutOfSupportExcludingRctRows(true)
                .generate(77).outOfSupport();

        assertEquals(0, countRctType(points));
    }

    @Test
    void generate_standardisesContinuousColumns() {
        SimulatedSample observational = DATA.observational().orElseThrow();
        int n = observational.size();
        for (int j = 0; j < IhdpLikeCovariates.CONTINUOUS_COUNT; j++) {
            double sum = 0;
            double sumOfSquares = 0;
            for (int i = 0; i < n; i++) {
                sum += observational.covariate(i, j);
                sumOfSquares += observational.covariate(i, j) * observational.covariate(i, j);
            }
            // Rows are resampled from a z-scored table, so the moments are near 0 and 1 up to
            // resampling error of order 1 / sqrt(2000).
            assertEquals(0.0, sum / n, 0.15, "mean of column " + j);
            assertEquals(1.0, sumOfSquares / n, 0.2, "mean square of column " + j);
        }
    }

    @Test
    void standardiseContinuous_givesZeroMeanAndUnitSd() {
        double[][] table = IhdpLikeCovariates.generate(500, new Well19937c(1));
        double[] untouched = table[0].clone();

        IhdpLikeSimulation.standardiseContinuous(table);

        for (int j = 0; j < IhdpLikeCovariates.CONTINUOUS_COUNT; j++) {
            double sum = 0;
            double sumOfSquares = 0;
            for (double[] row : table) {
                sum += row[j];
                sumOfSquares += row[j] * row[j];
            }
            assertEquals(0.0, sum / table.length, 1e-12, "mean of column " + j);
            assertEquals(1.0, sumOfSquares / (table.length - 1), 1e-12, "variance " + j);
        }
        for (int j = IhdpLikeCovariates.CONTINUOUS_COUNT; j < untouched.length; j++) {
            assertEquals(untouched[j], table[0][j], 0.0, "raw column " + j);
        }
    }

    @Test
    void truth_hasDeltaTauMinusOmega() {
        EvaluationPoints points = DATA.outOfSupport();
        double[] tau = points.trueTau();
        double[] omega = points.trueOmega();
        double[] delta = points.trueDelta();

        for (int i = 0; i < points.size(); i++) {
            assertEquals(tau[i] - omega[i], delta[i], 1e-12);
        }
    }

    @Test
    void omegaHat_recoversObservationalCate_noNoise() {
        // Without noise the observational outcome is exactly linear in [X, X∘T], so OLS
        // recovers w1 and the gap is h1 - h0 alone.
        SimulatedData data = SIMULATION.withNoiseSd(0).generate(78);
        IhdpLikeTruth truth = (IhdpLikeTruth) data.truth();
        double[][] x = data.outOfSupport().covariates();
        double[] delta = data.outOfSupport().trueDelta();

        for (int i = 0; i < x.length; i++) {
            double shiftGap = truth.armShift(1, x[i]) - truth.armShift(0, x[i]);
            assertEquals(shiftGap, delta[i], 1e-8, "point " + i);
        }
    }

    @Test
    void generate_returnsSameData_sameSeed() {
        SimulatedData again = SIMULATION.generate(77);

        assertEquals(DATA.experimental(), again.experimental());
        assertEquals(DATA.observational(), again.observational());
        assertEquals(DATA.outOfSupport(), again.outOfSupport());
    }

    @Test
    void generate_returnsOtherData_otherSeed() {
        assertNotEquals(DATA.experimental(), SIMULATION.generate(79).experimental());
    }

    @Test
    void generate_namesIhdpColumns() {
        assertEquals(IhdpLikeCovariates.COLUMNS, DATA.covariateNames());
        assertEquals(0.5, DATA.treatmentProbability());
    }

    private static int countRctType(EvaluationPoints points) {
        int count = 0;
        for (int i = 0; i < points.size(); i++) {
            boolean rctType = points.covariate(i, IhdpLikeCovariates.CIG) == 1
                    && points.covariate(i, IhdpLikeCovariates.SEX) == 1;
            count += rctType ? 1 : 0;
        }
        return count;
    }
}
