package org.causalworkbench.estimators.obsexp.simulate;

import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * Draws functions of one variable from a zero-mean GP with an RBF kernel, exactly at the points
 * of an equally spaced grid, and returns them as {@link GridFunction}s.
 *
 * <p>The kernel is \( k(x, x') = \sigma^2 \exp(-(x - x')^2 / (2\ell^2)) \). A draw is
 * \( f = L z \) with \( z \sim N(0, I_G) \) and \( L L^\top = K + \epsilon \sigma^2 I \), the
 * Cholesky factor of the grid covariance.
 *
 * <ul>
 *   <li>On a fine grid the kernel matrix is singular to double precision, so the factorisation
 *       adds a relative jitter \( \epsilon \). It starts at 10<sup>-10</sup> and grows tenfold,
 *       up to 10<sup>-4</sup>, until the factorisation succeeds. {@link #jitter()} returns the
 *       value used. Each grid value then has variance \( \sigma^2 (1 + \epsilon) \).</li>
 *   <li>The factor is computed on the first draw and reused by later draws.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The factorisation costs about G³/3 floating-point operations
 * and the factor keeps G² doubles. For G = 5000 that is about 4·10¹⁰ operations and 200 MB.
 * The factorisation briefly needs about twice that memory, and the default GP-gap simulation
 * ran in a 420 MB heap. One such factorisation took about 4 s with EJML 0.46.1 on a 2-core build
 * machine. Each draw then costs O(G²). Use G of a few hundred in tests.
 *
 * <p><strong>Thread safety.</strong> Instances may be shared between threads. The lazy
 * factorisation is synchronised, and the factor is never modified afterwards.
 */
public final class GridGaussianProcess {

    private static final double FIRST_JITTER = 1e-10;
    private static final double MAX_JITTER = 1e-4;

    private final double lower;
    private final double upper;
    private final int gridSize;
    private final double variance;
    private final double lengthscale;

    private DMatrixRMaj factor;
    private double jitter = Double.NaN;

    /**
     * Creates the prior without factoring it, which waits for the first draw.
     *
     * @param lower the first grid point
     * @param upper the last grid point, greater than lower
     * @param gridSize the number of grid points G, at least 2
     * @param variance the kernel variance \( \sigma^2 \), positive
     * @param lengthscale the kernel lengthscale \( \ell \), positive
     * @throws IllegalArgumentException if a setting is invalid
     */
    public GridGaussianProcess(double lower, double upper, int gridSize, double variance,
            double lengthscale) {
        if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("the grid range must be finite with lower < upper,"
                    + " got [" + lower + ", " + upper + "].");
        }
        this.lower = lower;
        this.upper = upper;
        this.gridSize = SimulationChecks.requireAtLeast(gridSize, 2, "grid size");
        this.variance = SimulationChecks.requirePositive(variance, "kernel variance");
        this.lengthscale = SimulationChecks.requirePositive(lengthscale, "lengthscale");
    }

    /** Returns the number of grid points. */
    public int gridSize() {
        return gridSize;
    }

    /**
     * Draws one function.
     *
     * @param random the source of the G normal variates
     * @return the function on the grid
     * @throws IllegalStateException if the factorisation fails even with the largest jitter
     */
    public GridFunction draw(RandomGenerator random) {
        DMatrixRMaj lowerFactor = factor();
        double[] z = new double[gridSize];
        for (int k = 0; k < gridSize; k++) {
            z[k] = random.nextGaussian();
        }
        double[] values = new double[gridSize];
        double[] data = lowerFactor.data;
        for (int i = 0; i < gridSize; i++) {
            int rowStart = i * gridSize;
            double sum = 0;
            for (int k = 0; k <= i; k++) {
                sum += data[rowStart + k] * z[k];
            }
            values[i] = sum;
        }
        return new GridFunction(lower, upper, values);
    }

    /**
     * Returns the relative jitter that made the grid covariance factorisable, factoring it
     * first if no draw has done so yet.
     */
    public synchronized double jitter() {
        factor();
        return jitter;
    }

    private synchronized DMatrixRMaj factor() {
        if (factor != null) {
            return factor;
        }
        for (double trial = FIRST_JITTER; trial <= MAX_JITTER * 1.5; trial *= 10) {
            CholeskyDecomposition_F64<DMatrixRMaj> cholesky = decompose(trial);
            if (cholesky != null) {
                // A new matrix, because for large G EJML 0.46.1 picks a block decomposition
                // whose getT(T) leaves the upper triangle of a passed-in T unchanged.
                factor = cholesky.getT(null);
                jitter = trial;
                return factor;
            }
        }
        throw new IllegalStateException("the RBF covariance on " + gridSize + " grid points"
                + " could not be factored even with relative jitter " + MAX_JITTER
                + "; use fewer grid points or a shorter lengthscale.");
    }

    /** Returns the decomposition of the jittered covariance, or null if it failed. */
    private CholeskyDecomposition_F64<DMatrixRMaj> decompose(double relativeJitter) {
        CholeskyDecomposition_F64<DMatrixRMaj> cholesky =
                DecompositionFactory_DDRM.chol(gridSize, true);
        return cholesky.decompose(covariance(relativeJitter)) ? cholesky : null;
    }

    private DMatrixRMaj covariance(double relativeJitter) {
        DMatrixRMaj covariance = new DMatrixRMaj(gridSize, gridSize);
        double step = (upper - lower) / (gridSize - 1);
        double scale = 1 / (2 * lengthscale * lengthscale);
        for (int i = 0; i < gridSize; i++) {
            for (int j = 0; j <= i; j++) {
                double distance = (i - j) * step;
                double value = variance * Math.exp(-distance * distance * scale);
                covariance.unsafe_set(i, j, value);
                covariance.unsafe_set(j, i, value);
            }
            covariance.add(i, i, relativeJitter * variance);
        }
        return covariance;
    }
}
