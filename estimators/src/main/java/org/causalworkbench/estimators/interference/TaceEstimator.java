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
 * <p><strong>Limitations.</strong> Covariates and signatures must be discrete, because
 * propensities come from exact cells only. A continuous signature must first be binned with
 * {@link SignatureBuilder#binned(double[], int)}. A logistic propensity model and variance
 * estimates are not implemented.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: O'Riordan and Gilligan-Lee (2025), Local Interference: Removing Interference
 * Bias in Semi-Parametric Causal Models, CLeaR 2025, PMLR 275:1016-1031, Theorem 1.
 */
public final class TaceEstimator {

    /** Trimming bound eps unless {@link #withTrimming(double)} sets another. */
    public static final double DEFAULT_TRIMMING = 0.01;

    private static final TaceEstimator DEFAULTS = new TaceEstimator(DEFAULT_TRIMMING);

    private final double trimming;

    private TaceEstimator(double trimming) {
        this.trimming = trimming;
    }

    /** Returns the estimator with trimming bound {@value #DEFAULT_TRIMMING}. */
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
        return new TaceEstimator(epsilon);
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
     */
    public TaceResult estimate(int[] treatment, double[] outcome, List<?> covariateCells,
            List<Signature> signatures) {
        int n = treatment.length;
        checkInputs(treatment, outcome, covariateCells, signatures);
        List<Object> noCovariates = Collections.nCopies(n, "all units");
        List<?> covariates = covariateCells == null ? noCovariates : covariateCells;

        List<Object> joint = new ArrayList<>(n);
        int withoutSignature = 0;
        for (int i = 0; i < n; i++) {
            Signature signature = signatures.get(i);
            if (signature == null) {
                withoutSignature++;
                joint.add(null);
            } else {
                joint.add(covariateCells == null ? signature
                        : List.of(covariates.get(i), signature));
            }
        }

        WeightedEstimate naive =
                CellWeighting.estimate(Adjustment.NONE, noCovariates, treatment, outcome, trimming);
        WeightedEstimate adjusted = CellWeighting.estimate(
                Adjustment.COVARIATES, covariates, treatment, outcome, trimming);
        WeightedEstimate tace = CellWeighting.estimate(
                Adjustment.COVARIATES_AND_SIGNATURE, joint, treatment, outcome, trimming);
        return new TaceResult(naive, adjusted, tace, withoutSignature);
    }

    private static void checkInputs(int[] treatment, double[] outcome, List<?> covariateCells,
            List<Signature> signatures) {
        int n = treatment.length;
        if (n < 2) {
            throw new IllegalArgumentException(
                    "The estimate needs at least 2 units, but " + n + " were given.");
        }
        SignatureBuilder.checkTreatment(treatment, n);
        checkLength("outcome", outcome.length, n);
        checkLength("signature", signatures.size(), n);
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(outcome[i])) {
                throw new IllegalArgumentException("Invalid outcome " + outcome[i] + " for unit "
                        + i + ": outcomes must be finite.");
            }
        }
        if (covariateCells != null) {
            checkLength("covariate", covariateCells.size(), n);
            for (int i = 0; i < n; i++) {
                if (covariateCells.get(i) == null) {
                    throw new IllegalArgumentException("Missing covariate value for unit " + i
                            + ": drop the unit or give it a value.");
                }
            }
        }
    }

    private static void checkLength(String name, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException("The " + name + " input has " + length
                    + " entries, expected " + expected + " (one per unit).");
        }
    }
}
