package org.causalworkbench.estimators.gp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.causalworkbench.estimators.CancellationToken;

/**
 * Minimises a smooth function of a few dozen variables by limited-memory BFGS (L-BFGS) with a
 * weak Wolfe line search.
 *
 * <p>Each iteration computes the direction d = -H g by the two-loop recursion over the last
 * {@code memory} pairs s = x<sub>k+1</sub> - x<sub>k</sub>, y = g<sub>k+1</sub> - g<sub>k</sub>,
 * with initial matrix (s'y / y'y) I. The line search brackets a step t that satisfies
 * \[ f(x + t d) \le f(x) + c_1 t \, g^\top d, \qquad
 *    \nabla f(x + t d)^\top d \ge c_2 \, g^\top d \]
 * with c<sub>1</sub> = 1e-4 and c<sub>2</sub> = 0.9, by doubling and bisection. The curvature
 * condition guarantees s'y &gt; 0, so the update keeps H positive definite.
 *
 * <ul>
 *   <li>The objective may return a non-finite value for a point outside its domain, for
 *       example where a matrix factorisation failed. The line search then shortens the step.
 *       A non-finite value at the start point is rejected.</li>
 *   <li>Without stored pairs, as in the first iteration, the first trial step has length at
 *       most 1 in the maximum norm, because the scale of H is not yet known.</li>
 *   <li>If the direction is not a descent direction, the memory is cleared and the method
 *       restarts from steepest descent.</li>
 * </ul>
 *
 * <p><strong>Algorithm choice.</strong> Commons Math 3.6.1 has no quasi-Newton method. Its
 * nonlinear conjugate gradient optimiser reaches the same GP optima, but its line search uses
 * function values only and needed several times more likelihood evaluations in a comparison
 * recorded in docs/decisions/0005-gp-optimiser.md.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared. A call to
 * {@link #minimize} uses the objective from the calling thread only.
 *
 * <p>Reference: Nocedal and Wright (2006), Numerical Optimization, 2nd ed., Springer, ch. 3 and
 * 7, doi:10.1007/978-0-387-40065-5.
 */
public final class LbfgsMinimizer {

    private static final double ARMIJO = 1e-4;
    private static final double CURVATURE = 0.9;
    private static final int MAX_LINE_SEARCH_EVALUATIONS = 60;

    private static final LbfgsMinimizer DEFAULTS = new LbfgsMinimizer(200, 1e-6, 1e-12, 10);

    private final int maxIterations;
    private final double gradientTolerance;
    private final double relativeTolerance;
    private final int memory;

    /** Function and gradient of the problem. */
    @FunctionalInterface
    public interface Objective {

        /**
         * Evaluates the function and its gradient.
         *
         * @param point the point, not to be modified
         * @param gradient the output for the gradient, of the same length as {@code point}
         * @return the function value, or a non-finite value if the point is outside the domain
         */
        double evaluate(double[] point, double[] gradient);
    }

    /** Reason the method stopped. */
    public enum Status {
        /** The largest absolute gradient entry fell to the gradient tolerance. */
        GRADIENT_TOLERANCE,
        /** An iteration decreased the function by less than the relative tolerance. */
        FUNCTION_TOLERANCE,
        /** No step along the search direction satisfied the line-search conditions. */
        LINE_SEARCH_FAILED,
        /** The iteration limit was reached. */
        MAX_ITERATIONS
    }

    /**
     * Outcome of one minimisation.
     *
     * @param point the best point found
     * @param value the function value at {@code point}
     * @param gradientNorm the largest absolute gradient entry at {@code point}
     * @param iterations the number of accepted steps
     * @param evaluations the number of objective evaluations, including the start point
     * @param status why the method stopped
     */
    public record Result(double[] point, double value, double gradientNorm, int iterations,
            int evaluations, Status status) {

        /** Copies the point. */
        public Result {
            point = point.clone();
        }

        /** Returns a copy of the point. */
        @Override
        public double[] point() {
            return point.clone();
        }

        /** Returns whether the method stopped on a tolerance rather than a failure or limit. */
        public boolean converged() {
            return status == Status.GRADIENT_TOLERANCE || status == Status.FUNCTION_TOLERANCE;
        }
    }

    private LbfgsMinimizer(int maxIterations, double gradientTolerance, double relativeTolerance,
            int memory) {
        this.maxIterations = maxIterations;
        this.gradientTolerance = gradientTolerance;
        this.relativeTolerance = relativeTolerance;
        this.memory = memory;
    }

    /**
     * Returns the minimiser with 200 iterations, gradient tolerance 1e-6, relative function
     * tolerance 1e-12 and memory 10.
     */
    public static LbfgsMinimizer withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another iteration limit.
     *
     * @param newMaxIterations the maximum number of accepted steps, at least 1
     * @return the copy
     */
    public LbfgsMinimizer withMaxIterations(int newMaxIterations) {
        if (newMaxIterations < 1) {
            throw new IllegalArgumentException("maximum iterations must be at least 1, got "
                    + newMaxIterations);
        }
        return new LbfgsMinimizer(newMaxIterations, gradientTolerance, relativeTolerance, memory);
    }

    /**
     * Returns a copy with another gradient tolerance.
     *
     * @param newGradientTolerance the largest absolute gradient entry accepted as a stationary
     *     point, at least 0
     * @return the copy
     */
    public LbfgsMinimizer withGradientTolerance(double newGradientTolerance) {
        if (!(newGradientTolerance >= 0)) {
            throw new IllegalArgumentException("gradient tolerance must be at least 0, got "
                    + newGradientTolerance);
        }
        return new LbfgsMinimizer(maxIterations, newGradientTolerance, relativeTolerance, memory);
    }

    /**
     * Returns a copy with another relative function tolerance.
     *
     * @param newRelativeTolerance at least 0. The method stops when an iteration decreases f
     *     by at most this times max(|f|, 1).
     * @return the copy
     */
    public LbfgsMinimizer withRelativeTolerance(double newRelativeTolerance) {
        if (!(newRelativeTolerance >= 0)) {
            throw new IllegalArgumentException("relative tolerance must be at least 0, got "
                    + newRelativeTolerance);
        }
        return new LbfgsMinimizer(maxIterations, gradientTolerance, newRelativeTolerance, memory);
    }

    /** Returns the iteration limit. */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Minimises {@code objective} from {@code start}.
     *
     * @param objective the function and its gradient
     * @param start the start point, at least one coordinate
     * @param cancellation checked before every iteration
     * @return the best point found and why the method stopped
     * @throws IllegalArgumentException if the objective is not finite at {@code start}
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public Result minimize(Objective objective, double[] start, CancellationToken cancellation) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double f = objective.evaluate(x, g);
        int evaluations = 1;
        if (!Double.isFinite(f) || !allFinite(g)) {
            throw new IllegalArgumentException("the objective or its gradient is not finite at"
                    + " the start point: value " + f);
        }

        Deque<double[][]> pairs = new ArrayDeque<>();
        double[] direction = new double[n];
        double[] trialPoint = new double[n];
        double[] trialGradient = new double[n];
        int iterations = 0;
        Status status = Status.MAX_ITERATIONS;
        while (true) {
            if (maxNorm(g) <= gradientTolerance) {
                status = Status.GRADIENT_TOLERANCE;
                break;
            }
            if (iterations >= maxIterations) {
                break;
            }
            cancellation.throwIfCancellationRequested();

            // Search direction from the two-loop recursion, or steepest descent.
            computeDirection(g, pairs, direction);
            double slope = dot(g, direction);
            if (!(slope < 0)) {
                pairs.clear();
                computeDirection(g, pairs, direction);
                slope = dot(g, direction);
            }
            double step = pairs.isEmpty() ? Math.min(1, 1 / maxNorm(direction)) : 1;

            // Weak Wolfe line search by doubling and bisection.
            double low = 0;
            double high = Double.POSITIVE_INFINITY;
            double trialValue = Double.NaN;
            boolean accepted = false;
            for (int trial = 0; trial < MAX_LINE_SEARCH_EVALUATIONS; trial++) {
                for (int i = 0; i < n; i++) {
                    trialPoint[i] = x[i] + step * direction[i];
                }
                trialValue = objective.evaluate(trialPoint, trialGradient);
                evaluations++;
                if (!Double.isFinite(trialValue) || !allFinite(trialGradient)
                        || trialValue > f + ARMIJO * step * slope) {
                    high = step;
                } else if (dot(trialGradient, direction) < CURVATURE * slope) {
                    low = step;
                } else {
                    accepted = true;
                    break;
                }
                step = Double.isInfinite(high) ? 2 * low : 0.5 * (low + high);
            }
            if (!accepted) {
                status = Status.LINE_SEARCH_FAILED;
                break;
            }
            iterations++;

            // Store the curvature pair, which is positive by the Wolfe condition.
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = trialPoint[i] - x[i];
                y[i] = trialGradient[i] - g[i];
            }
            if (dot(s, y) > 0) {
                pairs.addFirst(new double[][] {s, y});
                if (pairs.size() > memory) {
                    pairs.removeLast();
                }
            }
            double decrease = f - trialValue;
            System.arraycopy(trialPoint, 0, x, 0, n);
            System.arraycopy(trialGradient, 0, g, 0, n);
            f = trialValue;
            if (decrease <= relativeTolerance * Math.max(Math.abs(f), 1)) {
                status = maxNorm(g) <= gradientTolerance
                        ? Status.GRADIENT_TOLERANCE : Status.FUNCTION_TOLERANCE;
                break;
            }
        }
        return new Result(x, f, maxNorm(g), iterations, evaluations, status);
    }

    /** Writes -H g into {@code direction}, where H approximates the inverse Hessian. */
    private static void computeDirection(double[] g, Deque<double[][]> pairs,
            double[] direction) {
        int n = g.length;
        for (int i = 0; i < n; i++) {
            direction[i] = -g[i];
        }
        if (pairs.isEmpty()) {
            return;
        }
        double[] alphas = new double[pairs.size()];
        int k = 0;
        for (double[][] pair : pairs) {
            double rho = 1 / dot(pair[1], pair[0]);
            alphas[k] = rho * dot(pair[0], direction);
            axpy(-alphas[k], pair[1], direction);
            k++;
        }
        double[][] newest = pairs.peekFirst();
        double gamma = dot(newest[0], newest[1]) / dot(newest[1], newest[1]);
        for (int i = 0; i < n; i++) {
            direction[i] *= gamma;
        }
        Iterator<double[][]> oldestFirst = pairs.descendingIterator();
        k = pairs.size() - 1;
        while (oldestFirst.hasNext()) {
            double[][] pair = oldestFirst.next();
            double rho = 1 / dot(pair[1], pair[0]);
            double beta = rho * dot(pair[1], direction);
            axpy(alphas[k] - beta, pair[0], direction);
            k--;
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double scale, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += scale * x[i];
        }
    }

    private static double maxNorm(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    private static boolean allFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
