package org.causalworkbench.estimators.synth;

import static org.causalworkbench.estimators.testing.SimplexOptimality.assertKktConditions;
import static org.causalworkbench.estimators.testing.SimplexOptimality.assertOnSimplex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the simplex-constrained least-squares solver against exact convex combinations, an
 * independent check of the optimality conditions, and brute-force enumeration of supports.
 */
class SimplexLeastSquaresTest {

    private static final double KKT_TOLERANCE = 1e-9;

    private final SimplexLeastSquares_DDRM solver = new SimplexLeastSquares_DDRM();

    /** A T&times;J problem stored as {@code x[t][j]} and {@code y[t]}. */
    record Problem(double[][] x, double[] y) {

        DMatrixRMaj xMatrix() {
            return new DMatrixRMaj(x);
        }

        DMatrixRMaj yMatrix() {
            return new DMatrixRMaj(y.length, 1, true, y);
        }

        int rows() {
            return y.length;
        }

        int cols() {
            return x[0].length;
        }

        double sumOfSquaredResiduals(double[] w) {
            double ssr = 0;
            for (int t = 0; t < rows(); t++) {
                double fitted = 0;
                for (int j = 0; j < cols(); j++) {
                    fitted += x[t][j] * w[j];
                }
                ssr += (y[t] - fitted) * (y[t] - fitted);
            }
            return ssr;
        }

        Problem scaled(double factor) {
            double[][] xs = new double[rows()][cols()];
            double[] ys = new double[rows()];
            for (int t = 0; t < rows(); t++) {
                ys[t] = y[t] * factor;
                for (int j = 0; j < cols(); j++) {
                    xs[t][j] = x[t][j] * factor;
                }
            }
            return new Problem(xs, ys);
        }
    }

    /** Donor columns with distinct levels and trends plus Gaussian noise. */
    private static double[][] randomDonors(Random random, int rows, int cols) {
        double[][] x = new double[rows][cols];
        for (int j = 0; j < cols; j++) {
            double level = 50 + 30 * random.nextGaussian();
            double trend = random.nextGaussian();
            for (int t = 0; t < rows; t++) {
                x[t][j] = level + trend * t + 5 * random.nextGaussian();
            }
        }
        return x;
    }

    private static double[] combine(double[][] x, double[] w) {
        double[] y = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            for (int j = 0; j < w.length; j++) {
                y[t] += x[t][j] * w[j];
            }
        }
        return y;
    }

    /** Builds a target near the donors' hull: a random convex combination plus noise. */
    private static Problem randomProblem(long seed, int rows, int cols) {
        Random random = new Random(seed);
        double[][] x = randomDonors(random, rows, cols);
        double[] mix = new double[cols];
        double total = 0;
        for (int j = 0; j < cols; j++) {
            mix[j] = random.nextDouble();
            total += mix[j];
        }
        for (int j = 0; j < cols; j++) {
            mix[j] /= total;
        }
        double[] y = combine(x, mix);
        for (int t = 0; t < rows; t++) {
            y[t] += 8 * random.nextGaussian();
        }
        return new Problem(x, y);
    }

    /** Copies column {@code from} into column {@code to}, making two donors identical. */
    private static Problem withDuplicatedColumn(Problem problem, int from, int to) {
        for (double[] row : problem.x()) {
            row[to] = row[from];
        }
        return problem;
    }

    /** Overwrites column {@code to} with the mean of columns {@code a} and {@code b}. */
    private static Problem withAveragedColumn(Problem problem, int a, int b, int to) {
        for (double[] row : problem.x()) {
            row[to] = 0.5 * (row[a] + row[b]);
        }
        return problem;
    }

    static Stream<Arguments> randomProblems() {
        return Stream.of(
                Arguments.of("T=12, J=5", randomProblem(11, 12, 5)),
                Arguments.of("T=30, J=10", randomProblem(12, 30, 10)),
                Arguments.of("T=40, J=3", randomProblem(13, 40, 3)),
                Arguments.of("T=5, J=20", randomProblem(14, 5, 20)),
                Arguments.of("T=8, J=60", randomProblem(15, 8, 60)),
                Arguments.of("T=19, J=38", randomProblem(16, 19, 38)),
                Arguments.of("T=2, J=7", randomProblem(17, 2, 7)),
                Arguments.of("T=15, J=6, duplicated columns",
                        withDuplicatedColumn(randomProblem(18, 15, 6), 2, 4)),
                Arguments.of("T=10, J=8, averaged column",
                        withAveragedColumn(randomProblem(19, 10, 8), 0, 1, 5)),
                Arguments.of("T=6, J=25, duplicated columns",
                        withDuplicatedColumn(randomProblem(20, 6, 25), 0, 24)));
    }

    static Stream<Arguments> exactMixtures() {
        return Stream.of(
                Arguments.of("interior", new double[] {0.1, 0.2, 0.3, 0.15, 0.05, 0.2}),
                Arguments.of("sparse", new double[] {0.4, 0, 0.25, 0, 0.35, 0}),
                Arguments.of("two donors", new double[] {0, 0, 0, 0.7, 0, 0.3}),
                Arguments.of("single donor", new double[] {0, 0, 1, 0, 0, 0}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exactMixtures")
    void solve_recoversMixture_whenDonorsFewerThanRows(String label, double[] mix) {
        double[][] x = randomDonors(new Random(42), 15, mix.length);
        Problem problem = new Problem(x, combine(x, mix));

        SimplexLeastSquares_DDRM.Solution solution =
                solver.solve(problem.xMatrix(), problem.yMatrix());

        assertArrayEquals(mix, solution.weights(), 1e-9);
        assertTrue(solution.converged(), "converged");
        assertEquals(0, solution.ssr(), 1e-18 * sumOfSquares(problem.y()), "SSR");
    }

    @Test
    void solve_fitsExactly_whenDonorsOutnumberRows() {
        Random random = new Random(7);
        double[][] x = randomDonors(random, 8, 60);
        double[] mix = new double[60];
        mix[3] = 0.2;
        mix[17] = 0.5;
        mix[41] = 0.3;
        Problem problem = new Problem(x, combine(x, mix));

        SimplexLeastSquares_DDRM.Solution solution =
                solver.solve(problem.xMatrix(), problem.yMatrix());

        assertEquals(0, solution.ssr(), 1e-18 * sumOfSquares(problem.y()), "SSR");
        assertOnSimplex(solution.weights(), 1e-12);
        assertKktConditions(x, problem.y(), solution.weights(), KKT_TOLERANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomProblems")
    void solve_returnsSimplexWeights_forRandomProblems(String label, Problem problem) {
        SimplexLeastSquares_DDRM.Solution solution =
                solver.solve(problem.xMatrix(), problem.yMatrix());

        assertEquals(problem.cols(), solution.weights().length, "weight count");
        assertOnSimplex(solution.weights(), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomProblems")
    void solve_meetsKktConditions_forRandomProblems(String label, Problem problem) {
        SimplexLeastSquares_DDRM.Solution solution =
                solver.solve(problem.xMatrix(), problem.yMatrix());

        assertTrue(solution.converged(), "converged");
        assertTrue(solution.kktViolation() < KKT_TOLERANCE,
                "reported KKT violation " + solution.kktViolation());
        assertKktConditions(problem.x(), problem.y(), solution.weights(), KKT_TOLERANCE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomProblems")
    void solve_reportsSsrOfWeights_forRandomProblems(String label, Problem problem) {
        SimplexLeastSquares_DDRM.Solution solution =
                solver.solve(problem.xMatrix(), problem.yMatrix());

        double recomputed = problem.sumOfSquaredResiduals(solution.weights());
        assertEquals(recomputed, solution.ssr(), 1e-12 * recomputed);
    }

    @ParameterizedTest(name = "factor {0}")
    @ValueSource(doubles = {1e-8, 1e-3, 0.37, 1e3, 1e8})
    void solve_returnsSameWeights_whenDataRescaled(double factor) {
        Problem problem = randomProblem(31, 20, 7);
        SimplexLeastSquares_DDRM.Solution original =
                solver.solve(problem.xMatrix(), problem.yMatrix());
        Problem scaled = problem.scaled(factor);

        SimplexLeastSquares_DDRM.Solution rescaled =
                solver.solve(scaled.xMatrix(), scaled.yMatrix());

        assertArrayEquals(original.weights(), rescaled.weights(), 1e-9);
        assertEquals(original.ssr() * factor * factor, rescaled.ssr(),
                1e-9 * original.ssr() * factor * factor, "SSR scales with the factor squared");
    }

    static Stream<Arguments> tinyProblems() {
        List<Arguments> cases = new ArrayList<>();
        int[] rowCounts = {3, 4, 6, 10};
        long seed = 100;
        for (int rows : rowCounts) {
            for (int repeat = 0; repeat < 5; repeat++) {
                seed++;
                cases.add(Arguments.of("T=" + rows + ", seed " + seed,
                        randomProblem(seed, rows, 4)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tinyProblems")
    void solve_matchesBruteForceSsr_forFourDonors(String label, Problem problem) {
        double bruteForce = bruteForceMinimumSsr(problem);

        SimplexLeastSquares_DDRM.Solution solution =
                solver.solve(problem.xMatrix(), problem.yMatrix());

        double tolerance = 1e-9 * Math.max(bruteForce, 1e-6 * sumOfSquares(problem.y()));
        assertEquals(bruteForce, solution.ssr(), tolerance, "reported SSR");
        assertEquals(bruteForce, problem.sumOfSquaredResiduals(solution.weights()), tolerance,
                "SSR of the returned weights");
    }

    /**
     * Returns the smallest SSR over all supports: for each non-empty subset of columns, solves
     * least squares with the sum-to-one constraint through its bordered normal equations
     * {@code [X'X 1; 1' 0][w; nu] = [X'y; 1]}, and keeps the solutions with no negative weight.
     * The optimum lies in the relative interior of some face, so one subset reaches it.
     */
    private static double bruteForceMinimumSsr(Problem problem) {
        int cols = problem.cols();
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < (1 << cols); mask++) {
            int[] support = new int[Integer.bitCount(mask)];
            int next = 0;
            for (int j = 0; j < cols; j++) {
                if ((mask & (1 << j)) != 0) {
                    support[next++] = j;
                }
            }
            double[] w = solveOnSupport(problem, support);
            if (w != null) {
                best = Math.min(best, problem.sumOfSquaredResiduals(w));
            }
        }
        return best;
    }

    /** Returns the full weight vector of the support's solution, or null if it is infeasible. */
    private static double[] solveOnSupport(Problem problem, int[] support) {
        int size = support.length;
        RealMatrix bordered = new Array2DRowRealMatrix(size + 1, size + 1);
        RealVector rightSide = new ArrayRealVector(size + 1);
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                bordered.setEntry(a, b, columnDot(problem, support[a], support[b]));
            }
            bordered.setEntry(a, size, 1);
            bordered.setEntry(size, a, 1);
            double xty = 0;
            for (int t = 0; t < problem.rows(); t++) {
                xty += problem.x()[t][support[a]] * problem.y()[t];
            }
            rightSide.setEntry(a, xty);
        }
        rightSide.setEntry(size, 1);

        DecompositionSolver lu = new LUDecomposition(bordered).getSolver();
        if (!lu.isNonSingular()) {
            return null;
        }
        RealVector solution = lu.solve(rightSide);
        double[] w = new double[problem.cols()];
        for (int a = 0; a < size; a++) {
            if (solution.getEntry(a) < 0) {
                return null;
            }
            w[support[a]] = solution.getEntry(a);
        }
        return w;
    }

    private static double columnDot(Problem problem, int a, int b) {
        double dot = 0;
        for (int t = 0; t < problem.rows(); t++) {
            dot += problem.x()[t][a] * problem.x()[t][b];
        }
        return dot;
    }

    private static double sumOfSquares(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return sum;
    }

    static Stream<Arguments> invalidInputs() {
        double[][] x = {{1, 2}, {3, 4}, {5, 6}};
        return Stream.of(
                Arguments.of("y has fewer rows than X",
                        new DMatrixRMaj(x), new DMatrixRMaj(2, 1, true, 1, 2)),
                Arguments.of("y has two columns",
                        new DMatrixRMaj(x), new DMatrixRMaj(3, 2)),
                Arguments.of("X has no columns",
                        new DMatrixRMaj(3, 0), new DMatrixRMaj(3, 1, true, 1, 2, 3)),
                Arguments.of("X contains NaN",
                        new DMatrixRMaj(new double[][] {{1, 2}, {3, Double.NaN}, {5, 6}}),
                        new DMatrixRMaj(3, 1, true, 1, 2, 3)),
                Arguments.of("X contains infinity",
                        new DMatrixRMaj(new double[][] {{1, 2}, {3, 4}, {Double.NEGATIVE_INFINITY,
                                6}}),
                        new DMatrixRMaj(3, 1, true, 1, 2, 3)),
                Arguments.of("y contains NaN",
                        new DMatrixRMaj(x), new DMatrixRMaj(3, 1, true, 1, Double.NaN, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void solve_rejectsInvalidInput(String label, DMatrixRMaj x, DMatrixRMaj y) {
        assertThrows(IllegalArgumentException.class, () -> solver.solve(x, y));
    }

    @ParameterizedTest(name = "tolerance {0}")
    @ValueSource(doubles = {0, -1e-9, Double.NaN})
    void constructor_rejectsNonPositiveTolerance(double tolerance) {
        assertThrows(IllegalArgumentException.class,
                () -> new SimplexLeastSquares_DDRM(tolerance));
    }
}
