package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/**
 * Checks the covariance of linear combinations: its value and gradient against the underlying
 * covariance, and the posterior variance of a combination against explicit matrix algebra done
 * with Commons Math.
 */
class LinearCombinationCovarianceTest {

    private static final Kernel BASE = SquaredExponentialKernel.ard(0.6);
    private static final double[] TRAINING_X = {-0.9, -0.4, 0.1, 0.5, 1.2};
    private static final double[] TARGETS = {0.3, -1.1, 0.8, 1.9, -0.2};
    private static final double NOISE = 0.2;

    private static LinearCombination<double[]> point(double x) {
        return LinearCombination.of(new double[] {x});
    }

    @Test
    void value_isWeightedDoubleSum() {
        LinearCombinationCovariance<double[]> covariance = LinearCombinationCovariance.of(BASE);
        double[] p = {0.1};
        double[] q = {0.7};
        double[] r = {-0.3};
        LinearCombination<double[]> a = LinearCombination.of(2, p, -0.5, q);
        LinearCombination<double[]> b = LinearCombination.of(r);

        double expected = 2 * BASE.value(p, r) - 0.5 * BASE.value(q, r);
        assertEquals(expected, covariance.value(a, b), 1e-15);
        assertEquals(BASE.value(p, r), covariance.value(LinearCombination.of(p), b), 1e-15);
    }

    @Test
    void gradient_matchesCentralDifferences_multiTerm() {
        LinearCombinationCovariance<double[]> covariance = LinearCombinationCovariance.of(
                SumKernel.of(SquaredExponentialKernel.ard(0.7), LinearKernel.withVariance(0.4)));
        Random random = new Random(3);
        for (int pair = 0; pair < 6; pair++) {
            LinearCombination<double[]> a = LinearCombination.of(random.nextGaussian(),
                    new double[] {random.nextGaussian()}, random.nextGaussian(),
                    new double[] {random.nextGaussian()});
            LinearCombination<double[]> b = pair % 2 == 0
                    ? LinearCombination.of(new double[] {random.nextGaussian()})
                    : a;
            double[] analytic = new double[covariance.parameterCount()];
            covariance.gradient(a, b, analytic, 0);
            double[] numerical = GradientCheck.centralDifferences(
                    logs -> covariance.withLogParameters(logs).value(a, b),
                    covariance.logParameters());

            GradientCheck.assertGradientsAgree(numerical, analytic, 1e-3, "pair " + pair);
        }
    }

    @Test
    void posteriorVariance_ofCombination_matchesExplicitAlgebra() {
        List<LinearCombination<double[]>> inputs = new ArrayList<>();
        for (double x : TRAINING_X) {
            inputs.add(point(x));
        }
        GaussianProcessPosterior<LinearCombination<double[]>> posterior = GaussianProcessRegression
                .withDefaults(LinearCombinationCovariance.of(BASE))
                .withMean(0).withMeanLearned(false)
                .withNoiseVariance(NOISE).withNoiseVarianceLearned(false)
                .condition(inputs, TARGETS);
        double[] p = {0.3};
        double[] q = {1.6};
        double a = 0.25;
        double b = 0.75;

        double actual = posterior.predict(List.of(LinearCombination.of(a, p, b, q)))
                .latentVariance()[0];

        double[][] covariance = explicitPosteriorCovariance(p, q);
        double expected = a * a * covariance[0][0] + b * b * covariance[1][1]
                + a * b * (covariance[0][1] + covariance[1][0]);
        assertEquals(expected, actual, 1e-12);
    }

    @Test
    void likelihood_ofOneTermInputs_equalsBaseLikelihood() {
        List<LinearCombination<double[]>> combined = new ArrayList<>();
        List<double[]> plain = new ArrayList<>();
        for (double x : TRAINING_X) {
            combined.add(point(x));
            plain.add(new double[] {x});
        }

        double wrapped = GaussianProcessRegression
                .withDefaults(LinearCombinationCovariance.of(BASE))
                .withNoiseVariance(NOISE).negativeLogMarginalLikelihood(combined, TARGETS)
                .value();
        double direct = GaussianProcessRegression.withDefaults((CovarianceFunction<double[]>) BASE)
                .withNoiseVariance(NOISE).negativeLogMarginalLikelihood(plain, TARGETS)
                .value();

        assertEquals(direct, wrapped, 1e-12);
    }

    @Test
    void combination_isRejected_whenInvalid() {
        double[] p = {0};
        assertThrows(IllegalArgumentException.class,
                () -> new LinearCombination<>(List.of(p, p), new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> LinearCombination.of(Double.NaN, p, 1, p));
        assertThrows(IllegalArgumentException.class,
                () -> new LinearCombination<double[]>(List.of(), new double[0]));
        assertThrows(IllegalArgumentException.class, () -> LinearCombinationCovariance.of(null));
    }

    /** Returns K** - K*' (K + noise I)^-1 K* for the two query points. */
    private static double[][] explicitPosteriorCovariance(double[] p, double[] q) {
        int n = TRAINING_X.length;
        RealMatrix trainingMatrix = new Array2DRowRealMatrix(n, n);
        RealMatrix cross = new Array2DRowRealMatrix(n, 2);
        for (int i = 0; i < n; i++) {
            double[] xi = {TRAINING_X[i]};
            for (int j = 0; j < n; j++) {
                double value = BASE.value(xi, new double[] {TRAINING_X[j]});
                trainingMatrix.setEntry(i, j, i == j ? value + NOISE : value);
            }
            cross.setEntry(i, 0, BASE.value(xi, p));
            cross.setEntry(i, 1, BASE.value(xi, q));
        }
        DecompositionSolver solver = new CholeskyDecomposition(trainingMatrix).getSolver();
        RealMatrix explained = cross.transpose().multiply(solver.solve(cross));
        double[][] prior = {{BASE.value(p, p), BASE.value(p, q)}, {BASE.value(q, p),
            BASE.value(q, q)}};
        double[][] result = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                result[i][j] = prior[i][j] - explained.getEntry(i, j);
            }
        }
        return result;
    }
}
