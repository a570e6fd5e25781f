package org.causalworkbench.estimators.gp;

import java.util.List;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Fits exact Gaussian-process regression with a constant prior mean and homoskedastic Gaussian
 * noise, by maximising the marginal likelihood over the hyperparameters.
 *
 * <p>The model is z<sub>i</sub> = f(x<sub>i</sub>) + &epsilon;<sub>i</sub> with f ~ GP(c, k) and
 * &epsilon;<sub>i</sub> ~ N(0, &sigma;<sup>2</sup>), so z ~ N(c 1, K + &sigma;<sup>2</sup> I).
 * {@link #fit} minimises
 * \[ -\log p(z) = \tfrac12 (z - c 1)^\top K_y^{-1} (z - c 1) + \tfrac12 \log |K_y|
 *    + \tfrac{n}{2} \log 2\pi, \qquad K_y = K + \sigma^2 I, \]
 * over the covariance function's learned log-hyperparameters, c (if learned) and
 * &sigma;<sup>2</sup> (if learned), then conditions on the data. {@link #condition} skips the
 * optimisation and uses the configured values.
 *
 * <ul>
 *   <li>&sigma;<sup>2</sup> has a lower bound, {@link #DEFAULT_NOISE_VARIANCE_LOWER_BOUND} by
 *       default. The optimiser works on log(&sigma;<sup>2</sup> - bound), so the bound is never
 *       crossed.</li>
 *   <li>When the Cholesky factorisation of K<sub>y</sub> fails, jitter from 1e-6 up to
 *       {@link #maxJitter()} is added to its diagonal, growing tenfold. The jitter used is
 *       reported, and beyond the maximum a {@link SingularKernelMatrixException} is raised.</li>
 *   <li>Inputs and targets must be non-empty and of equal length, and targets finite.</li>
 *   <li>The covariance function decides the input type: {@link Kernel} for covariate vectors,
 *       {@link FixedTaskCovariance} for the fixed-nuisance multi-task model.</li>
 * </ul>
 *
 * <p><strong>Algorithm.</strong> {@link LbfgsMinimizer} minimises -log p(z) / n with analytic
 * gradients, first from the configured values and then from {@link #restarts()} random starts.
 * A random start moves every learned log-hyperparameter and log(&sigma;<sup>2</sup> - bound)
 * by a uniform amount in [-2, 2] from the configured value, and draws c uniformly within one
 * target standard deviation of the target mean. A start at which the objective or its gradient
 * is not finite is skipped with a warning. The start with the lowest objective wins.
 *
 * <p>The diagnostics warn when a learned lengthscale is below 1e-3 times the range of its
 * covariate (the fit may interpolate noise) and when &sigma;<sup>2</sup> exceeds 10 times the
 * variance of the targets (the covariance explains almost nothing).
 *
 * <p><strong>Limitations.</strong> Exact inference costs O(n<sup>3</sup>) time and
 * O(n<sup>2</sup>) memory per likelihood evaluation. The noise is homoskedastic. The marginal
 * likelihood can have several local optima, and a few restarts do not guarantee the global one.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Rasmussen and Williams (2006), Gaussian Processes for Machine Learning, MIT Press,
 * ch. 2 and 5.
 *
 * @param <P> the type of an input point
 */
public final class GaussianProcessRegression<P> {

    /** The default lower bound of the noise variance &sigma;<sup>2</sup>. */
    public static final double DEFAULT_NOISE_VARIANCE_LOWER_BOUND = 1e-4;

    /** The default initial noise variance &sigma;<sup>2</sup>. */
    public static final double DEFAULT_NOISE_VARIANCE = 1;

    /** The default number of random restarts after the start from the configured values. */
    public static final int DEFAULT_RESTARTS = 3;

    /** The default seed of the random restarts. */
    public static final long DEFAULT_SEED = 20250319L;

    /** The default L-BFGS iteration limit per start. */
    public static final int DEFAULT_MAX_ITERATIONS = 200;

    private final CovarianceFunction<P> covariance;
    private final double mean;
    private final boolean meanLearned;
    private final double noiseVariance;
    private final boolean noiseVarianceLearned;
    private final double noiseVarianceLowerBound;
    private final double maxJitter;
    private final int restarts;
    private final long seed;
    private final int maxIterations;

    private GaussianProcessRegression(CovarianceFunction<P> covariance, double mean,
            boolean meanLearned, double noiseVariance, boolean noiseVarianceLearned,
            double noiseVarianceLowerBound, double maxJitter, int restarts, long seed,
            int maxIterations) {
        this.covariance = covariance;
        this.mean = mean;
        this.meanLearned = meanLearned;
        this.noiseVariance = noiseVariance;
        this.noiseVarianceLearned = noiseVarianceLearned;
        this.noiseVarianceLowerBound = noiseVarianceLowerBound;
        this.maxJitter = maxJitter;
        this.restarts = restarts;
        this.seed = seed;
        this.maxIterations = maxIterations;
    }

    /**
     * Returns the regression with default settings: prior mean 0 and learned, noise variance
     * {@link #DEFAULT_NOISE_VARIANCE} and learned, and the other defaults of this class.
     *
     * @param covariance the covariance function with its initial hyperparameters
     * @param <P> the type of an input point
     * @return the regression
     */
    public static <P> GaussianProcessRegression<P> withDefaults(
            CovarianceFunction<P> covariance) {
        if (covariance == null) {
            throw new IllegalArgumentException("a covariance function is required");
        }
        return new GaussianProcessRegression<>(covariance, 0, true, DEFAULT_NOISE_VARIANCE, true,
                DEFAULT_NOISE_VARIANCE_LOWER_BOUND, JitteredCholesky_DDRM.DEFAULT_MAX_JITTER,
                DEFAULT_RESTARTS, DEFAULT_SEED, DEFAULT_MAX_ITERATIONS);
    }

    /** Returns a copy with another covariance function, which keeps its own hyperparameters. */
    public GaussianProcessRegression<P> withCovariance(CovarianceFunction<P> newCovariance) {
        if (newCovariance == null) {
            throw new IllegalArgumentException("a covariance function is required");
        }
        return new GaussianProcessRegression<>(newCovariance, mean, meanLearned, noiseVariance,
                noiseVarianceLearned, noiseVarianceLowerBound, maxJitter, restarts, seed,
                maxIterations);
    }

    /** Returns a copy with another (initial) prior mean c, a finite number. */
    public GaussianProcessRegression<P> withMean(double newMean) {
        if (!Double.isFinite(newMean)) {
            throw new IllegalArgumentException("prior mean must be finite, got " + newMean);
        }
        return new GaussianProcessRegression<>(covariance, newMean, meanLearned, noiseVariance,
                noiseVarianceLearned, noiseVarianceLowerBound, maxJitter, restarts, seed,
                maxIterations);
    }

    /** Returns a copy in which {@link #fit} learns the prior mean, or keeps it fixed. */
    public GaussianProcessRegression<P> withMeanLearned(boolean learned) {
        return new GaussianProcessRegression<>(covariance, mean, learned, noiseVariance,
                noiseVarianceLearned, noiseVarianceLowerBound, maxJitter, restarts, seed,
                maxIterations);
    }

    /**
     * Returns a copy with another (initial) noise variance &sigma;<sup>2</sup>. It must not be
     * below the lower bound when the model is conditioned or fitted.
     *
     * @param newNoiseVariance the variance, finite and at least 0
     * @return the copy
     */
    public GaussianProcessRegression<P> withNoiseVariance(double newNoiseVariance) {
        if (!(newNoiseVariance >= 0) || Double.isInfinite(newNoiseVariance)) {
            throw new IllegalArgumentException("noise variance must be finite and at least 0,"
                    + " got " + newNoiseVariance);
        }
        return new GaussianProcessRegression<>(covariance, mean, meanLearned, newNoiseVariance,
                noiseVarianceLearned, noiseVarianceLowerBound, maxJitter, restarts, seed,
                maxIterations);
    }

    /** Returns a copy in which {@link #fit} learns the noise variance, or keeps it fixed. */
    public GaussianProcessRegression<P> withNoiseVarianceLearned(boolean learned) {
        return new GaussianProcessRegression<>(covariance, mean, meanLearned, noiseVariance,
                learned, noiseVarianceLowerBound, maxJitter, restarts, seed, maxIterations);
    }

    /**
     * Returns a copy with another lower bound on the noise variance.
     *
     * @param newLowerBound the bound, finite and at least 0. With 0 and a noise variance of 0
     *     the kernel matrix may need jitter.
     * @return the copy
     */
    public GaussianProcessRegression<P> withNoiseVarianceLowerBound(double newLowerBound) {
        if (!(newLowerBound >= 0) || Double.isInfinite(newLowerBound)) {
            throw new IllegalArgumentException("noise variance lower bound must be finite and at"
                    + " least 0, got " + newLowerBound);
        }
        return new GaussianProcessRegression<>(covariance, mean, meanLearned, noiseVariance,
                noiseVarianceLearned, newLowerBound, maxJitter, restarts, seed, maxIterations);
    }

    /**
     * Returns a copy with another largest jitter for the Cholesky factorisation.
     *
     * @param newMaxJitter the largest jitter added to the diagonal, finite and at least 0. Zero
     *     disables jitter.
     * @return the copy
     */
    public GaussianProcessRegression<P> withMaxJitter(double newMaxJitter) {
        if (!(newMaxJitter >= 0) || Double.isInfinite(newMaxJitter)) {
            throw new IllegalArgumentException("maximum jitter must be finite and at least 0, got "
                    + newMaxJitter);
        }
        return new GaussianProcessRegression<>(covariance, mean, meanLearned, noiseVariance,
                noiseVarianceLearned, noiseVarianceLowerBound, newMaxJitter, restarts, seed,
                maxIterations);
    }

    /** Returns a copy with another number of random restarts, at least 0. */
    public GaussianProcessRegression<P> withRestarts(int newRestarts) {
        if (newRestarts < 0) {
            throw new IllegalArgumentException("restarts must be at least 0, got " + newRestarts);
        }
        return new GaussianProcessRegression<>(covariance, mean, meanLearned, noiseVariance,
                noiseVarianceLearned, noiseVarianceLowerBound, maxJitter, newRestarts, seed,
                maxIterations);
    }

    /** Returns a copy with another seed for the random restarts. */
    public GaussianProcessRegression<P> withSeed(long newSeed) {
        return new GaussianProcessRegression<>(covariance, mean, meanLearned, noiseVariance,
                noiseVarianceLearned, noiseVarianceLowerBound, maxJitter, restarts, newSeed,
                maxIterations);
    }

    /** Returns a copy with another L-BFGS iteration limit per start, at least 1. */
    public GaussianProcessRegression<P> withMaxIterations(int newMaxIterations) {
        if (newMaxIterations < 1) {
            throw new IllegalArgumentException("maximum iterations must be at least 1, got "
                    + newMaxIterations);
        }
        return new GaussianProcessRegression<>(covariance, mean, meanLearned, noiseVariance,
                noiseVarianceLearned, noiseVarianceLowerBound, maxJitter, restarts, seed,
                newMaxIterations);
    }

    /** Returns the covariance function with its current hyperparameters. */
    public CovarianceFunction<P> covariance() {
        return covariance;
    }

    /** Returns the prior mean c. */
    public double mean() {
        return mean;
    }

    /** Returns whether {@link #fit} learns c. */
    public boolean meanLearned() {
        return meanLearned;
    }

    /** Returns the noise variance &sigma;<sup>2</sup>. */
    public double noiseVariance() {
        return noiseVariance;
    }

    /** Returns whether {@link #fit} learns &sigma;<sup>2</sup>. */
    public boolean noiseVarianceLearned() {
        return noiseVarianceLearned;
    }

    /** Returns the lower bound of &sigma;<sup>2</sup>. */
    public double noiseVarianceLowerBound() {
        return noiseVarianceLowerBound;
    }

    /** Returns the largest jitter added to the kernel matrix diagonal. */
    public double maxJitter() {
        return maxJitter;
    }

    /** Returns the number of random restarts. */
    public int restarts() {
        return restarts;
    }

    /** Returns the seed of the random restarts. */
    public long seed() {
        return seed;
    }

    /** Returns the L-BFGS iteration limit per start. */
    public int maxIterations() {
        return maxIterations;
    }

    /**
     * Conditions the model on training data at the configured hyperparameters, without
     * optimisation.
     *
     * @param inputs the n training inputs
     * @param targets the n targets z, finite
     * @return the posterior
     * @throws IllegalArgumentException if the data are invalid or &sigma;<sup>2</sup> is below
     *     its lower bound
     * @throws SingularKernelMatrixException if K<sub>y</sub> cannot be factorised
     */
    public GaussianProcessPosterior<P> condition(List<P> inputs, double[] targets) {
        checkData(inputs, targets);
        checkNoiseVariance();
        return GaussianProcessPosterior.condition(covariance, mean, noiseVariance, inputs,
                targets, new JitteredCholesky_DDRM(maxJitter));
    }

    /**
     * Computes -log p(z) and its gradient at the configured hyperparameters.
     *
     * @param inputs the n training inputs
     * @param targets the n targets z, finite
     * @return the value, the gradient and the jitter used
     * @throws IllegalArgumentException if the data are invalid or &sigma;<sup>2</sup> is below
     *     its lower bound
     * @throws SingularKernelMatrixException if K<sub>y</sub> cannot be factorised
     */
    public NegativeLogMarginalLikelihood negativeLogMarginalLikelihood(List<P> inputs,
            double[] targets) {
        GaussianProcessPosterior<P> posterior = condition(inputs, targets);
        return new NegativeLogMarginalLikelihood(posterior.negativeLogMarginalLikelihood(),
                posterior.negativeLogMarginalLikelihoodGradient(), posterior.size(),
                posterior.jitter());
    }

    /**
     * Fits the learned hyperparameters by maximum marginal likelihood and conditions on the data.
     *
     * @param inputs the n training inputs
     * @param targets the n targets z, finite
     * @param progress receives one progress step per start
     * @param cancellation checked before every L-BFGS iteration
     * @return the fitted configuration, the posterior and the diagnostics
     * @throws IllegalArgumentException if the data are invalid or &sigma;<sup>2</sup> is below
     *     its lower bound
     * @throws SingularKernelMatrixException if K<sub>y</sub> cannot be factorised at the
     *     configured hyperparameters
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public GaussianProcessFit<P> fit(List<P> inputs, double[] targets, ProgressSink progress,
            CancellationToken cancellation) {
        checkData(inputs, targets);
        checkNoiseVariance();
        return new HyperparameterSearch<>(this, List.copyOf(inputs), targets.clone())
                .run(progress, cancellation);
    }

    private void checkNoiseVariance() {
        if (noiseVariance < noiseVarianceLowerBound) {
            throw new IllegalArgumentException("noise variance " + noiseVariance
                    + " is below its lower bound " + noiseVarianceLowerBound
                    + ". Raise the variance or lower the bound");
        }
    }

    private static <P> void checkData(List<P> inputs, double[] targets) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one training point is required");
        }
        if (inputs.size() != targets.length) {
            throw new IllegalArgumentException("there are " + inputs.size() + " inputs but "
                    + targets.length + " targets. Supply one target per input");
        }
        for (int i = 0; i < targets.length; i++) {
            if (inputs.get(i) == null) {
                throw new IllegalArgumentException("training input " + i + " is missing");
            }
            if (!Double.isFinite(targets[i])) {
                throw new IllegalArgumentException("target " + i + " is not finite: "
                        + targets[i]);
            }
        }
    }
}
