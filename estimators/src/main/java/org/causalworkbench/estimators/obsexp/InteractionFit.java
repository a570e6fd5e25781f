package org.causalworkbench.estimators.obsexp;

/**
 * Result of the observational least-squares fit of Y on {@code [X, X*T]}.
 *
 * @param cate omega(x) = x' beta_(d+1..2d)
 * @param coefficients all 2d coefficients: the covariate block, then the interaction block
 * @param rows observational rows used
 * @param treatedRows rows with T = 1
 * @param residualStandardError sqrt(RSS / (n - 2d)), or NaN when n equals 2d
 */
public record InteractionFit(ObservationalCate cate, double[] coefficients, int rows,
        int treatedRows, double residualStandardError) {

    /** Copies the coefficients. */
    public InteractionFit {
        coefficients = coefficients.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** Returns the interaction block beta_(d+1..2d), the coefficients of omega. */
    public double[] cateCoefficients() {
        int d = coefficients.length / 2;
        double[] block = new double[d];
        System.arraycopy(coefficients, d, block, 0, d);
        return block;
    }
}
