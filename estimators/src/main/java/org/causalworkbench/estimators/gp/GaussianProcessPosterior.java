package org.causalworkbench.estimators.gp;

import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;

/**
 * GP regression model conditioned on training data at fixed hyperparameters: the posterior of
 * the latent function and the marginal likelihood of the targets.
 *
 * <p>With K<sub>y</sub> = K + (&sigma;<sup>2</sup> + jitter) I = L L' and
 * &alpha; = K<sub>y</sub><sup>-1</sup>(z - c 1):
 * \[ \mu(x_*) = c + k_*^\top \alpha, \qquad
 *    s^2(x_*) = k(x_*, x_*) - v^\top v, \quad v = L^{-1} k_*, \]
 * \[ -\log p(z) = \tfrac12 (z - c 1)^\top \alpha + \sum_i \log L_{ii}
 *    + \tfrac{n}{2} \log 2\pi . \]
 *
 * <ul>
 *   <li>The variance is that of the latent function: the observation noise is not added.
 *       Values that rounding makes negative are returned as 0.</li>
 *   <li>The variance does not depend on the targets, only on the inputs and hyperparameters.</li>
 *   <li>Far from the training inputs, where k<sub>*</sub> vanishes, &mu; tends to c and
 *       s<sup>2</sup> to the prior variance k(x<sub>*</sub>, x<sub>*</sub>).</li>
 *   <li>{@link #jitter()} reports any jitter that the factorisation needed.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable after construction and may be
 * shared, provided the caller does not modify the training input arrays. {@link #sample} uses
 * the caller's random generator.
 *
 * <p>Reference: Rasmussen and Williams (2006), Gaussian Processes for Machine Learning, MIT Press,
 * ch. 2 and 5.
 *
 * @param <P> the type of an input point
 */
public final class GaussianProcessPosterior<P> {

    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final CovarianceFunction<P> covariance;
    private final double mean;
    private final double noiseVariance;
    private final List<P> inputs;
    private final DMatrixRMaj lower;
    private final double[] alpha;
    private final double jitter;
    private final double negativeLogLikelihood;
    private final JitteredCholesky_DDRM cholesky;

    private GaussianProcessPosterior(CovarianceFunction<P> covariance, double mean,
            double noiseVariance, List<P> inputs, DMatrixRMaj lower, double[] alpha,
            double jitter, double negativeLogLikelihood, JitteredCholesky_DDRM cholesky) {
        this.covariance = covariance;
        this.mean = mean;
        this.noiseVariance = noiseVariance;
        this.inputs = inputs;
        this.lower = lower;
        this.alpha = alpha;
        this.jitter = jitter;
        this.negativeLogLikelihood = negativeLogLikelihood;
        this.cholesky = cholesky;
    }

    /**
     * Conditions the GP on checked training data.
     *
     * @throws SingularKernelMatrixException if K<sub>y</sub> cannot be factorised
     */
    static <P> GaussianProcessPosterior<P> condition(CovarianceFunction<P> covariance,
            double mean, double noiseVariance, List<P> inputs, double[] targets,
            JitteredCholesky_DDRM cholesky) {
        int n = inputs.size();
        DMatrixRMaj kernelMatrix = trainingMatrix(covariance, inputs);
        for (int i = 0; i < n; i++) {
            kernelMatrix.add(i, i, noiseVariance);
        }
        DMatrixRMaj lower = new DMatrixRMaj(n, n);
        double jitter = cholesky.decompose(kernelMatrix, lower);

        // alpha = L' \ (L \ (z - c))
        double[] residual = new double[n];
        for (int i = 0; i < n; i++) {
            residual[i] = targets[i] - mean;
        }
        double[] alpha = residual.clone();
        TriangularSolver_DDRM.solveL(lower.data, alpha, n);
        TriangularSolver_DDRM.solveTranL(lower.data, alpha, n);

        double value = 0;
        for (int i = 0; i < n; i++) {
            value += 0.5 * residual[i] * alpha[i] + Math.log(lower.get(i, i));
        }
        value += 0.5 * n * LOG_TWO_PI;
        return new GaussianProcessPosterior<>(covariance, mean, noiseVariance, List.copyOf(inputs),
                lower, alpha, jitter, value, cholesky);
    }

    /** Returns K, the n&times;n covariance matrix of the training inputs without noise. */
    static <P> DMatrixRMaj trainingMatrix(CovarianceFunction<P> covariance, List<P> inputs) {
        int n = inputs.size();
        DMatrixRMaj matrix = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double value = covariance.value(inputs.get(i), inputs.get(j));
                matrix.set(i, j, value);
                matrix.set(j, i, value);
            }
        }
        return matrix;
    }

    /** Returns the covariance function with the hyperparameters used. */
    public CovarianceFunction<P> covariance() {
        return covariance;
    }

    /** Returns the constant prior mean c. */
    public double mean() {
        return mean;
    }

    /** Returns the noise variance &sigma;<sup>2</sup>, without jitter. */
    public double noiseVariance() {
        return noiseVariance;
    }

    /** Returns the training inputs, unmodifiable. */
    public List<P> inputs() {
        return inputs;
    }

    /** Returns the number of training points n. */
    public int size() {
        return inputs.size();
    }

    /** Returns the jitter added to the diagonal of K<sub>y</sub>, 0 when none was needed. */
    public double jitter() {
        return jitter;
    }

    /** Returns a copy of &alpha; = K<sub>y</sub><sup>-1</sup>(z - c 1). */
    public double[] alpha() {
        return alpha.clone();
    }

    /** Returns -log p(z), the negative log marginal likelihood of the targets. */
    public double negativeLogMarginalLikelihood() {
        return negativeLogLikelihood;
    }

    /** Returns -log p(z) / n. */
    public double negativeLogMarginalLikelihoodPerPoint() {
        return negativeLogLikelihood / inputs.size();
    }

    /**
     * Computes the posterior mean and latent variance at query points.
     *
     * @param points the query points
     * @return one mean and variance per point, in order
     */
    public GaussianProcessPrediction predict(List<P> points) {
        int n = inputs.size();
        double[] means = new double[points.size()];
        double[] variances = new double[points.size()];
        double[] crossCovariance = new double[n];
        for (int q = 0; q < points.size(); q++) {
            P point = points.get(q);
            double value = mean;
            for (int i = 0; i < n; i++) {
                crossCovariance[i] = covariance.value(point, inputs.get(i));
                value += crossCovariance[i] * alpha[i];
            }
            means[q] = value;

            // v = L \ k_*, so s^2 = k(x_*, x_*) - v'v.
            TriangularSolver_DDRM.solveL(lower.data, crossCovariance, n);
            double explained = 0;
            for (int i = 0; i < n; i++) {
                explained += crossCovariance[i] * crossCovariance[i];
            }
            variances[q] = Math.max(0, covariance.value(point, point) - explained);
        }
        return new GaussianProcessPrediction(means, variances);
    }

    /**
     * Draws joint samples of the latent function at query points.
     *
     * <p>The posterior covariance K<sub>**</sub> - V'V, with V = L<sup>-1</sup> K<sub>*</sub>,
     * is factorised with the same jitter rule as the training matrix, and the result reports
     * the jitter used.
     *
     * @param points the m query points
     * @param count the number of draws, at least 0
     * @param random the source of standard normal variates
     * @return {@code count} draws of m values each
     * @throws SingularKernelMatrixException if the posterior covariance cannot be factorised
     */
    public PosteriorSamples sample(List<P> points, int count, RandomGenerator random) {
        if (count < 0) {
            throw new IllegalArgumentException("sample count must be at least 0, got " + count);
        }
        int n = inputs.size();
        int m = points.size();
        DMatrixRMaj projected = new DMatrixRMaj(n, m);
        double[] column = new double[n];
        double[] means = new double[m];
        for (int q = 0; q < m; q++) {
            double value = mean;
            for (int i = 0; i < n; i++) {
                column[i] = covariance.value(points.get(q), inputs.get(i));
                value += column[i] * alpha[i];
            }
            means[q] = value;
            TriangularSolver_DDRM.solveL(lower.data, column, n);
            for (int i = 0; i < n; i++) {
                projected.set(i, q, column[i]);
            }
        }
        DMatrixRMaj posteriorCovariance = trainingMatrix(covariance, points);
        DMatrixRMaj explained = new DMatrixRMaj(m, m);
        CommonOps_DDRM.multTransA(projected, projected, explained);
        CommonOps_DDRM.subtractEquals(posteriorCovariance, explained);

        DMatrixRMaj factor = new DMatrixRMaj(m, m);
        double sampleJitter = cholesky.decompose(posteriorCovariance, factor);
        double[][] values = new double[count][m];
        double[] normals = new double[m];
        for (int s = 0; s < count; s++) {
            for (int i = 0; i < m; i++) {
                normals[i] = random.nextGaussian();
            }
            for (int i = 0; i < m; i++) {
                double value = means[i];
                for (int j = 0; j <= i; j++) {
                    value += factor.get(i, j) * normals[j];
                }
                values[s][i] = value;
            }
        }
        return new PosteriorSamples(values, sampleJitter);
    }

    /**
     * Computes the gradient of -log p(z) with respect to the covariance's learned
     * log-hyperparameters, then c, then log &sigma;<sup>2</sup>.
     *
     * <p>With W = &alpha;&alpha;' - K<sub>y</sub><sup>-1</sup>:
     * {@code d(-log p)/d theta = -1/2 tr(W dK/d theta)}, {@code d(-log p)/dc = -1'alpha} and
     * {@code d(-log p)/d log sigma^2 = -1/2 sigma^2 tr(W)}. The jitter is a constant and has no
     * derivative.
     *
     * @return {@code covariance().parameterCount() + 2} partial derivatives
     */
    public double[] negativeLogMarginalLikelihoodGradient() {
        int n = inputs.size();
        int count = covariance.parameterCount();

        // K_y^-1 = L^-T L^-1
        DMatrixRMaj inverseLower = lower.copy();
        TriangularSolver_DDRM.invertLower(inverseLower.data, n);
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        // multInner forms A^T A and uses its symmetry, half the work of a general product.
        CommonOps_DDRM.multInner(inverseLower, inverse);

        double[] gradient = new double[count + 2];
        double[] kernelGradient = new double[count];
        double trace = 0;
        double alphaSum = 0;
        for (int i = 0; i < n; i++) {
            alphaSum += alpha[i];
            double diagonalWeight = alpha[i] * alpha[i] - inverse.get(i, i);
            trace += diagonalWeight;
            for (int j = 0; j <= i; j++) {
                double weight = alpha[i] * alpha[j] - inverse.get(i, j);
                if (j != i) {
                    weight *= 2;
                }
                covariance.gradient(inputs.get(i), inputs.get(j), kernelGradient, 0);
                for (int k = 0; k < count; k++) {
                    gradient[k] += weight * kernelGradient[k];
                }
            }
        }
        for (int k = 0; k < count; k++) {
            gradient[k] *= -0.5;
        }
        gradient[count] = -alphaSum;
        gradient[count + 1] = -0.5 * noiseVariance * trace;
        return gradient;
    }
}
