package org.causalworkbench.estimators.obsexp;

import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Holds a randomised trial: covariates, a 0/1 treatment, the outcome and the known treatment
 * probability.
 *
 * @param covariates n rows of d covariates
 * @param treatment n values, each 0 or 1
 * @param outcome n outcomes
 * @param propensity the known probability of treatment, strictly between 0 and 1
 */
public record TrialData(double[][] covariates, double[] treatment, double[] outcome,
        double propensity) {

    /**
     * The smallest treatment probability accepted, and one minus the largest. Beyond it the
     * pseudo-outcome weights exceed 1000 and the kernel matrix becomes numerically singular.
     */
    public static final double MIN_PROPENSITY = 0.001;

    /**
     * Checks the trial and copies its arrays.
     *
     * @throws IllegalArgumentException if the propensity is not strictly between 0 and 1, or
     *     is below {@link #MIN_PROPENSITY} or above one minus it
     * @throws DataFormatException if the lengths differ, a value is not finite, a treatment is
     *     not 0 or 1, every outcome is the same, or an arm has fewer than two rows
     */
    public TrialData {
        if (!(propensity > 0 && propensity < 1)) {
            throw new IllegalArgumentException("the treatment probability must be strictly"
                    + " between 0 and 1, got " + propensity + "; give the trial's known"
                    + " randomisation probability");
        }
        if (propensity < MIN_PROPENSITY || propensity > 1 - MIN_PROPENSITY) {
            throw new IllegalArgumentException("the treatment probability " + propensity
                    + " is too extreme: the pseudo-outcome weights 1/p and 1/(1 - p) exceed "
                    + Math.round(1 / MIN_PROPENSITY) + "; use a trial with p between "
                    + MIN_PROPENSITY + " and " + (1 - MIN_PROPENSITY));
        }
        int n = covariates.length;
        if (treatment.length != n || outcome.length != n) {
            throw new DataFormatException("the trial has " + n + " covariate rows but "
                    + treatment.length + " treatments and " + outcome.length + " outcomes");
        }
        covariates = copyRows(covariates);
        treatment = treatment.clone();
        outcome = outcome.clone();
        int treated = 0;
        for (int i = 0; i < n; i++) {
            if (treatment[i] != 0 && treatment[i] != 1) {
                throw new DataFormatException("trial row " + (i + 1) + ": treatment "
                        + treatment[i] + " is not binary; code it 0 or 1");
            }
            if (!Double.isFinite(outcome[i])) {
                throw new DataFormatException("trial row " + (i + 1) + ": the outcome is not"
                        + " finite");
            }
            treated += (int) treatment[i];
        }
        boolean constant = true;
        for (int i = 1; i < n && constant; i++) {
            constant = outcome[i] == outcome[0];
        }
        if (constant) {
            throw new DataFormatException("every trial outcome equals " + outcome[0] + "; with"
                    + " no variation there is nothing to test or fit, so check the outcome"
                    + " column");
        }
        if (treated < 2 || n - treated < 2) {
            throw new DataFormatException("the trial has " + treated + " treated and "
                    + (n - treated) + " control rows; each arm needs at least two");
        }
    }

    private static double[][] copyRows(double[][] rows) {
        double[][] copy = new double[rows.length][];
        int d = rows.length == 0 ? 0 : rows[0].length;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d || d == 0) {
                throw new DataFormatException("trial row " + (i + 1) + " has "
                        + rows[i].length + " covariates, expected " + d + " (at least one)");
            }
            for (double value : rows[i]) {
                if (!Double.isFinite(value)) {
                    throw new DataFormatException("trial row " + (i + 1) + ": a covariate is"
                            + " not finite");
                }
            }
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    /** Returns the number of rows. */
    public int size() {
        return outcome.length;
    }

    /** Returns the number of covariates. */
    public int dimension() {
        return covariates[0].length;
    }

    @Override
    public double[][] covariates() {
        return copyRows(covariates);
    }

    @Override
    public double[] treatment() {
        return treatment.clone();
    }

    @Override
    public double[] outcome() {
        return outcome.clone();
    }
}
