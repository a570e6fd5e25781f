package org.causalworkbench.estimators.obsexp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.causalworkbench.estimators.gp.GaussianProcessDiagnostics;
import org.causalworkbench.estimators.gp.GaussianProcessPrediction;
import org.causalworkbench.estimators.gp.Kernel;

/**
 * A fitted model of the gap &Delta; = &tau; - &omega;: its hyperparameters, its fit diagnostics
 * and intervals at new points.
 *
 * <p>A point is inside the trial's support when its gap-kernel similarity to the nearest trial
 * row, max<sub>i</sub> k<sub>&Delta;</sub>(x, X<sub>i</sub>), is at least the support threshold.
 * Outside, the interval reverts to the prior (c &plusmn; multiplier), which carries no
 * information from the trial.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class GapModel {

    private final GapHyperparameters hyperparameters;
    private final GaussianProcessDiagnostics diagnostics;
    private final Function<double[][], GaussianProcessPrediction> predictor;
    private final Kernel gapKernel;
    private final double[][] trialCovariates;
    private final double multiplier;
    private final double supportThreshold;

    GapModel(GapHyperparameters hyperparameters, GaussianProcessDiagnostics diagnostics,
            Function<double[][], GaussianProcessPrediction> predictor, Kernel gapKernel,
            double[][] trialCovariates, double multiplier, double supportThreshold) {
        this.hyperparameters = hyperparameters;
        this.diagnostics = diagnostics;
        this.predictor = predictor;
        this.gapKernel = gapKernel;
        this.trialCovariates = trialCovariates;
        this.multiplier = multiplier;
        this.supportThreshold = supportThreshold;
    }

    /** Returns the hyperparameters, fitted or given. */
    public GapHyperparameters hyperparameters() {
        return hyperparameters;
    }

    /** Returns the fit diagnostics: -log p / n, jitter, iterations and warnings. */
    public GaussianProcessDiagnostics diagnostics() {
        return diagnostics;
    }

    /** Returns -log p(z) / n at the hyperparameters. */
    public double negativeLogLikelihoodPerPoint() {
        return diagnostics.negativeLogLikelihoodPerPoint();
    }

    /** Returns the interval half-width in posterior standard deviations, 1.96 by default. */
    public double multiplier() {
        return multiplier;
    }

    /**
     * Predicts the gap and the corrected CATE with this model's interval multiplier.
     *
     * @param points m rows of covariates. Not modified.
     * @param omega &omega; at each point
     * @return one prediction per point
     */
    public List<GapPrediction> predict(double[][] points, double[] omega) {
        return predict(points, omega, multiplier);
    }

    /**
     * Predicts with another interval multiplier, for example the uniform bound's.
     *
     * @param points m rows of covariates. Not modified.
     * @param omega &omega; at each point
     * @param halfWidth the interval half-width in posterior standard deviations
     * @return one prediction per point
     */
    public List<GapPrediction> predict(double[][] points, double[] omega, double halfWidth) {
        if (points.length != omega.length) {
            throw new IllegalArgumentException(points.length + " evaluation points but "
                    + omega.length + " omega values; give one per point");
        }
        for (double[] point : points) {
            if (point.length != trialCovariates[0].length) {
                throw new IllegalArgumentException("an evaluation point has " + point.length
                        + " covariates but the trial has " + trialCovariates[0].length);
            }
        }
        GaussianProcessPrediction prediction = predictor.apply(points);
        double[] mean = prediction.mean();
        double[] variance = prediction.latentVariance();
        List<GapPrediction> out = new ArrayList<>(points.length);
        for (int i = 0; i < points.length; i++) {
            double sd = Math.sqrt(Math.max(variance[i], 0));
            double gapLower = mean[i] - halfWidth * sd;
            double gapUpper = mean[i] + halfWidth * sd;
            out.add(new GapPrediction(points[i], omega[i], mean[i], variance[i], gapLower,
                    gapUpper, omega[i] + gapLower, omega[i] + gapUpper, inSupport(points[i])));
        }
        return out;
    }

    /** Returns whether a point is within the trial's support, see the class comment. */
    public boolean inSupport(double[] point) {
        double nearest = 0;
        for (double[] row : trialCovariates) {
            nearest = Math.max(nearest, gapKernel.value(point, row));
        }
        return nearest >= supportThreshold;
    }
}
