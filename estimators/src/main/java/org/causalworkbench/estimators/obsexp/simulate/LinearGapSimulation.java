package org.causalworkbench.estimators.obsexp.simulate;

import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;
import org.causalworkbench.estimators.obsexp.SimulationDesigns;

/**
 * Generates the linear-gap design of Kallus, Puli and Shalit (2018), in which a hidden
 * confounder U biases the observational CATE by a linear function of the one covariate X.
 *
 * <p>Both samples share the outcome model
 * \[ Y = 1 + T + X + 2TX + 0.5X^2 + 0.75TX^2 + U + \sigma\varepsilon ,
 *    \quad \varepsilon \sim N(0, 1). \]
 * <ul>
 *   <li>RCT: \( X \sim U(-1, 1) \), \( U \sim N(0, 1) \) independent of X, and
 *       \( T \sim \text{Bernoulli}(\pi) \).</li>
 *   <li>Observational: \( T \sim \text{Bernoulli}(q) \) first, then
 *       \( (X, U) \mid T = t \sim N(0, [[1, t - 1/2], [t - 1/2, 1]]) \), so that
 *       \( E[U \mid X, T = t] = (t - 1/2) X \). The probability q (default 0.5) leaves ω
 *       unchanged, because the design fixes the law of (X, U) within each arm.</li>
 * </ul>
 * Hence the closed forms \( \tau(x) = 1 + 2x + 0.75x^2 \),
 * \( \omega(x) = 1 + 3x + 0.75x^2 \) and \( \Delta(x) = -x \), evaluated through
 * {@link SimulationDesigns}. U is not part of the returned
 * covariates. Evaluation points are U(-1, 1) inside the support and, outside it, drawn from
 * (1, 3) or from both sides as set by {@link #withOutOfSupportDraw(OutOfSupportDraw)}.
 *
 * <ul>
 *   <li>The same seed gives the same data, with separate streams for the two samples and the
 *       two sets of evaluation points.</li>
 *   <li>The marginal difference of observational arm means is unbiased for E[τ(X)] = 1.75,
 *       because E[Δ(X)] = 0 there. The bias shows only conditionally on X.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> One covariate only. The observational covariate is normal,
 * so about 0.3 % of it lies outside the (-3, 3) range of the out-of-support evaluation points.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Kallus, Puli and Shalit (2018), Removing hidden confounding by experimental
 * grounding, Advances in Neural Information Processing Systems 31.
 */
public final class LinearGapSimulation {

    private static final LinearGapSimulation DEFAULTS = new LinearGapSimulation(
            new LinearGapSettings(200, 1000, 0.5, 0.5, 0.5, 5000, 5000,
                    OutOfSupportDraw.BOTH_SIDES));

    private final LinearGapSettings settings;

    private LinearGapSimulation(LinearGapSettings settings) {
        this.settings = settings;
    }

    /**
     * Returns the simulation with n_E = 200, n_O = 1000, π = 0.5, observational P(T = 1) = 0.5,
     * σ = 0.5 and 5000 evaluation points on each side of the support boundary, drawn from both
     * sides.
     */
    public static LinearGapSimulation withDefaults() {
        return DEFAULTS;
    }

    /** Returns the current settings. */
    public LinearGapSettings settings() {
        return settings;
    }

    /** Returns a copy with another RCT size n_E, at least 1. */
    public LinearGapSimulation withExperimentalSize(int size) {
        return new LinearGapSimulation(settings.withExperimentalSize(size));
    }

    /** Returns a copy with another observational size n_O, where 0 generates no such sample. */
    public LinearGapSimulation withObservationalSize(int size) {
        return new LinearGapSimulation(settings.withObservationalSize(size));
    }

    /** Returns a copy with another RCT treatment probability π, strictly inside (0, 1). */
    public LinearGapSimulation withTreatmentProbability(double pi) {
        return new LinearGapSimulation(settings.withTreatmentProbability(pi));
    }

    /** Returns a copy with another observational P(T = 1), in [0, 1]. */
    public LinearGapSimulation withObservationalTreatmentProbability(double q) {
        return new LinearGapSimulation(settings.withObservationalTreatmentProbability(q));
    }

    /** Returns a copy with another outcome noise standard deviation σ, zero or positive. */
    public LinearGapSimulation withNoiseSd(double sigma) {
        return new LinearGapSimulation(settings.withNoiseSd(sigma));
    }

    /** Returns a copy with other numbers of evaluation points inside and outside, each >= 1. */
    public LinearGapSimulation withEvaluationSizes(int inSupport, int outOfSupport) {
        return new LinearGapSimulation(settings.withEvaluationSizes(inSupport, outOfSupport));
    }

    /** Returns a copy that draws out-of-support points as given. */
    public LinearGapSimulation withOutOfSupportDraw(OutOfSupportDraw draw) {
        return new LinearGapSimulation(
                settings.withOutOfSupportDraw(Objects.requireNonNull(draw, "draw")));
    }

    /**
     * Evaluates the outcome mean given the covariate, the confounder and the treatment, before
     * the noise term.
     */
    public static double outcomeMean(int t, double x, double u) {
        return 1 + t + x + 2 * t * x + 0.5 * x * x + 0.75 * t * x * x + u;
    }

    /**
     * Generates one data set.
     *
     * @param seed the seed. The same seed and settings give the same data.
     * @return the data, with the covariate named x1
     */
    public SimulatedData generate(long seed) {
        TrueEffects truth = new LinearGapTruth();
        SimulatedSample experimental = drawExperimental(SimulationRandom.stream(seed, 2), truth);
        SimulatedSample observational = settings.observationalSize() == 0 ? null
                : drawObservational(SimulationRandom.stream(seed, 3), truth);

        RandomGenerator inRandom = SimulationRandom.stream(seed, 4);
        double[][] inPoints = new double[settings.inSupportSize()][];
        for (int i = 0; i < inPoints.length; i++) {
            inPoints[i] = SimulationRandom.uniformPoint(inRandom, 1, -1, 1);
        }
        RandomGenerator outRandom = SimulationRandom.stream(seed, 5);
        double[][] outPoints = new double[settings.outOfSupportSize()][];
        for (int i = 0; i < outPoints.length; i++) {
            outPoints[i] = SimulationRandom.outOfSupportPoint(outRandom, 1, 1, 3,
                    settings.outOfSupportDraw());
        }

        return new SimulatedData(List.of("x1"), settings.treatmentProbability(), seed,
                experimental, observational, EvaluationPoints.evaluate(inPoints, truth),
                EvaluationPoints.evaluate(outPoints, truth), truth);
    }

    private SimulatedSample drawExperimental(RandomGenerator random, TrueEffects truth) {
        int n = settings.experimentalSize();
        double[][] x = new double[n][1];
        int[] t = new int[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = SimulationRandom.uniform(random, -1, 1);
            double u = random.nextGaussian();
            t[i] = SimulationRandom.bernoulli(random, settings.treatmentProbability());
            y[i] = outcomeMean(t[i], x[i][0], u) + settings.noiseSd() * random.nextGaussian();
        }
        return SimulatedSample.of(x, t, y, truth);
    }

    private SimulatedSample drawObservational(RandomGenerator random, TrueEffects truth) {
        int n = settings.observationalSize();
        double[][] x = new double[n][1];
        int[] t = new int[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = SimulationRandom.bernoulli(random, settings.observationalTreatmentProbability());
            double correlation = t[i] - 0.5;
            double first = random.nextGaussian();
            double second = random.nextGaussian();
            x[i][0] = first;
            double u = correlation * first + Math.sqrt(1 - correlation * correlation) * second;
            y[i] = outcomeMean(t[i], x[i][0], u) + settings.noiseSd() * random.nextGaussian();
        }
        return SimulatedSample.of(x, t, y, truth);
    }

    /** The closed-form truth of the design. */
    private static final class LinearGapTruth implements TrueEffects {

        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public double tau(double[] x) {
            SimulationChecks.checkDimension(x, 1);
            return SimulationDesigns.kallusTau(x[0]);
        }

        @Override
        public double omega(double[] x) {
            SimulationChecks.checkDimension(x, 1);
            return SimulationDesigns.kallusOmega(x[0]);
        }

        @Override
        public double delta(double[] x) {
            SimulationChecks.checkDimension(x, 1);
            return SimulationDesigns.kallusGap(x[0]);
        }
    }
}
