package org.causalworkbench.estimators.interference.simulate;

/**
 * Split of the mean naive bias into the covariate and signature imbalances, for a process
 * whose conditional mean {@code E[Y | T, X, I]} is linear in X and I:
 * <pre>
 *   naive bias = b_X (mean X treated - mean X untreated) + b_I (mean I treated - mean I untreated)
 * </pre>
 * The identity holds in expectation. In one sample the outcome noise adds a residual, whose
 * mean over replicates tends to 0.
 *
 * @param covariateCoefficient b_X, the process's true coefficient of X
 * @param signatureCoefficient b_I, the process's true coefficient of I
 * @param covariatePart b_X times the mean X difference over replicates
 * @param signaturePart b_I times the mean I difference over replicates
 * @param naiveBias the mean naive bias over replicates
 */
public record BiasDecomposition(
        double covariateCoefficient,
        double signatureCoefficient,
        double covariatePart,
        double signaturePart,
        double naiveBias) {

    /** Returns the predicted naive bias, the sum of the two parts. */
    public double predictedBias() {
        return covariatePart + signaturePart;
    }

    /** Returns the mean naive bias minus the predicted one, which is noise. */
    public double residual() {
        return naiveBias - predictedBias();
    }
}
