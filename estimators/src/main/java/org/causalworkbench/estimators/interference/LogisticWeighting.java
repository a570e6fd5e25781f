package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Computes Horvitz-Thompson and Hajek estimates with propensities from a logistic regression on
 * a {@link SignatureDesign} without treatment terms.
 *
 * <p>Units with fitted {@code e} numerically 0 or 1 (below {@link LogisticRegression#SEPARATED}
 * from either end) are separated: no unit of the other arm shares their region of
 * {@code (X, I)}. They are dropped like single-arm cells, even with trimming bound 0.
 */
final class LogisticWeighting {

    /**
     * Estimate with the diagnostics of its fit.
     *
     * @param estimate the weighted estimate
     * @param warnings sentences on separation and collinear columns, empty when the fit was clean
     */
    record Outcome(WeightedEstimate estimate, List<String> warnings) {
    }

    private LogisticWeighting() {
    }

    /**
     * Fits e and weights the units.
     *
     * @param covariates covariate cell per unit, or {@code null}
     * @param signatures signature per unit with {@code null} for missing, or {@code null} for
     *     the covariate-only model
     */
    static Outcome estimate(Adjustment adjustment, List<?> covariates,
            List<Signature> signatures, int[] treatment, double[] outcome, double trimming,
            int maxIterations) {
        int n = treatment.length;
        int[] units = signatures == null ? java.util.stream.IntStream.range(0, n).toArray()
                : CellKeys.withSignature(signatures);
        if (units.length == 0) {
            throw new NoOverlapException("No units remain for " + adjustment.description()
                    + ": every signature is missing.");
        }
        SignatureDesign design = SignatureDesign.of(covariates, signatures, units, false, false);
        double[][] matrix = design.matrix(null, covariates, signatures, units);
        int[] columns = IndependentColumns.select(matrix);
        int[] response = new int[units.length];
        for (int r = 0; r < units.length; r++) {
            response[r] = treatment[units[r]];
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(
                IndependentColumns.restrict(matrix, columns), response, maxIterations);
        if (fit == null) {
            throw new PropensityFitException("The logistic propensity fit for "
                    + adjustment.description() + " did not converge in " + maxIterations
                    + " Newton steps:"
                    + " raise the iteration limit, or use cell or binned propensities.");
        }

        double[] propensities = new double[n];
        Arrays.fill(propensities, Double.NaN);
        boolean[] kept = new boolean[n];
        int separated = 0;
        int treatedKept = 0;
        int untreatedKept = 0;
        for (int r = 0; r < units.length; r++) {
            int i = units[r];
            double e = fit.fitted()[r];
            propensities[i] = e;
            boolean separate = e < LogisticRegression.SEPARATED
                    || e > 1 - LogisticRegression.SEPARATED;
            separated += separate ? 1 : 0;
            kept[i] = !separate && e >= trimming && e <= 1 - trimming;
            if (kept[i]) {
                treatedKept += treatment[i];
                untreatedKept += 1 - treatment[i];
            }
        }
        if (treatedKept == 0 || untreatedKept == 0) {
            throw new NoOverlapException("No units remain for " + adjustment.description()
                    + " after logistic propensities and trimming to [" + trimming + ", "
                    + (1 - trimming) + "]: " + treatedKept + " treated and " + untreatedKept
                    + " untreated units are kept, " + separated + " units are separated."
                    + " Choose a coarser signature or lower the trimming bound.");
        }

        List<String> warnings = new ArrayList<>();
        if (separated > 0) {
            warnings.add("The logistic propensity fit for " + adjustment + " separates "
                    + separated + " units: their fitted propensity is numerically 0 or 1"
                    + " because no unit of the other arm has a similar (X, I), so they are"
                    + " dropped for lack of overlap.");
        }
        if (columns.length < design.columnNames().size()) {
            warnings.add("The logistic propensity design for " + adjustment + " left out "
                    + (design.columnNames().size() - columns.length) + " of "
                    + design.columnNames().size() + " columns as collinear on the data.");
        }
        WeightedEstimate estimate = InverseWeighting.estimate(adjustment, propensities, kept,
                treatment, outcome, List.of());
        return new Outcome(estimate, List.copyOf(warnings));
    }
}
