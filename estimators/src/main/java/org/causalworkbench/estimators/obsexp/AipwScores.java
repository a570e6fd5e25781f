package org.causalworkbench.estimators.obsexp;

/**
 * AIPW scores of the RCT rows with the cross-fitted arm regressions behind them.
 *
 * <p>The arrays are copied on the way in and on the way out, so the record stays immutable.
 *
 * @param scores phi_i, one per row, each unbiased for tau(X_i)
 * @param foldOfRow the cross-fitting fold of each row, from 0 to K - 1
 * @param treatedPredictions m1(X_i) from the treated-arm fit that left out the row's fold
 * @param controlPredictions m0(X_i) from the control-arm fit that left out the row's fold
 * @param treatedCoefficients per fold, the treated-arm coefficients on {@code [1, X]}
 * @param controlCoefficients per fold, the control-arm coefficients on {@code [1, X]}
 * @param seed the seed of the fold assignment
 */
public record AipwScores(double[] scores, int[] foldOfRow, double[] treatedPredictions,
        double[] controlPredictions, double[][] treatedCoefficients,
        double[][] controlCoefficients, long seed) {

    /** Copies every array. */
    public AipwScores {
        scores = scores.clone();
        foldOfRow = foldOfRow.clone();
        treatedPredictions = treatedPredictions.clone();
        controlPredictions = controlPredictions.clone();
        treatedCoefficients = deepCopy(treatedCoefficients);
        controlCoefficients = deepCopy(controlCoefficients);
    }

    /** Returns the number of cross-fitting folds. */
    public int folds() {
        return treatedCoefficients.length;
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }

    @Override
    public int[] foldOfRow() {
        return foldOfRow.clone();
    }

    @Override
    public double[] treatedPredictions() {
        return treatedPredictions.clone();
    }

    @Override
    public double[] controlPredictions() {
        return controlPredictions.clone();
    }

    @Override
    public double[][] treatedCoefficients() {
        return deepCopy(treatedCoefficients);
    }

    @Override
    public double[][] controlCoefficients() {
        return deepCopy(controlCoefficients);
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
