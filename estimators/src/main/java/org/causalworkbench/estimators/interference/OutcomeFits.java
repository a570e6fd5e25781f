package org.causalworkbench.estimators.interference;

import java.util.List;

/**
 * The two least-squares outcome models of the additivity check and the outcome regressions,
 * fitted on the units with a signature:
 * <pre>
 *   additive      Y ~ T + T x X + X + basis(I) + X x basis(I)
 *   interacting   the same plus T x basis(I)
 * </pre>
 * with the design of {@link SignatureDesign}. The additive model is the semi-parametric class
 * {@code Y = f(T, X) + g(I, X) + noise} with discrete X and a cubic g in each component.
 *
 * @param additive the fit without treatment-by-signature terms
 * @param interacting the fit with them
 * @param units the rows used
 */
record OutcomeFits(LinearFit additive, LinearFit interacting, int[] units) {

    static OutcomeFits fit(int[] treatment, double[] outcome, List<?> covariateCells,
            List<Signature> signatures) {
        InputChecks.check(treatment, outcome, covariateCells, signatures);
        int[] units = CellKeys.withSignature(signatures);
        if (units.length < 2) {
            throw new IllegalArgumentException("An outcome regression needs at least 2 units"
                    + " with a signature, but " + units.length + " have one.");
        }
        SignatureDesign restricted =
                SignatureDesign.of(covariateCells, signatures, units, true, false);
        SignatureDesign full = SignatureDesign.of(covariateCells, signatures, units, true, true);
        LinearFit additive = LinearFit.fit(restricted,
                restricted.matrix(treatment, covariateCells, signatures, units), outcome, units);
        LinearFit interacting = LinearFit.fit(full,
                full.matrix(treatment, covariateCells, signatures, units), outcome, units);
        return new OutcomeFits(additive, interacting, units);
    }

    /** Averages {@code mu(1, X_i, I_i) - mu(0, X_i, I_i)} of a fit over the units. */
    double averageContrast(LinearFit fit, List<?> covariateCells, List<Signature> signatures) {
        double sum = 0;
        for (int i : units) {
            Object covariate = covariateCells == null ? null : covariateCells.get(i);
            double treated = fit.predict(fit.design().row(1, covariate, signatures.get(i)));
            double untreated = fit.predict(fit.design().row(0, covariate, signatures.get(i)));
            sum += treated - untreated;
        }
        return sum / units.length;
    }
}
