package org.causalworkbench.estimators.obsexp.simulate;

import java.util.Arrays;

/**
 * One simulated sample, RCT or observational: covariates, treatment, outcome and the true effect
 * functions evaluated at each row.
 *
 * <p>The constructor copies every array and the accessors return copies, so each whole-array
 * call costs O(n·d). Loops should use the per-row accessors such as {@link #covariate(int, int)}.
 * Two samples are equal when all their values are equal.
 *
 * @param covariates the n×d covariate matrix, one array per row
 * @param treatments the treatment of each row, 0 or 1
 * @param outcomes the outcome of each row
 * @param trueTau the true CATE \( \tau(x_i) \) at each row
 * @param trueOmega the observational CATE \( \omega(x_i) \) at each row
 * @param trueDelta the gap \( \Delta(x_i) \) at each row
 */
public record SimulatedSample(double[][] covariates, int[] treatments, double[] outcomes,
        double[] trueTau, double[] trueOmega, double[] trueDelta) {

    /**
     * Checks the shapes and copies the arrays.
     *
     * @throws IllegalArgumentException if the sample is empty, the covariate matrix is ragged,
     *     the arrays differ in length or a treatment is not 0 or 1
     */
    public SimulatedSample {
        covariates = SampleArrays.copyMatrix(covariates, "covariates");
        int n = covariates.length;
        treatments = treatments.clone();
        outcomes = SampleArrays.copyColumn(outcomes, n, "outcomes");
        trueTau = SampleArrays.copyColumn(trueTau, n, "trueTau");
        trueOmega = SampleArrays.copyColumn(trueOmega, n, "trueOmega");
        trueDelta = SampleArrays.copyColumn(trueDelta, n, "trueDelta");
        if (treatments.length != n) {
            throw new IllegalArgumentException("treatments has " + treatments.length
                    + " entries but covariates has " + n + " rows; give one per row.");
        }
        for (int i = 0; i < n; i++) {
            if (treatments[i] != 0 && treatments[i] != 1) {
                throw new IllegalArgumentException("treatment of row " + i + " is "
                        + treatments[i] + "; treatments must be 0 or 1.");
            }
        }
    }

    /**
     * Builds a sample whose true-effect columns are evaluated from a truth.
     *
     * @param covariates the n×d covariate matrix. Not modified.
     * @param treatments the treatments, 0 or 1. Not modified.
     * @param outcomes the outcomes. Not modified.
     * @param truth the effect functions evaluated at each row
     * @return the sample
     */
    public static SimulatedSample of(double[][] covariates, int[] treatments, double[] outcomes,
            TrueEffects truth) {
        double[][] columns = SampleArrays.evaluateTruth(covariates, truth);
        return new SimulatedSample(covariates, treatments, outcomes, columns[0], columns[1],
                columns[2]);
    }

    /** Returns the number of rows. */
    public int size() {
        return covariates.length;
    }

    /** Returns the number of covariates. */
    public int dimension() {
        return covariates[0].length;
    }

    /** Returns one covariate value without copying the matrix. */
    public double covariate(int row, int column) {
        return covariates[row][column];
    }

    /** Returns one row's treatment, 0 or 1. */
    public int treatment(int row) {
        return treatments[row];
    }

    /** Returns one row's outcome. */
    public double outcome(int row) {
        return outcomes[row];
    }

    @Override
    public double[][] covariates() {
        return SampleArrays.copyMatrix(covariates, "covariates");
    }

    @Override
    public int[] treatments() {
        return treatments.clone();
    }

    @Override
    public double[] outcomes() {
        return outcomes.clone();
    }

    @Override
    public double[] trueTau() {
        return trueTau.clone();
    }

    @Override
    public double[] trueOmega() {
        return trueOmega.clone();
    }

    @Override
    public double[] trueDelta() {
        return trueDelta.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SimulatedSample that
                && Arrays.deepEquals(covariates, that.covariates)
                && Arrays.equals(treatments, that.treatments)
                && Arrays.equals(outcomes, that.outcomes)
                && Arrays.equals(trueTau, that.trueTau)
                && Arrays.equals(trueOmega, that.trueOmega)
                && Arrays.equals(trueDelta, that.trueDelta);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(covariates) * 31 + Arrays.hashCode(outcomes);
    }

    @Override
    public String toString() {
        return "SimulatedSample[n=" + size() + ", d=" + dimension() + "]";
    }
}
