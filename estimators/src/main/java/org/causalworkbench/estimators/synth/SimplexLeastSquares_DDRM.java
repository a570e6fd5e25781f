package org.causalworkbench.estimators.synth;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Solves least squares over the probability simplex exactly, by a primal active-set method.
 *
 * <p>The problem is
 * \[ \min_w \lVert X w - y \rVert^2 \quad \text{subject to} \quad w \ge 0,\ \sum_j w_j = 1, \]
 * with {@code X} of shape T&times;J (one column per donor) and {@code y} of length T.
 *
 * <p><strong>Algorithm.</strong> The columns and {@code y} are first divided by the root mean
 * square of {@code y}, which makes the tolerance scale-free and the weights unaffected by
 * rescaling the data. Starting from the single best column, each step solves the least-squares
 * problem with the sum constraint on the current support (by eliminating one weight and using a
 * singular value decomposition, so rank-deficient supports get the minimum-norm solution). If a
 * weight turns negative the iterate steps back along the segment until the first weight reaches
 * zero, and that column leaves the support, as in Lawson and Hanson's NNLS. When all support
 * weights are positive the Karush-Kuhn-Tucker (KKT) multipliers {@code g_j + nu} of the other
 * columns are checked, with {@code g = X'(Xw - y) / T} and {@code nu} the multiplier of the sum
 * constraint; the column with the most negative multiplier enters, and the method stops when
 * none is below {@code -tolerance}.
 *
 * <ul>
 *   <li>The optimal sum of squares is unique; with more columns than rows, or collinear columns,
 *       the optimal weights need not be, and {@link Solution#rankDeficient()} reports when the
 *       support was rank-deficient.</li>
 *   <li>Non-finite input is rejected with {@link IllegalArgumentException}.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances hold only their tolerance and may be shared.
 *
 * <p>Reference: Lawson and Hanson (1974), Solving Least Squares Problems, Prentice-Hall, ch. 23.
 */
public final class SimplexLeastSquares_DDRM {

    /** The default stopping tolerance on the scaled KKT multipliers. */
    public static final double DEFAULT_TOLERANCE = 1e-12;

    /** Multipliers this close to zero count as zero when looking for alternative optima. */
    private static final double DEGENERATE_MULTIPLIER = 1e-10;

    private final double tolerance;

    /** Creates a solver with {@link #DEFAULT_TOLERANCE}. */
    public SimplexLeastSquares_DDRM() {
        this(DEFAULT_TOLERANCE);
    }

    /**
     * Creates a solver.
     *
     * @param tolerance the largest accepted KKT violation on the scaled problem, positive
     */
    public SimplexLeastSquares_DDRM(double tolerance) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be positive, got " + tolerance);
        }
        this.tolerance = tolerance;
    }

    /**
     * Outcome of one solve.
     *
     * @param weights the weights, non-negative and summing to one
     * @param ssr the sum of squared residuals in the units of the input
     * @param kktViolation the largest violation of the optimality conditions on the scaled
     *     problem (outcomes divided by the RMS of {@code y}, gradient divided by T)
     * @param iterations the number of support solves
     * @param rankDeficient whether other weights reach the same optimum: the final support's
     *     least-squares problem was rank-deficient, or weight can move to an off-support column
     *     (one with a zero multiplier, such as a duplicate donor) without changing the fit
     * @param converged whether the method stopped on the KKT test rather than an iteration cap
     */
    public record Solution(double[] weights, double ssr, double kktViolation, int iterations,
            boolean rankDeficient, boolean converged) {

        /** Copies the weights. */
        public Solution {
            weights = weights.clone();
        }

        /** Returns a copy of the weights. */
        @Override
        public double[] weights() {
            return weights.clone();
        }
    }

    /**
     * Solves the problem.
     *
     * @param x the T&times;J matrix, one column per donor. Not modified.
     * @param y the T&times;1 target. Not modified.
     * @return the solution
     * @throws IllegalArgumentException if the shapes disagree, J or T is zero, or a value is not
     *     finite
     */
    public Solution solve(DMatrixRMaj x, DMatrixRMaj y) {
        int rows = x.numRows;
        int cols = x.numCols;
        checkInput(x, y);

        // The largest magnitude, not the RMS, so that squaring cannot overflow or underflow.
        double scale = maxAbs(y.data, rows);
        if (scale == 0) {
            scale = maxAbs(x.data, x.getNumElements());
        }
        if (scale == 0) {
            scale = 1;
        }
        double[][] columns = new double[cols][rows];
        double[] target = new double[rows];
        for (int t = 0; t < rows; t++) {
            target[t] = y.get(t, 0) / scale;
            for (int j = 0; j < cols; j++) {
                columns[j][t] = x.get(t, j) / scale;
            }
        }
        Problem problem = new Problem(columns, target);

        double[] w = new double[cols];
        List<Integer> support = new ArrayList<>();
        int start = problem.bestSingleColumn();
        w[start] = 1;
        support.add(start);

        int maxIterations = 10 * cols + 100;
        int iterations = 0;
        boolean rankDeficient = false;
        boolean converged = false;
        int justAdded = -1;
        while (iterations < maxIterations) {
            iterations++;
            SupportSolve step = problem.solveOnSupport(support, w);
            rankDeficient = step.rankDeficient;
            double[] z = step.weights;

            if (allPositive(z, support)) {
                System.arraycopy(z, 0, w, 0, cols);
                int entering = problem.mostNegativeMultiplier(w, support, tolerance);
                if (entering < 0) {
                    converged = true;
                    break;
                }
                support.add(entering);
                justAdded = entering;
                continue;
            }

            if (justAdded >= 0 && z[justAdded] <= 0) {
                // The entering column had a negative multiplier, so in exact arithmetic its
                // weight would be positive. A non-positive weight means rounding decides, so the
                // current point is optimal to working precision.
                support.remove(Integer.valueOf(justAdded));
                converged = true;
                break;
            }
            stepBack(w, z, support);
            justAdded = -1;
        }

        double ssr = sumOfSquaredResiduals(x, y, w);
        double violation = problem.kktViolation(w);
        boolean notUnique = rankDeficient || problem.hasAlternativeOptimum(w, support);
        return new Solution(w, ssr, violation, iterations, notUnique, converged);
    }

    private static void checkInput(DMatrixRMaj x, DMatrixRMaj y) {
        if (x.numCols == 0 || x.numRows == 0) {
            throw new IllegalArgumentException("X must have at least one row and one column, got "
                    + x.numRows + "x" + x.numCols);
        }
        if (y.numRows != x.numRows || y.numCols != 1) {
            throw new IllegalArgumentException("y must be " + x.numRows + "x1 to match X, got "
                    + y.numRows + "x" + y.numCols);
        }
        for (int i = 0; i < x.getNumElements(); i++) {
            if (!Double.isFinite(x.data[i])) {
                throw new IllegalArgumentException("X contains a non-finite value at row "
                        + (i / x.numCols) + ", column " + (i % x.numCols));
            }
        }
        for (int t = 0; t < y.numRows; t++) {
            if (!Double.isFinite(y.data[t])) {
                throw new IllegalArgumentException("y contains a non-finite value at row " + t);
            }
        }
    }

    private static boolean allPositive(double[] z, List<Integer> support) {
        for (int j : support) {
            if (!(z[j] > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves {@code w} toward {@code z} until the first support weight reaches zero, then drops
     * every support column whose weight is no longer positive.
     */
    private static void stepBack(double[] w, double[] z, List<Integer> support) {
        double alpha = 1;
        int blocking = -1;
        for (int j : support) {
            if (z[j] <= 0) {
                double ratio = w[j] / (w[j] - z[j]);
                if (ratio < alpha) {
                    alpha = ratio;
                    blocking = j;
                }
            }
        }
        double sum = 0;
        for (int j : support) {
            w[j] += alpha * (z[j] - w[j]);
        }
        if (blocking >= 0) {
            w[blocking] = 0;
        }
        support.removeIf(j -> !(w[j] > 0));
        for (int j : support) {
            sum += w[j];
        }
        for (int j = 0; j < w.length; j++) {
            w[j] = support.contains(j) ? w[j] / sum : 0;
        }
    }

    private static double maxAbs(double[] values, int count) {
        double max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, Math.abs(values[i]));
        }
        return max;
    }

    private static double sumOfSquaredResiduals(DMatrixRMaj x, DMatrixRMaj y, double[] w) {
        double ssr = 0;
        for (int t = 0; t < x.numRows; t++) {
            double fitted = 0;
            for (int j = 0; j < x.numCols; j++) {
                fitted += x.get(t, j) * w[j];
            }
            double residual = y.get(t, 0) - fitted;
            ssr += residual * residual;
        }
        return ssr;
    }

    /** Weights from one support solve, zero off the support. */
    private record SupportSolve(double[] weights, boolean rankDeficient) {
    }

    /** The scaled problem data and the computations on it. */
    private static final class Problem {
        private final double[][] columns;
        private final double[] target;
        private final int rows;

        Problem(double[][] columns, double[] target) {
            this.columns = columns;
            this.target = target;
            this.rows = target.length;
        }

        int bestSingleColumn() {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < columns.length; j++) {
                double distance = 0;
                for (int t = 0; t < rows; t++) {
                    double d = columns[j][t] - target[t];
                    distance += d * d;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = j;
                }
            }
            return best;
        }

        /**
         * Minimises the residual on the support subject to the weights summing to one, by
         * writing the largest current weight as one minus the others.
         */
        SupportSolve solveOnSupport(List<Integer> support, double[] current) {
            double[] z = new double[columns.length];
            if (support.size() == 1) {
                z[support.get(0)] = 1;
                return new SupportSolve(z, false);
            }
            int reference = support.get(0);
            for (int j : support) {
                if (current[j] > current[reference]) {
                    reference = j;
                }
            }
            List<Integer> free = new ArrayList<>(support);
            free.remove(Integer.valueOf(reference));

            int n = free.size();
            DMatrixRMaj a = new DMatrixRMaj(rows, n);
            double[] b = new double[rows];
            for (int t = 0; t < rows; t++) {
                b[t] = target[t] - columns[reference][t];
                for (int i = 0; i < n; i++) {
                    a.set(t, i, columns[free.get(i)][t] - columns[reference][t]);
                }
            }
            MinimumNormSolution solution = minimumNormLeastSquares(a, b);
            double sum = 0;
            for (int i = 0; i < n; i++) {
                z[free.get(i)] = solution.values[i];
                sum += solution.values[i];
            }
            z[reference] = 1 - sum;
            return new SupportSolve(z, solution.rank < n);
        }

        /**
         * Returns whether weight could move to an off-support column without changing the fit:
         * true when some column has a zero multiplier and its difference to the reference column
         * lies in the span of the support's differences. Support weights are strictly positive,
         * so a small move along that direction stays feasible.
         */
        boolean hasAlternativeOptimum(double[] w, List<Integer> support) {
            double[] multipliers = multipliers(w);
            int reference = support.get(0);
            int baseRank = support.size() == 1 ? 0
                    : differenceRank(support.subList(1, support.size()), reference);
            for (int j = 0; j < columns.length; j++) {
                if (support.contains(j) || Math.abs(multipliers[j]) > DEGENERATE_MULTIPLIER) {
                    continue;
                }
                List<Integer> augmented = new ArrayList<>(support.subList(1, support.size()));
                augmented.add(j);
                if (differenceRank(augmented, reference) == baseRank) {
                    return true;
                }
            }
            return false;
        }

        private int differenceRank(List<Integer> others, int reference) {
            DMatrixRMaj a = new DMatrixRMaj(rows, others.size());
            for (int t = 0; t < rows; t++) {
                for (int i = 0; i < others.size(); i++) {
                    a.set(t, i, columns[others.get(i)][t] - columns[reference][t]);
                }
            }
            return minimumNormLeastSquares(a, new double[rows]).rank;
        }

        /** Returns the off-support column with the most negative multiplier, or -1. */
        int mostNegativeMultiplier(double[] w, List<Integer> support, double tolerance) {
            double[] multipliers = multipliers(w);
            int entering = -1;
            double minimum = -tolerance;
            for (int j = 0; j < columns.length; j++) {
                if (!support.contains(j) && multipliers[j] < minimum) {
                    minimum = multipliers[j];
                    entering = j;
                }
            }
            return entering;
        }

        double kktViolation(double[] w) {
            double[] multipliers = multipliers(w);
            double violation = 0;
            for (int j = 0; j < columns.length; j++) {
                double v = w[j] > 0 ? Math.abs(multipliers[j]) : Math.max(0, -multipliers[j]);
                violation = Math.max(violation, v);
            }
            return violation;
        }

        /** Returns {@code g_j + nu}, with {@code nu} averaged over the positive weights. */
        private double[] multipliers(double[] w) {
            double[] residual = new double[rows];
            for (int t = 0; t < rows; t++) {
                residual[t] = -target[t];
            }
            for (int j = 0; j < columns.length; j++) {
                if (w[j] != 0) {
                    for (int t = 0; t < rows; t++) {
                        residual[t] += w[j] * columns[j][t];
                    }
                }
            }
            double[] g = new double[columns.length];
            double supportSum = 0;
            int supportCount = 0;
            for (int j = 0; j < columns.length; j++) {
                double dot = 0;
                for (int t = 0; t < rows; t++) {
                    dot += columns[j][t] * residual[t];
                }
                g[j] = dot / rows;
                if (w[j] > 0) {
                    supportSum += g[j];
                    supportCount++;
                }
            }
            double nu = -supportSum / supportCount;
            for (int j = 0; j < g.length; j++) {
                g[j] += nu;
            }
            return g;
        }
    }

    private record MinimumNormSolution(double[] values, int rank) {
    }

    /** Solves {@code min |a v - b|} with the smallest {@code |v|}, through the SVD of {@code a}. */
    private static MinimumNormSolution minimumNormLeastSquares(DMatrixRMaj a, double[] b) {
        int m = a.numRows;
        int n = a.numCols;
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(m, n, true, true, true);
        if (!svd.decompose(a.copy())) {
            throw new IllegalStateException("singular value decomposition failed on a " + m + "x"
                    + n + " support matrix");
        }
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        double[] sigma = svd.getSingularValues();
        int count = svd.numberOfSingularValues();
        double largest = 0;
        for (int i = 0; i < count; i++) {
            largest = Math.max(largest, sigma[i]);
        }
        double threshold = Math.max(m, n) * Math.ulp(1.0) * largest;
        double[] solution = new double[n];
        int rank = 0;
        for (int i = 0; i < count; i++) {
            if (sigma[i] <= threshold) {
                continue;
            }
            rank++;
            double projection = 0;
            for (int t = 0; t < m; t++) {
                projection += u.get(t, i) * b[t];
            }
            double coefficient = projection / sigma[i];
            for (int k = 0; k < n; k++) {
                solution[k] += coefficient * v.get(k, i);
            }
        }
        return new MinimumNormSolution(solution, rank);
    }
}
