package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.FDistribution;

/**
 * Tests the additive outcome model {@code Y = f(T, X) + g(I, X) + noise}, under which the
 * signature-adjusted estimate identifies the TACE, against a model with treatment-by-signature
 * terms.
 *
 * <p>Both models are the least-squares fits of {@link OutcomeFits}: T, covariate dummies,
 * T times dummies, a cubic basis of each signature component and dummies times that basis; the
 * larger model adds T times the basis. The F statistic compares their residual sums of squares
 * with the usual nested-model formula. A small p-value indicates that the effect of T changes
 * with I, so no single additive TACE exists; for a product model {@link RiskRatio} may apply.
 *
 * <p><strong>Limitations.</strong> The test assumes independent, homoscedastic errors. Units
 * that share neighbours are dependent, so the p-value is optimistic under strong interference.
 * A large p-value does not prove additivity, in particular where T and I overlap little.
 */
public final class AdditivityCheck {

    private AdditivityCheck() {
    }

    /**
     * Fits both models on the units with a signature and compares them.
     *
     * @param treatment 0 or 1 per unit. Not modified.
     * @param outcome finite outcome per unit. Not modified.
     * @param covariateCells discrete covariate value per unit, or {@code null}. Not modified.
     * @param signatures signature per unit, {@code null} for missing. Not modified.
     * @return the interaction coefficients and the F-test
     * @throws IllegalArgumentException on invalid input, as {@link TaceEstimator#estimate}
     */
    public static AdditivityResult test(int[] treatment, double[] outcome,
            List<?> covariateCells, List<Signature> signatures) {
        OutcomeFits fits = OutcomeFits.fit(treatment, outcome, covariateCells, signatures);
        LinearFit small = fits.additive();
        LinearFit large = fits.interacting();

        List<String> names = new ArrayList<>();
        List<Double> coefficients = new ArrayList<>();
        List<String> columns = large.design().columnNames();
        for (int j = 0; j < columns.size(); j++) {
            String name = columns.get(j);
            boolean interaction = name.startsWith("T x I");
            if (interaction && !large.droppedColumns().contains(name)) {
                names.add(name);
                coefficients.add(large.coefficients()[j]);
            }
        }

        int q = large.rank() - small.rank();
        int denominator = large.rows() - large.rank();
        double totalSquares = totalSumOfSquares(outcome, fits.units());
        double exact = 1e-12 * Math.max(totalSquares, Double.MIN_NORMAL);
        double statistic;
        double pValue;
        if (q == 0 || denominator == 0) {
            statistic = Double.NaN;
            pValue = Double.NaN;
        } else if (large.residualSumOfSquares() <= exact) {
            boolean smallExact = small.residualSumOfSquares() <= exact;
            statistic = smallExact ? 0 : Double.POSITIVE_INFINITY;
            pValue = smallExact ? 1 : 0;
        } else {
            double gain = Math.max(small.residualSumOfSquares() - large.residualSumOfSquares(), 0);
            statistic = (gain / q) / (large.residualSumOfSquares() / denominator);
            pValue = 1 - new FDistribution(null, q, denominator)
                    .cumulativeProbability(statistic);
        }
        return new AdditivityResult(names, coefficients, statistic, q, denominator, pValue,
                fits.units().length);
    }

    private static double totalSumOfSquares(double[] outcome, int[] units) {
        double mean = 0;
        for (int i : units) {
            mean += outcome[i] / units.length;
        }
        double sum = 0;
        for (int i : units) {
            sum += (outcome[i] - mean) * (outcome[i] - mean);
        }
        return sum;
    }
}
