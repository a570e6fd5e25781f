package org.causalworkbench.app.obsexp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A randomised trial ready for the observational-plus-experimental workspace. It contains the
 * trial rows and the observational CATE &omega; at those rows and at a set of evaluation points.
 * For simulated data it also contains the true gap at the evaluation points.
 *
 * <p>The treatment probability is the trial's known value. The workspace starts its propensity
 * setting from it, and the user may change that setting before a run.
 *
 * @param name a short description shown above the charts
 * @param covariateNames one name per covariate column
 * @param covariates n rows of d covariates
 * @param treatment n values, each 0 or 1
 * @param outcome n outcomes
 * @param propensity the trial's known treatment probability
 * @param omegaDescription how &omega; was obtained, for example a formula
 * @param omegaAtTrial &omega; at each trial row
 * @param evaluationPoints m rows of d covariates at which intervals are reported
 * @param omegaAtEvaluation &omega; at each evaluation point
 * @param trueGap the true gap &Delta; at each evaluation point, or {@code null} when unknown
 */
public record ObsExpDataset(String name, List<String> covariateNames, double[][] covariates,
        double[] treatment, double[] outcome, double propensity, String omegaDescription,
        double[] omegaAtTrial, double[][] evaluationPoints, double[] omegaAtEvaluation,
        double[] trueGap) {

    /**
     * Checks that the parts fit together and copies the arrays.
     *
     * @throws IllegalArgumentException if a length or a dimension differs
     */
    public ObsExpDataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(omegaDescription, "omegaDescription");
        covariateNames = List.copyOf(covariateNames);
        covariates = copyRows(covariates);
        treatment = treatment.clone();
        outcome = outcome.clone();
        omegaAtTrial = omegaAtTrial.clone();
        evaluationPoints = copyRows(evaluationPoints);
        omegaAtEvaluation = omegaAtEvaluation.clone();
        trueGap = trueGap == null ? null : trueGap.clone();
        int n = covariates.length;
        int d = covariateNames.size();
        requireLength("treatment", treatment.length, n, "trial rows");
        requireLength("outcome", outcome.length, n, "trial rows");
        requireLength("omegaAtTrial", omegaAtTrial.length, n, "trial rows");
        int m = evaluationPoints.length;
        requireLength("omegaAtEvaluation", omegaAtEvaluation.length, m, "evaluation points");
        if (trueGap != null) {
            requireLength("trueGap", trueGap.length, m, "evaluation points");
        }
        for (double[] row : covariates) {
            requireLength("a trial row", row.length, d, "covariate names");
        }
        for (double[] point : evaluationPoints) {
            requireLength("an evaluation point", point.length, d, "covariate names");
        }
    }

    private static void requireLength(String part, int length, int expected, String of) {
        if (length != expected) {
            throw new IllegalArgumentException(part + " has " + length + " values but there are "
                    + expected + " " + of + "; give one per item");
        }
    }

    private static double[][] copyRows(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }

    /** Returns the number of trial rows. */
    public int size() {
        return outcome.length;
    }

    /** Returns the number of covariates. */
    public int dimension() {
        return covariateNames.size();
    }

    /** Returns the first covariate of every trial row, the axis of every chart. */
    public double[] firstCovariate() {
        double[] values = new double[covariates.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = covariates[i][0];
        }
        return values;
    }

    /** Returns the first covariate of every evaluation point. */
    public double[] evaluationAxis() {
        double[] values = new double[evaluationPoints.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluationPoints[i][0];
        }
        return values;
    }

    /** Returns the true gap at the evaluation points, when the data are simulated. */
    public Optional<double[]> knownGap() {
        return Optional.ofNullable(trueGap).map(double[]::clone);
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

    @Override
    public double[] omegaAtTrial() {
        return omegaAtTrial.clone();
    }

    @Override
    public double[][] evaluationPoints() {
        return copyRows(evaluationPoints);
    }

    @Override
    public double[] omegaAtEvaluation() {
        return omegaAtEvaluation.clone();
    }

    @Override
    public double[] trueGap() {
        return trueGap == null ? null : trueGap.clone();
    }
}
