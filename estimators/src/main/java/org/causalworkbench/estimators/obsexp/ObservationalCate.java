package org.causalworkbench.estimators.obsexp;

import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Represents the observational CATE omega(x), the effect estimate that the RCT is used to check,
 * and fits it from an observational table.
 *
 * <p>{@link #fitInteraction} regresses the outcome on the covariates and their products with the
 * treatment, with no intercept, giving 2d coefficients:
 * <pre>
 *   Y_i = X_i' beta_(1..d) + T_i X_i' beta_(d+1..2d) + e_i,     omega(x) = x' beta_(d+1..2d)
 * </pre>
 * so omega is the interaction block, the difference between the two fitted arm means.
 *
 * <ul>
 *   <li>The regression has no intercept and omega has no constant term. Include a column of
 *       ones in X to get both.</li>
 *   <li>A rank-deficient design raises, naming the covariate or interaction column. This happens
 *       when a column is all zero, when the table has no treated rows, or when covariates are
 *       collinear.</li>
 *   <li>An omega supplied as a column of values at the RCT rows goes through
 *       {@link #fromColumn(double[], String)}, which checks it and returns a copy.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The fitted omega is linear in x. Hidden confounding biases it,
 * which is why the falsification tests and the gap model exist, and misspecification of the
 * linear form adds to that bias.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads,
 * provided that a function passed to {@link #of} is thread-safe.
 *
 * <p>Reference: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), The Hardness of
 * Validating Observational Studies with Experimental Data, arXiv:2503.14795.
 */
public final class ObservationalCate {

    private final String description;
    private final int dimension;
    private final ToDoubleFunction<double[]> function;

    private ObservationalCate(String description, int dimension,
            ToDoubleFunction<double[]> function) {
        this.description = description;
        this.dimension = dimension;
        this.function = function;
    }

    /**
     * Fits omega by least squares of Y on {@code [X, X*T]} with no intercept.
     *
     * @param x observational covariates, n rows of d columns with d at least 1. Not modified.
     * @param treatment T, each exactly 0 or 1. Not modified.
     * @param outcome Y, finite. Not modified.
     * @return omega, all 2d coefficients and fit diagnostics
     * @throws DataFormatException if a value is invalid, there are fewer than 2d rows or the
     *     design is rank-deficient
     */
    public static InteractionFit fitInteraction(double[][] x, double[] treatment,
            double[] outcome) {
        InputChecks.requireLength(treatment.length, "the treatment", outcome.length,
                "the outcome");
        InputChecks.requireFinite(outcome, "outcome");
        InputChecks.requireBinaryTreatment(treatment);
        int n = outcome.length;
        int d = InputChecks.requireCovariates(x, n, "the outcome");
        if (d == 0) {
            throw new DataFormatException("the observational CATE regression needs at least one"
                    + " covariate column, got none; add covariates, including a column of ones"
                    + " for a constant effect.");
        }
        if (n < 2 * d) {
            throw new DataFormatException("the observational CATE regression on [X, X*T] has "
                    + 2 * d + " coefficients but only " + n + " rows; supply at least " + 2 * d
                    + " observational rows or fewer covariates.");
        }

        double[][] design = new double[n][2 * d];
        int treatedRows = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                design[i][j] = x[i][j];
                design[i][d + j] = x[i][j] * treatment[i];
            }
            treatedRows += (int) treatment[i];
        }
        LeastSquares.Fit fit = LeastSquares.solve(design, outcome);
        if (!fit.fullRank()) {
            throw new DataFormatException(rankDeficiencyMessage(fit.dependentColumn(), d,
                    treatedRows, n));
        }

        double[] coefficients = fit.coefficients();
        double residualSumOfSquares = 0;
        for (int i = 0; i < n; i++) {
            double fitted = 0;
            for (int j = 0; j < 2 * d; j++) {
                fitted += design[i][j] * coefficients[j];
            }
            double residual = outcome[i] - fitted;
            residualSumOfSquares += residual * residual;
        }
        double residualStandardError = n > 2 * d
                ? Math.sqrt(residualSumOfSquares / (n - 2 * d)) : Double.NaN;

        double[] cateCoefficients = new double[d];
        System.arraycopy(coefficients, d, cateCoefficients, 0, d);
        return new InteractionFit(linear(cateCoefficients), coefficients, n, treatedRows,
                residualStandardError);
    }

    /**
     * Returns omega(x) = x' coefficients.
     *
     * @param coefficients one per covariate, finite. Not modified.
     * @return the CATE function, which accepts exactly {@code coefficients.length} covariates
     */
    public static ObservationalCate linear(double[] coefficients) {
        InputChecks.requireFinite(coefficients, "omega coefficients");
        double[] beta = coefficients.clone();
        return new ObservationalCate("linear omega(x) = x'beta, d = " + beta.length, beta.length,
                x -> {
                    double value = 0;
                    for (int j = 0; j < beta.length; j++) {
                        value += beta[j] * x[j];
                    }
                    return value;
                });
    }

    /**
     * Wraps a formula as omega.
     *
     * @param description a short text for reports, for example "1 + 2 x1"
     * @param formula maps one row of covariates to omega, and must be thread-safe
     * @return the CATE function, which accepts rows of any length
     */
    public static ObservationalCate of(String description, ToDoubleFunction<double[]> formula) {
        return new ObservationalCate(Objects.requireNonNull(description, "description"), -1,
                Objects.requireNonNull(formula, "formula"));
    }

    /**
     * Returns the confounded CATE of the paper's "GP gap" simulation,
     * {@code omega(x) = 1 + 2 x1 + 2.75 x1^2}, which reads only the first covariate.
     */
    public static ObservationalCate paperSimulation() {
        return of("1 + 2 x1 + 2.75 x1^2 (GP-gap simulation)",
                x -> SimulationDesigns.paperSimulationOmega(firstCovariate(x)));
    }

    /**
     * Returns the confounded CATE of the Kallus-style design, {@code omega(x) = 1 + 3x + 0.75x^2},
     * which reads only the first covariate.
     */
    public static ObservationalCate kallusDesign() {
        return of("1 + 3 x1 + 0.75 x1^2 (Kallus-style design)",
                x -> SimulationDesigns.kallusOmega(firstCovariate(x)));
    }

    /**
     * Checks omega values supplied as a column, one per RCT row, and returns a copy.
     *
     * @param column omega(X_i), finite. Not modified.
     * @param columnName the column's name, used in error messages
     * @return a copy of the column
     * @throws DataFormatException naming the first non-finite row
     */
    public static double[] fromColumn(double[] column, String columnName) {
        InputChecks.requireFinite(column, "omega column '" + columnName + "'");
        return column.clone();
    }

    /** Returns a short description for reports. */
    public String description() {
        return description;
    }

    /**
     * Evaluates omega at one covariate row.
     *
     * @param x the covariates. Not modified.
     * @return omega(x)
     * @throws DataFormatException if a linear omega gets the wrong number of covariates
     */
    public double valueAt(double[] x) {
        if (dimension >= 0 && x.length != dimension) {
            throw new DataFormatException("this omega uses " + dimension + " covariates but the"
                    + " row has " + x.length + "; pass the covariates it was fitted on, in the"
                    + " same order.");
        }
        return function.applyAsDouble(x);
    }

    /**
     * Evaluates omega at every row.
     *
     * @param x covariates, one row per unit. Not modified.
     * @return a new array of omega values
     * @throws DataFormatException if a row has the wrong length or omega is not finite there
     */
    public double[] valuesAt(double[][] x) {
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = valueAt(x[i]);
            if (!Double.isFinite(values[i])) {
                throw new DataFormatException("omega is " + values[i] + " at row index " + i
                        + " (0-based); check the formula or the covariates of that row.");
            }
        }
        return values;
    }

    @Override
    public String toString() {
        return description;
    }

    private static double firstCovariate(double[] x) {
        if (x.length == 0) {
            throw new DataFormatException("this omega reads the first covariate, but the row has"
                    + " none; pass the covariates with x1 first.");
        }
        return x[0];
    }

    private static String rankDeficiencyMessage(int column, int d, int treatedRows, int rows) {
        if (treatedRows == 0 || treatedRows == rows) {
            return "the observational CATE regression needs treated and control rows, but all "
                    + rows + " rows have T = " + (treatedRows == 0 ? 0 : 1)
                    + "; supply a table with both arms.";
        }
        String name = column < d
                ? "covariate column index " + column
                : "the product of covariate column index " + (column - d) + " with T";
        return "the observational CATE regression on [X, X*T] is rank-deficient: " + name
                + " is all zero or collinear with earlier columns; drop that covariate.";
    }
}
