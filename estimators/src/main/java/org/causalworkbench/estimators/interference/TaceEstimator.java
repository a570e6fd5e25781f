package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Estimates the true average causal effect (TACE) under local interference by inverse
 * probability weighting on the signature propensity {@code e(X, I) = P(T = 1 | X, I)}, beside
 * the naive and covariate-only comparators.
 *
 * <p>For each adjustment set the propensity is the cell frequency {@code e_c = n1_c / n_c},
 * cells with {@code e_c} outside {@code [eps, 1 - eps]} (and all single-arm cells) are dropped,
 * and over the N kept units
 * <pre>
 *   HT    = (1/N) sum_i [ T_i Y_i / e_i - (1 - T_i) Y_i / (1 - e_i) ]
 *   Hajek = [sum T Y / e] / [sum T / e] - [sum (1 - T) Y / (1 - e)] / [sum (1 - T) / (1 - e)]
 * </pre>
 * With cell frequencies both forms equal the stratified difference
 * {@code sum_c (n_c / N)(mean1_c - mean0_c)}. Under the additive model
 * {@code Y = f(T, X) + g(I, X) + noise} and overlap, the {@code e(X, I)} estimate is unbiased
 * for TACE {@code = E[f(1, X) - f(0, X)]}.
 *
 * <ul>
 *   <li>Units with a missing ({@code null}) signature are left out of the TACE estimate only.</li>
 *   <li>When every unit of an adjustment set is dropped, {@link NoOverlapException} names the
 *       cells that failed.</li>
 *   <li>After trimming, the estimand is the effect on the kept population, which equals the
 *       full TACE only when the effect is constant.</li>
 * </ul>
 *
 * <p>{@link #withPropensity(PropensityModel)} replaces the cell frequencies by binned cells or
 * a logistic regression ({@link PropensityModel}); the estimate formulas stay the same.
 * {@link BlockBootstrap} adds variance estimates.
 *
 * <p><strong>Limitations.</strong> Covariates must be discrete: they enter as cells or as
 * dummies. With cell propensities the signature must be discrete as well.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: O'Riordan and Gilligan-Lee (2025), Local Interference: Removing Interference
 * Bias in Semi-Parametric Causal Models, CLeaR 2025, PMLR 275:1016-1031, Theorem 1.
 */
public final class TaceEstimator {

    /** Trimming bound eps unless {@link #withTrimming(double)} sets another. */
    public static final double DEFAULT_TRIMMING = 0.01;

    private static final TaceEstimator DEFAULTS =
            new TaceEstimator(DEFAULT_TRIMMING, PropensityModel.cells());

    private final double trimming;
    private final PropensityModel propensity;

    private TaceEstimator(double trimming, PropensityModel propensity) {
        this.trimming = trimming;
        this.propensity = propensity;
    }

    /**
     * Returns the estimator with trimming bound {@value #DEFAULT_TRIMMING} and cell-frequency
     * propensities.
     */
    public static TaceEstimator withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another trimming bound.
     *
     * @param epsilon in {@code [0, 0.5)}; 0 drops only single-arm cells
     * @return the copy
     */
    public TaceEstimator withTrimming(double epsilon) {
        if (!(epsilon >= 0 && epsilon < 0.5)) {
            throw new IllegalArgumentException("Invalid trimming bound " + epsilon
                    + ": use a value in [0, 0.5), for example 0.01.");
        }
        return new TaceEstimator(epsilon, propensity);
    }

    /**
     * Returns a copy with another propensity model, used for both {@code e(X)} and
     * {@code e(X, I)}.
     *
     * @param model the model, not {@code null}
     * @return the copy
     */
    public TaceEstimator withPropensity(PropensityModel model) {
        if (model == null) {
            throw new IllegalArgumentException("The propensity model must not be null: use"
                    + " PropensityModel.cells(), bins(K) or logistic().");
        }
        return new TaceEstimator(trimming, model);
    }

    /** Returns the propensity model. */
    public PropensityModel propensity() {
        return propensity;
    }

    /** Returns the trimming bound eps. */
    public double trimming() {
        return trimming;
    }

    /**
     * Computes the naive, covariate-only and TACE estimates.
     *
     * @param treatment 0 or 1 per unit, at least 2 units. Not modified.
     * @param outcome finite outcome per unit. Not modified.
     * @param covariateCells discrete covariate value per unit, compared with {@code equals},
     *     or {@code null} when there are no covariates. Not modified.
     * @param signatures signature per unit, {@code null} entries for missing. Not modified.
     * @return the three estimates with overlap diagnostics
     * @throws IllegalArgumentException if lengths differ, a value is invalid or a covariate
     *     value is {@code null}
     * @throws NoOverlapException if trimming removes every unit of an adjustment set
     * @throws PropensityFitException if a logistic propensity fit does not converge
     */
    public TaceResult estimate(int[] treatment, double[] outcome, List<?> covariateCells,
            List<Signature> signatures) {
        int n = treatment.length;
        InputChecks.check(treatment, outcome, covariateCells, signatures);
        List<Object> noCovariates = Collections.nCopies(n, "all units");
        List<?> covariates = covariateCells == null ? noCovariates : covariateCells;

        WeightedEstimate naive =
                CellWeighting.estimate(Adjustment.NONE, noCovariates, treatment, outcome, trimming);
        int withoutSignature = Collections.frequency(signatures, null);
        if (propensity.kind() == PropensityModel.Kind.LOGISTIC) {
            return estimateLogistic(treatment, outcome, covariateCells, signatures, naive,
                    withoutSignature);
        }
        List<Signature> cellSignatures = propensity.kind() == PropensityModel.Kind.BINS
                ? binned(signatures, propensity.bins()) : signatures;
        List<Object> joint = CellKeys.joint(covariateCells, cellSignatures);
        WeightedEstimate adjusted = CellWeighting.estimate(
                Adjustment.COVARIATES, covariates, treatment, outcome, trimming);
        WeightedEstimate tace = CellWeighting.estimate(
                Adjustment.COVARIATES_AND_SIGNATURE, joint, treatment, outcome, trimming);
        return new TaceResult(naive, adjusted, tace, withoutSignature);
    }

    private TaceResult estimateLogistic(int[] treatment, double[] outcome,
            List<?> covariateCells, List<Signature> signatures, WeightedEstimate naive,
            int withoutSignature) {
        List<String> warnings = new ArrayList<>();
        WeightedEstimate adjusted;
        if (covariateCells != null) {
            LogisticWeighting.Outcome fit = LogisticWeighting.estimate(Adjustment.COVARIATES,
                    covariateCells, null, treatment, outcome, trimming,
                    propensity.maxIterations());
            adjusted = fit.estimate();
            warnings.addAll(fit.warnings());
        } else {
            // Without covariates the logistic e(X) is the intercept-only fit, mean(T).
            adjusted = CellWeighting.estimate(Adjustment.COVARIATES,
                    Collections.nCopies(treatment.length, "all units"), treatment, outcome,
                    trimming);
        }
        LogisticWeighting.Outcome fit = LogisticWeighting.estimate(
                Adjustment.COVARIATES_AND_SIGNATURE, covariateCells, signatures, treatment,
                outcome, trimming, propensity.maxIterations());
        warnings.addAll(fit.warnings());
        return new TaceResult(naive, adjusted, fit.estimate(), withoutSignature, warnings);
    }

    /** Replaces every component by the lower edge of its bin among {@code bins}. */
    private static List<Signature> binned(List<Signature> signatures, int bins) {
        List<Signature> result = new ArrayList<>(signatures.size());
        for (int i = 0; i < signatures.size(); i++) {
            Signature signature = signatures.get(i);
            if (signature == null) {
                result.add(null);
                continue;
            }
            List<ExactFraction> components = new ArrayList<>();
            for (ExactFraction component : signature.components()) {
                double value = component.doubleValue();
                if (value < 0 || value > 1) {
                    throw new IllegalArgumentException("Invalid signature " + component
                            + " for unit " + i + ": binned propensities need components in"
                            + " [0, 1]; use cell or logistic propensities for counts.");
                }
                components.add(SignatureBuilder.binned(new double[] {value}, bins)[0]);
            }
            result.add(new Signature(components));
        }
        return result;
    }
}
