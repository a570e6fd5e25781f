package org.causalworkbench.estimators.obsexp.simulate;

import java.util.Arrays;

/**
 * Points at which an estimate is scored against the simulated truth, with the true CATE,
 * observational CATE and gap at each point.
 *
 * <p>The constructor copies every array and the accessors return copies. Two sets are equal when
 * all their values are equal.
 *
 * @param covariates the m×d matrix of points, one array per point
 * @param trueTau the true CATE at each point
 * @param trueOmega the observational CATE at each point
 * @param trueDelta the gap at each point
 */
public record EvaluationPoints(double[][] covariates, double[] trueTau, double[] trueOmega,
        double[] trueDelta) {

    /**
     * Checks the shapes and copies the arrays.
     *
     * @throws IllegalArgumentException if there are no points, the matrix is ragged or the
     *     arrays differ in length
     */
    public EvaluationPoints {
        covariates = SampleArrays.copyMatrix(covariates, "covariates");
        int m = covariates.length;
        trueTau = SampleArrays.copyColumn(trueTau, m, "trueTau");
        trueOmega = SampleArrays.copyColumn(trueOmega, m, "trueOmega");
        trueDelta = SampleArrays.copyColumn(trueDelta, m, "trueDelta");
    }

    /**
     * Evaluates a truth at the given points.
     *
     * @param covariates the m×d matrix of points. Not modified.
     * @param truth the effect functions
     * @return the points with their true values
     */
    public static EvaluationPoints evaluate(double[][] covariates, TrueEffects truth) {
        double[][] columns = SampleArrays.evaluateTruth(covariates, truth);
        return new EvaluationPoints(covariates, columns[0], columns[1], columns[2]);
    }

    /** Returns the number of points. */
    public int size() {
        return covariates.length;
    }

    /** Returns the number of covariates. */
    public int dimension() {
        return covariates[0].length;
    }

    /** Returns one coordinate without copying the matrix. */
    public double covariate(int point, int column) {
        return covariates[point][column];
    }

    @Override
    public double[][] covariates() {
        return SampleArrays.copyMatrix(covariates, "covariates");
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
        return other instanceof EvaluationPoints that
                && Arrays.deepEquals(covariates, that.covariates)
                && Arrays.equals(trueTau, that.trueTau)
                && Arrays.equals(trueOmega, that.trueOmega)
                && Arrays.equals(trueDelta, that.trueDelta);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(covariates) * 31 + Arrays.hashCode(trueDelta);
    }

    @Override
    public String toString() {
        return "EvaluationPoints[m=" + size() + ", d=" + dimension() + "]";
    }
}
