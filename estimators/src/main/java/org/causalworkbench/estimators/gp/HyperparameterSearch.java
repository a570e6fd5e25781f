package org.causalworkbench.estimators.gp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Maximum-marginal-likelihood search of {@link GaussianProcessRegression#fit} over one data set.
 *
 * <p>The search vector u contains the covariance's learned log-hyperparameters, then c if learned,
 * then log(&sigma;<sup>2</sup> - bound) if &sigma;<sup>2</sup> is learned. The objective is
 * -log p(z) / n, so tolerances do not depend on n.
 */
final class HyperparameterSearch<P> {

    /** Random starts move each log-scale coordinate by up to this much from the configured one. */
    private static final double LOG_SPREAD = 2;
    private static final double LENGTHSCALE_COLLAPSE_RATIO = 1e-3;
    private static final double NOISE_EXPLOSION_RATIO = 10;

    private final GaussianProcessRegression<P> regression;
    private final List<P> inputs;
    private final double[] targets;
    private final int covarianceCount;

    HyperparameterSearch(GaussianProcessRegression<P> regression, List<P> inputs,
            double[] targets) {
        this.regression = regression;
        this.inputs = inputs;
        this.targets = targets;
        this.covarianceCount = regression.covariance().parameterCount();
    }

    GaussianProcessFit<P> run(ProgressSink progress, CancellationToken cancellation) {
        List<String> warnings = new ArrayList<>();
        // Conditioning at the configured values first lets invalid data or a covariance that
        // does not fit the inputs fail with its own message.
        GaussianProcessPosterior<P> initial = regression.condition(inputs, targets);
        int dimension = searchDimension();
        if (dimension == 0) {
            return finish(regression, initial, 0, 1, 0, true, warnings);
        }

        LbfgsMinimizer minimizer = LbfgsMinimizer.withDefaults()
                .withMaxIterations(regression.maxIterations());
        SplittableRandom random = new SplittableRandom(regression.seed());
        double[] configured = configuredPoint();
        int starts = regression.restarts() + 1;
        LbfgsMinimizer.Result best = null;
        int iterations = 0;
        int evaluations = 0;
        for (int start = 0; start < starts; start++) {
            cancellation.throwIfCancellationRequested();
            progress.message("Hyperparameter optimisation, start " + (start + 1) + " of "
                    + starts);
            double[] point = start == 0 ? configured : randomStart(configured, random);
            try {
                LbfgsMinimizer.Result result =
                        minimizer.minimize(this::evaluate, point, cancellation);
                iterations += result.iterations();
                evaluations += result.evaluations();
                if (best == null || result.value() < best.value()) {
                    best = result;
                }
            } catch (IllegalArgumentException e) {
                evaluations++;
                warnings.add("optimiser start " + (start + 1) + " of " + starts
                        + " was skipped because the marginal likelihood or its gradient is not"
                        + " finite at the start point");
            }
            progress.progress(start + 1, starts);
        }

        if (best == null) {
            throw new IllegalStateException("every optimiser start failed, although the"
                    + " marginal likelihood is finite at the configured hyperparameters");
        }
        GaussianProcessRegression<P> fitted = regressionAt(best.point());
        GaussianProcessPosterior<P> posterior = fitted.condition(inputs, targets);
        if (!best.converged()) {
            warnings.add("the best optimiser start stopped before converging ("
                    + best.status() + " after " + best.iterations() + " iterations)");
        }
        return finish(fitted, posterior, iterations, evaluations, regression.restarts(),
                best.converged(), warnings);
    }

    private int searchDimension() {
        return covarianceCount + (regression.meanLearned() ? 1 : 0)
                + (regression.noiseVarianceLearned() ? 1 : 0);
    }

    private double[] configuredPoint() {
        double[] point = new double[searchDimension()];
        double[] logs = regression.covariance().logParameters();
        System.arraycopy(logs, 0, point, 0, covarianceCount);
        int index = covarianceCount;
        if (regression.meanLearned()) {
            point[index++] = regression.mean();
        }
        if (regression.noiseVarianceLearned()) {
            double bound = regression.noiseVarianceLowerBound();
            double excess = regression.noiseVariance() - bound;
            // A variance on its bound has no finite log excess, so start just above it.
            point[index] = Math.log(excess > 0 ? excess : Math.max(bound, 1e-8));
        }
        return point;
    }

    private double[] randomStart(double[] configured, SplittableRandom random) {
        double[] point = configured.clone();
        for (int k = 0; k < covarianceCount; k++) {
            point[k] += random.nextDouble(-LOG_SPREAD, LOG_SPREAD);
        }
        int index = covarianceCount;
        if (regression.meanLearned()) {
            double spread = Math.sqrt(variance(targets));
            point[index++] = mean(targets) + (spread > 0 ? random.nextDouble(-spread, spread) : 0);
        }
        if (regression.noiseVarianceLearned()) {
            point[index] += random.nextDouble(-LOG_SPREAD, LOG_SPREAD);
        }
        return point;
    }

    private GaussianProcessRegression<P> regressionAt(double[] point) {
        double[] logs = new double[covarianceCount];
        System.arraycopy(point, 0, logs, 0, covarianceCount);
        GaussianProcessRegression<P> result =
                regression.withCovariance(regression.covariance().withLogParameters(logs));
        int index = covarianceCount;
        if (regression.meanLearned()) {
            result = result.withMean(point[index++]);
        }
        if (regression.noiseVarianceLearned()) {
            result = result.withNoiseVariance(
                    regression.noiseVarianceLowerBound() + Math.exp(point[index]));
        }
        return result;
    }

    /** Evaluates -log p(z) / n and its gradient in the search coordinates. */
    private double evaluate(double[] point, double[] gradient) {
        GaussianProcessPosterior<P> posterior;
        try {
            posterior = regressionAt(point).condition(inputs, targets);
        } catch (IllegalArgumentException e) {
            // Hyperparameters that overflow, or a kernel matrix that stays singular, lie outside
            // the domain, and the line search shortens its step.
            return Double.POSITIVE_INFINITY;
        }
        double n = inputs.size();
        double[] full = posterior.negativeLogMarginalLikelihoodGradient();
        for (int k = 0; k < covarianceCount; k++) {
            gradient[k] = full[k] / n;
        }
        int index = covarianceCount;
        if (regression.meanLearned()) {
            gradient[index++] = full[covarianceCount] / n;
        }
        if (regression.noiseVarianceLearned()) {
            // d/du with sigma^2 = bound + e^u is d/d(log sigma^2) times e^u / sigma^2.
            double variance = posterior.noiseVariance();
            double excess = variance - regression.noiseVarianceLowerBound();
            gradient[index] = full[covarianceCount + 1] * excess / variance / n;
        }
        return posterior.negativeLogMarginalLikelihoodPerPoint();
    }

    private GaussianProcessFit<P> finish(GaussianProcessRegression<P> fitted,
            GaussianProcessPosterior<P> posterior, int iterations, int evaluations,
            int restartCount, boolean converged, List<String> warnings) {
        addHyperparameterWarnings(fitted, warnings);
        if (posterior.jitter() > 0) {
            warnings.add("jitter " + posterior.jitter() + " was added to the diagonal of the"
                    + " kernel matrix because its Cholesky factorisation failed without it");
        }
        GaussianProcessDiagnostics diagnostics = new GaussianProcessDiagnostics(
                posterior.negativeLogMarginalLikelihoodPerPoint(), iterations, evaluations,
                restartCount, converged, posterior.jitter(), warnings);
        return new GaussianProcessFit<>(fitted, posterior, diagnostics);
    }

    private void addHyperparameterWarnings(GaussianProcessRegression<P> fitted,
            List<String> warnings) {
        CovarianceFunction<P> covariance = fitted.covariance();
        List<Hyperparameter> descriptions = covariance.hyperparameters();
        double[] logs = covariance.logParameters();
        for (int k = 0; k < descriptions.size(); k++) {
            Hyperparameter description = descriptions.get(k);
            if (description.kind() != Hyperparameter.Kind.LENGTHSCALE) {
                continue;
            }
            double range = covariateRange(covariance, description.covariateIndex());
            double lengthscale = Math.exp(logs[k]);
            if (range > 0 && lengthscale < LENGTHSCALE_COLLAPSE_RATIO * range) {
                warnings.add("lengthscale " + description.name() + " = " + lengthscale
                        + " is below " + LENGTHSCALE_COLLAPSE_RATIO + " times the range " + range
                        + " of covariate " + description.covariateIndex()
                        + ", so the fit may interpolate noise");
            }
        }
        double targetVariance = variance(targets);
        if (targetVariance > 0 && fitted.noiseVariance() > NOISE_EXPLOSION_RATIO * targetVariance) {
            warnings.add("noise variance " + fitted.noiseVariance() + " exceeds "
                    + NOISE_EXPLOSION_RATIO + " times the target variance " + targetVariance
                    + ", so the covariance function explains almost none of the targets");
        }
    }

    private double covariateRange(CovarianceFunction<P> covariance, int index) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (P input : inputs) {
            double value = covariance.covariates(input)[index];
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max - min;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** Returns the sample variance with denominator n - 1, or 0 for a single value. */
    private static double variance(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double center = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - center) * (value - center);
        }
        return sum / (values.length - 1);
    }
}
