package org.causalworkbench.estimators.interference.simulate;

/**
 * The true outcome model of a simulated process, for a "reveal truth" switch and for bias
 * decompositions.
 *
 * <p>The outcome is {@code Y = f(T, X) + g(I, X) + noise}, except in the teaching examples
 * that show what happens without that form. When the conditional mean is linear,
 * {@code E[Y | T, X, I] = a + TACE * T + covariateCoefficient * X + signatureCoefficient * I},
 * the naive bias splits into {@code covariateCoefficient * dX + signatureCoefficient * dI}, with
 * dX and dI the treated-minus-untreated differences in mean X and mean I.
 *
 * @param treatmentPart the formula of f(T, X), for example "4X + T"
 * @param interferencePart the formula of g(I, X), for example "4W with W ~ Bernoulli(I)"
 * @param signature the definition of the signature I
 * @param trueTace the true average causal effect {@code E[f(1, X) - f(0, X)]}
 * @param covariateCoefficient the coefficient of X in {@code E[Y | T, X, I]}, {@code NaN} when
 *     the conditional mean is not linear in X and I
 * @param signatureCoefficient the coefficient of I, {@code NaN} when not linear
 */
public record ProcessTruth(
        String treatmentPart,
        String interferencePart,
        String signature,
        double trueTace,
        double covariateCoefficient,
        double signatureCoefficient) {

    /** Returns whether the naive bias splits linearly into covariate and signature parts. */
    public boolean hasLinearDecomposition() {
        return Double.isFinite(covariateCoefficient) && Double.isFinite(signatureCoefficient);
    }

    /** Returns a one-line description such as "Y = 4X + T + 4W; I = ...; TACE = 1.0". */
    public String describe() {
        return "Y = " + treatmentPart + " + " + interferencePart + "; I = " + signature
                + "; TACE = " + trueTace;
    }
}
