package org.causalworkbench.estimators.obsexp.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.RandomGenerator;
import org.causalworkbench.estimators.obsexp.SimulationDesigns;

/**
 * Generates the "GP gap" simulation of Fawkes et al. (2025): an RCT on [-1, 1]^d, an
 * observational sample on [-3, 3]^d, and a random smooth gap between the true and the
 * observational CATE.
 *
 * <p>The confounded arm means depend on the first covariate only:
 * \[ \tilde\mu_t(x) = 1 + t + x_1 + 2t x_1 + 0.5 x_1^2 + 0.75 t x_1^2
 *                     + 2(t - \tfrac12) x_1^2 , \]
 * so the observational CATE is \( \omega(x) = 1 + 2x_1 + 2.75x_1^2 \)
 * ({@link SimulationDesigns#paperSimulationOmega(double)}). The true arm means add
 * independent random functions, \( \mu_t = \tilde\mu_t + (1 - t)h_0 + t h_1 \), so
 * \( \Delta = h_1 - h_0 \) and \( \tau = \omega + \Delta \). The samples are
 * <ul>
 *   <li>RCT: \( X \sim U(-1, 1)^d \), \( T \sim \text{Bernoulli}(\pi) \),
 *       \( Y = \mu_T(X) + \sigma\varepsilon \).</li>
 *   <li>observational: \( X \sim U(-3, 3)^d \), \( T \sim \text{Bernoulli}(\pi) \) with the
 *       same \( \pi \), \( Y = \tilde\mu_T(X) + \sigma\varepsilon \).</li>
 *   <li>evaluation points: U(-1, 1)^d inside the support and, outside it, the draw chosen by
 *       {@link #withOutOfSupportDraw(OutOfSupportDraw)}.</li>
 * </ul>
 *
 * <p>The functions h0 and h1 are either {@link GapFunctionType#RBF_GRID} draws (d = 1 only,
 * kernel variance {@value #RBF_VARIANCE}, so Var Δ = 1.3862) or
 * {@link GapFunctionType#RANDOM_FOURIER_FEATURES} (unit variance, so Var Δ = 2). Unless set,
 * the type follows the dimension: RBF grid for d = 1, random Fourier features above.
 *
 * <ul>
 *   <li>The same seed gives the same data. The functions, the two samples and the two sets of
 *       evaluation points draw from separate streams, so changing one size leaves the other
 *       parts unchanged.</li>
 *   <li>With observational size 0 no observational sample is generated, as ω is known.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> With the RBF grid, the first {@link #generate(long)} call
 * factors a G×G covariance, which for the default G = 5000 costs seconds and 200 MB. The
 * instance, and copies that keep its grid size and lengthscale, keep the factor for later calls
 * ({@link GridGaussianProcess}). For d = 1 random Fourier
 * features are evaluated directly rather than through a grid.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), The hardness of
 * validating observational studies with experimental data, arXiv:2503.14795.
 */
public final class GpGapSimulation {

    /** The kernel variance of the RBF grid draws, 0.6931 (close to ln 2). */
    public static final double RBF_VARIANCE = 0.6931;

    /** The default lengthscale of both gap function types, 0.6931 (close to ln 2). */
    public static final double DEFAULT_LENGTHSCALE = 0.6931;

    private static final double SUPPORT_HALF_WIDTH = 1;
    private static final double OBSERVATIONAL_HALF_WIDTH = 3;

    private static final GpGapSimulation DEFAULTS = new GpGapSimulation(
            new GpGapSettings(1, 200, 1000, 0.5, 0.5, null, 5000, 1000, DEFAULT_LENGTHSCALE,
                    5000, 5000, OutOfSupportDraw.BOTH_SIDES));

    private final GpGapSettings settings;
    private final GridGaussianProcess gridPrior;

    private GpGapSimulation(GpGapSettings settings) {
        this.settings = settings;
        this.gridPrior = new GridGaussianProcess(-OBSERVATIONAL_HALF_WIDTH,
                OBSERVATIONAL_HALF_WIDTH, settings.gridSize(), RBF_VARIANCE,
                settings.lengthscale());
    }

    private GpGapSimulation(GpGapSettings settings, GridGaussianProcess sharedPrior) {
        this.settings = settings;
        this.gridPrior = sharedPrior;
    }

    /**
     * Returns the simulation with the settings of the figure in Fawkes et al. (2025): d = 1,
     * n_E = 200, n_O = 1000, π = 0.5, σ = 0.5, an RBF grid of 5000 points, and lengthscale
     * 0.6931. It also sets S = 1000 features and 5000 evaluation points on each side of the
     * support boundary, drawn from both sides.
     */
    public static GpGapSimulation withDefaults() {
        return DEFAULTS;
    }

    /** Returns the current settings. */
    public GpGapSettings settings() {
        return settings;
    }

    /**
     * Returns a copy with another number of covariates, at least 1. Values above 1 are rejected
     * after {@link #withGapFunction(GapFunctionType)} has requested the RBF grid.
     */
    public GpGapSimulation withDimension(int dimension) {
        return copy(settings.withDimension(dimension));
    }

    /** Returns a copy with another RCT size n_E, at least 1. */
    public GpGapSimulation withExperimentalSize(int size) {
        return copy(settings.withExperimentalSize(size));
    }

    /** Returns a copy with another observational size n_O, where 0 generates no such sample. */
    public GpGapSimulation withObservationalSize(int size) {
        return copy(settings.withObservationalSize(size));
    }

    /** Returns a copy with another RCT treatment probability π, strictly inside (0, 1). */
    public GpGapSimulation withTreatmentProbability(double pi) {
        return copy(settings.withTreatmentProbability(pi));
    }

    /** Returns a copy with another outcome noise standard deviation σ, zero or positive. */
    public GpGapSimulation withNoiseSd(double sigma) {
        return copy(settings.withNoiseSd(sigma));
    }

    /** Returns a copy that draws h0 and h1 of the given type whatever the dimension. */
    public GpGapSimulation withGapFunction(GapFunctionType type) {
        return copy(settings.withGapFunction(Objects.requireNonNull(type, "type")));
    }

    /** Returns a copy with another number of RBF grid points G, at least 2. */
    public GpGapSimulation withGridSize(int gridSize) {
        return copy(settings.withGridSize(gridSize));
    }

    /** Returns a copy with another number of random Fourier features S, at least 1. */
    public GpGapSimulation withFeatureCount(int featureCount) {
        return copy(settings.withFeatureCount(featureCount));
    }

    /** Returns a copy with another lengthscale for both function types, positive. */
    public GpGapSimulation withLengthscale(double lengthscale) {
        return copy(settings.withLengthscale(lengthscale));
    }

    /** Returns a copy with other numbers of evaluation points inside and outside, each >= 1. */
    public GpGapSimulation withEvaluationSizes(int inSupport, int outOfSupport) {
        return copy(settings.withEvaluationSizes(inSupport, outOfSupport));
    }

    /** Returns a copy that draws out-of-support points as given. */
    public GpGapSimulation withOutOfSupportDraw(OutOfSupportDraw draw) {
        return copy(settings.withOutOfSupportDraw(Objects.requireNonNull(draw, "draw")));
    }

    private GpGapSimulation copy(GpGapSettings changed) {
        boolean sameGrid = changed.gridSize() == settings.gridSize()
                && changed.lengthscale() == settings.lengthscale();
        return sameGrid ? new GpGapSimulation(changed, gridPrior) : new GpGapSimulation(changed);
    }

    /**
     * Evaluates the confounded arm mean \( \tilde\mu_t \) at a first covariate.
     *
     * @param t the treatment, 0 or 1
     * @param x1 the first covariate
     * @return the mean
     */
    public static double confoundedArmMean(int t, double x1) {
        double x1Squared = x1 * x1;
        return 1 + t + x1 + 2 * t * x1 + 0.5 * x1Squared + 0.75 * t * x1Squared
                + 2 * (t - 0.5) * x1Squared;
    }

    /**
     * Generates one data set.
     *
     * @param seed the seed. The same seed and settings give the same data.
     * @return the data, with covariates named x1..xd
     * @throws IllegalStateException if the RBF grid covariance cannot be factored
     */
    public SimulatedData generate(long seed) {
        int d = settings.dimension();
        GpGapTruth truth = new GpGapTruth(d, drawShift(seed, 0), drawShift(seed, 1));
        double pi = settings.treatmentProbability();

        SimulatedSample experimental = drawSample(SimulationRandom.stream(seed, 2),
                settings.experimentalSize(), SUPPORT_HALF_WIDTH, truth, true);
        SimulatedSample observational = settings.observationalSize() == 0 ? null
                : drawSample(SimulationRandom.stream(seed, 3), settings.observationalSize(),
                        OBSERVATIONAL_HALF_WIDTH, truth, false);

        RandomGenerator inRandom = SimulationRandom.stream(seed, 4);
        double[][] inPoints = new double[settings.inSupportSize()][];
        for (int i = 0; i < inPoints.length; i++) {
            inPoints[i] = SimulationRandom.uniformPoint(inRandom, d, -SUPPORT_HALF_WIDTH,
                    SUPPORT_HALF_WIDTH);
        }
        RandomGenerator outRandom = SimulationRandom.stream(seed, 5);
        double[][] outPoints = new double[settings.outOfSupportSize()][];
        for (int i = 0; i < outPoints.length; i++) {
            outPoints[i] = SimulationRandom.outOfSupportPoint(outRandom, d, SUPPORT_HALF_WIDTH,
                    OBSERVATIONAL_HALF_WIDTH, settings.outOfSupportDraw());
        }

        return new SimulatedData(covariateNames(d), pi, seed, experimental, observational,
                EvaluationPoints.evaluate(inPoints, truth),
                EvaluationPoints.evaluate(outPoints, truth), truth);
    }

    /** Returns the names x1..xd. */
    static List<String> covariateNames(int dimension) {
        List<String> names = new ArrayList<>(dimension);
        for (int j = 1; j <= dimension; j++) {
            names.add("x" + j);
        }
        return names;
    }

    private ToDoubleFunction<double[]> drawShift(long seed, int stream) {
        RandomGenerator random = SimulationRandom.stream(seed, stream);
        if (settings.effectiveGapFunction() == GapFunctionType.RBF_GRID) {
            GridFunction function = gridPrior.draw(random);
            return x -> function.value(x[0]);
        }
        RandomFourierFunction function = RandomFourierFunction.draw(settings.dimension(),
                settings.featureCount(), settings.lengthscale(), random);
        return function::value;
    }

    /**
     * Draws a sample on [-halfWidth, halfWidth)^d. RCT outcomes include the arm shifts, but
     * observational outcomes do not.
     */
    private SimulatedSample drawSample(RandomGenerator random, int size, double halfWidth,
            GpGapTruth truth, boolean experimental) {
        int d = settings.dimension();
        double[][] x = new double[size][];
        int[] t = new int[size];
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = SimulationRandom.uniformPoint(random, d, -halfWidth, halfWidth);
            t[i] = SimulationRandom.bernoulli(random, settings.treatmentProbability());
            double mean = confoundedArmMean(t[i], x[i][0]);
            if (experimental) {
                mean += truth.armShift(t[i], x[i]);
            }
            y[i] = mean + settings.noiseSd() * random.nextGaussian();
        }
        return SimulatedSample.of(x, t, y, truth);
    }
}
