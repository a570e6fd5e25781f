package org.causalworkbench.estimators.interference;

import java.util.Objects;

/**
 * Model class for the propensities {@code e(X)} and {@code e(X, I)} of {@link TaceEstimator}.
 *
 * <ul>
 *   <li>{@link #cells()}: cell frequencies {@code n1_c / n_c} over the exact values of
 *       {@code (X, I)}. Exact, no tuning; a near-continuous signature leaves many single-arm
 *       cells that are dropped.</li>
 *   <li>{@link #bins(int)}: each signature component, which must lie in [0, 1], is replaced by
 *       the lower edge of its bin among K equal-width bins, then cell frequencies are used.</li>
 *   <li>{@link #logistic()}: logistic regression fitted by Newton-Raphson (IRLS) on an
 *       intercept, dummies of the covariate cells (the first cell is the reference), the
 *       powers 1 to 3 of each signature component rescaled to [-1, 1] by its observed range,
 *       and every dummy times every signature power. Columns collinear on the data are left
 *       out. Units with a fitted propensity numerically 0 or 1 (separation) are dropped and
 *       reported in {@link TaceResult#warnings()}.</li>
 * </ul>
 * The covariate-only comparator uses the same class with the signature left out, which for the
 * logistic model leaves the saturated model in the covariate cells. The naive comparator always
 * uses {@code e = mean(T)}.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class PropensityModel {

    /** Model class. */
    public enum Kind {
        /** Exact cell frequencies. */
        CELLS,
        /** Cell frequencies after binning each signature component. */
        BINS,
        /** Logistic regression on covariate dummies and a cubic signature basis. */
        LOGISTIC
    }

    /** Newton iterations before the logistic fit is reported as not converged. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;

    private static final PropensityModel CELLS = new PropensityModel(Kind.CELLS, 0,
            DEFAULT_MAX_ITERATIONS);
    private static final PropensityModel LOGISTIC = new PropensityModel(Kind.LOGISTIC, 0,
            DEFAULT_MAX_ITERATIONS);

    private final Kind kind;
    private final int bins;
    private final int maxIterations;

    private PropensityModel(Kind kind, int bins, int maxIterations) {
        this.kind = kind;
        this.bins = bins;
        this.maxIterations = maxIterations;
    }

    /** Returns the exact cell-frequency model, the default of {@link TaceEstimator}. */
    public static PropensityModel cells() {
        return CELLS;
    }

    /**
     * Returns the cell-frequency model on binned signatures.
     *
     * @param bins number K of equal-width bins on [0, 1], at least 1; 20 is a common choice
     * @return the model
     */
    public static PropensityModel bins(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException(
                    "Invalid number of bins " + bins + ": use 1 or more, for example 20.");
        }
        return new PropensityModel(Kind.BINS, bins, DEFAULT_MAX_ITERATIONS);
    }

    /** Returns the logistic regression model with {@value #DEFAULT_MAX_ITERATIONS} iterations. */
    public static PropensityModel logistic() {
        return LOGISTIC;
    }

    /**
     * Returns a copy with another iteration limit for the logistic fit; other kinds ignore it.
     *
     * @param iterations at least 1
     * @return the copy
     */
    public PropensityModel withMaxIterations(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("Invalid iteration limit " + iterations
                    + ": use 1 or more, for example " + DEFAULT_MAX_ITERATIONS + ".");
        }
        return new PropensityModel(kind, bins, iterations);
    }

    /** Returns the model class. */
    public Kind kind() {
        return kind;
    }

    /** Returns K for {@link Kind#BINS}, otherwise 0. */
    public int bins() {
        return bins;
    }

    /** Returns the iteration limit of the logistic fit. */
    public int maxIterations() {
        return maxIterations;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PropensityModel model && model.kind == kind
                && model.bins == bins && model.maxIterations == maxIterations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, bins, maxIterations);
    }

    /** Returns "cells", "bins:K" or "logistic", the spelling of the command line. */
    @Override
    public String toString() {
        return switch (kind) {
            case CELLS -> "cells";
            case BINS -> "bins:" + bins;
            case LOGISTIC -> "logistic";
        };
    }
}
