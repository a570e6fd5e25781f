package org.causalworkbench.estimators.obsexp;

import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Validates the arrays and parameters shared by the observational-versus-experimental estimators.
 * Row indices in messages count from 0, the same as the arrays passed in.
 */
final class InputChecks {

    private InputChecks() {
    }

    /**
     * Raises unless {@code pi} lies strictly between 0 and 1.
     *
     * @throws IllegalArgumentException naming the value
     */
    static void requireProbability(double pi) {
        if (!(pi > 0 && pi < 1)) {
            throw new IllegalArgumentException("the randomisation probability pi must lie strictly"
                    + " between 0 and 1, got " + pi + "; enter P(T = 1) of the RCT, for example"
                    + " 0.5.");
        }
    }

    /**
     * Raises unless {@code alpha} lies strictly between 0 and 1.
     *
     * @throws IllegalArgumentException naming the value
     */
    static void requireLevel(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("the significance level alpha must lie strictly"
                    + " between 0 and 1, got " + alpha + "; use for example 0.05.");
        }
    }

    /**
     * Raises unless every treatment value is exactly 0 or 1.
     *
     * @throws DataFormatException naming the first bad row index and its value
     */
    static void requireBinaryTreatment(double[] treatment) {
        for (int i = 0; i < treatment.length; i++) {
            double value = treatment[i];
            if (value != 0 && value != 1) {
                throw new DataFormatException("treatment must be exactly 0 or 1, but row index "
                        + i + " (0-based) has " + value + "; recode the treatment column to 0"
                        + " (control) and 1 (treated).");
            }
        }
    }

    /**
     * Raises unless every value is finite.
     *
     * @param name the array's name in the message, for example "outcome"
     * @throws DataFormatException naming the first bad row index and its value
     */
    static void requireFinite(double[] values, String name) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new DataFormatException(name + " must be finite, but row index " + i
                        + " (0-based) has " + values[i] + "; remove or impute that row.");
            }
        }
    }

    /**
     * Raises unless {@code actual} equals {@code expected}.
     *
     * @throws DataFormatException naming both arrays and both lengths
     */
    static void requireLength(int actual, String name, int expected, String reference) {
        if (actual != expected) {
            throw new DataFormatException("expected " + expected + " rows in " + name
                    + " to match " + reference + ", got " + actual + "; pass one value per row.");
        }
    }

    /**
     * Raises unless {@code x} has {@code rows} rows of equal length with finite entries.
     *
     * @param x covariates, one row per unit. Not modified.
     * @return the number of covariate columns
     * @throws DataFormatException naming the first bad row and column
     */
    static int requireCovariates(double[][] x, int rows, String reference) {
        requireLength(x.length, "the covariate matrix X", rows, reference);
        int columns = rows == 0 ? 0 : x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != columns) {
                throw new DataFormatException("covariate row index " + i + " (0-based) has "
                        + x[i].length + " columns but row index 0 has " + columns
                        + "; every row of X needs the same covariates.");
            }
            for (int j = 0; j < columns; j++) {
                if (!Double.isFinite(x[i][j])) {
                    throw new DataFormatException("covariates must be finite, but row index " + i
                            + " (0-based), column index " + j + " has " + x[i][j]
                            + "; remove or impute that row.");
                }
            }
        }
        return columns;
    }
}
