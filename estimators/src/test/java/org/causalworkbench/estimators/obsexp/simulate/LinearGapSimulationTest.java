package org.causalworkbench.estimators.obsexp.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the linear-gap (Kallus) design: its closed forms, and that large simulated samples
 * reproduce them, the RCT without bias and the observational sample with the stated bias.
 */
class LinearGapSimulationTest {

    private static final LinearGapSimulation SMALL = LinearGapSimulation.withDefaults()
            .withEvaluationSizes(200, 200);

    @Test
    void truth_matchesReferenceValues_atOne() {
        TrueEffects truth = SMALL.generate(1).truth();
        double[] one = {1.0};

        assertEquals(3.75, truth.tau(one), 1e-12);
        assertEquals(4.75, truth.omega(one), 1e-12);
        assertEquals(-1.0, truth.delta(one), 1e-12);
    }

    @Test
    void outcomeMean_differsByTau_rctConfounderFixed() {
        double difference = LinearGapSimulation.outcomeMean(1, 1, 0.3)
                - LinearGapSimulation.outcomeMean(0, 1, 0.3);

        assertEquals(3.75, difference, 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-2.5, -1, 0, 0.4, 1, 3})
    void truth_hasGapMinusX(double x) {
        TrueEffects truth = SMALL.generate(1).truth();
        double[] point = {x};

        assertEquals(-x, truth.delta(point), 1e-12);
        assertEquals(truth.tau(point) - truth.omega(point), truth.delta(point), 1e-12);
    }

    @Test
    void generate_returnsSameData_sameSeed() {
        assertEquals(SMALL.generate(7).experimental(), SMALL.generate(7).experimental());
        assertEquals(SMALL.generate(7).observational(), SMALL.generate(7).observational());
    }

    @Test
    void generate_returnsOtherData_otherSeed() {
        assertNotEquals(SMALL.generate(7).experimental(), SMALL.generate(8).experimental());
    }

    @Test
    void pseudoOutcomeRegression_recoversTau_rct() {
        double pi = 0.5;
        SimulatedSample rct = SMALL.withExperimentalSize(200_000).withObservationalSize(0)
                .generate(21).experimental();
        List<double[]> rows = new ArrayList<>();
        List<Double> pseudoOutcomes = new ArrayList<>();
        for (int i = 0; i < rct.size(); i++) {
            double x = rct.covariate(i, 0);
            rows.add(new double[] {1, x, x * x});
            pseudoOutcomes.add(rct.outcome(i) * (rct.treatment(i) - pi) / (pi * (1 - pi)));
        }

        Fit fit = Fit.of(rows, pseudoOutcomes);

        assertWithinFourSe(1.0, fit, 0, "intercept");
        assertWithinFourSe(2.0, fit, 1, "slope");
        assertWithinFourSe(0.75, fit, 2, "quadratic");
        // The test can tell tau's slope 2 from omega's slope 3 only if the SE is small.
        assertTrue(fit.se[1] < 0.05, "slope SE " + fit.se[1]);
    }

    @Test
    void armRegressions_giveBiasedOmega_observational() {
        SimulatedSample observational = SMALL.withObservationalSize(200_000).generate(22)
                .observational().orElseThrow();

        Fit treated = armFit(observational, 1);
        Fit untreated = armFit(observational, 0);
        Fit difference = treated.minus(untreated);

        assertWithinFourSe(1.0, difference, 0, "intercept");
        assertWithinFourSe(3.0, difference, 1, "slope");
        assertWithinFourSe(0.75, difference, 2, "quadratic");
        // The bias of the slope, 3 - 2, is large against its Monte Carlo error.
        assertTrue(difference.se[1] < 0.05, "slope SE " + difference.se[1]);
    }

    @Test
    void armMeans_differByMeanTau_observational() {
        SimulatedSample observational = SMALL.withObservationalSize(200_000).generate(23)
                .observational().orElseThrow();
        double[] sums = new double[2];
        double[] squares = new double[2];
        int[] counts = new int[2];
        for (int i = 0; i < observational.size(); i++) {
            int t = observational.treatment(i);
            sums[t] += observational.outcome(i);
            squares[t] += observational.outcome(i) * observational.outcome(i);
            counts[t]++;
        }
        double difference = sums[1] / counts[1] - sums[0] / counts[0];
        double variance = 0;
        for (int t = 0; t < 2; t++) {
            double mean = sums[t] / counts[t];
            variance += (squares[t] / counts[t] - mean * mean) / counts[t];
        }

        // E[Y | T=1] - E[Y | T=0] = E[tau(X)] = 1 + 0.75 E[X^2] = 1.75 since X | T ~ N(0, 1).
        assertEquals(1.75, difference, 4 * Math.sqrt(variance));
    }

    private static Fit armFit(SimulatedSample sample, int arm) {
        List<double[]> rows = new ArrayList<>();
        List<Double> outcomes = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            if (sample.treatment(i) == arm) {
                double x = sample.covariate(i, 0);
                rows.add(new double[] {1, x, x * x});
                outcomes.add(sample.outcome(i));
            }
        }
        return Fit.of(rows, outcomes);
    }

    private static void assertWithinFourSe(double expected, Fit fit, int index, String name) {
        assertEquals(expected, fit.coefficients[index], 4 * fit.se[index],
                name + " (SE " + fit.se[index] + ")");
    }

    /** OLS coefficients with heteroskedasticity-robust (HC0) standard errors. */
    private record Fit(double[] coefficients, double[] se) {

        static Fit of(List<double[]> rows, List<Double> outcomes) {
            RealMatrix x = new Array2DRowRealMatrix(rows.toArray(new double[0][]), false);
            int p = x.getColumnDimension();
            double[] y = outcomes.stream().mapToDouble(Double::doubleValue).toArray();
            RealMatrix bread = new LUDecomposition(x.transpose().multiply(x)).getSolver()
                    .getInverse();
            double[] beta = bread.operate(x.transpose().operate(y));
            RealMatrix meat = new Array2DRowRealMatrix(p, p);
            for (int i = 0; i < y.length; i++) {
                double[] row = x.getRow(i);
                double residual = y[i];
                for (int k = 0; k < p; k++) {
                    residual -= row[k] * beta[k];
                }
                for (int a = 0; a < p; a++) {
                    for (int b = 0; b < p; b++) {
                        meat.addToEntry(a, b, residual * residual * row[a] * row[b]);
                    }
                }
            }
            RealMatrix covariance = bread.multiply(meat).multiply(bread);
            double[] se = new double[p];
            for (int k = 0; k < p; k++) {
                se[k] = Math.sqrt(covariance.getEntry(k, k));
            }
            return new Fit(beta, se);
        }

        /** Returns the difference of two independent fits. */
        Fit minus(Fit other) {
            double[] beta = new double[coefficients.length];
            double[] combined = new double[se.length];
            for (int k = 0; k < beta.length; k++) {
                beta[k] = coefficients[k] - other.coefficients[k];
                combined[k] = Math.hypot(se[k], other.se[k]);
            }
            return new Fit(beta, combined);
        }
    }
}
