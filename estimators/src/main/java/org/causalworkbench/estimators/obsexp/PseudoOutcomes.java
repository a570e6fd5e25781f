package org.causalworkbench.estimators.obsexp;

import java.util.Random;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * Computes the RCT pseudo-outcomes whose conditional mean is the CATE: the inverse-probability
 * weighted (IPW) outcome, the target adjusted by the observational CATE, and the augmented
 * (AIPW) score with cross-fitted arm regressions.
 *
 * <p>With known randomisation probability {@code pi = P(T = 1)}:
 * <pre>
 *   IPW:       Ytilde_i = Y_i (T_i - pi) / (pi (1 - pi))    (Y/pi if T = 1, -Y/(1-pi) if T = 0)
 *   adjusted:  Z_i      = Ytilde_i - omega(X_i),            so E[Z | X] = Delta(X)
 *   residual:  R_i      = Z_i - delta0(X_i)                 for a hypothesised gap delta0
 *   AIPW:      phi_i    = m1(X_i) - m0(X_i) + T_i (Y_i - m1(X_i)) / pi
 *                         - (1 - T_i) (Y_i - m0(X_i)) / (1 - pi)
 *   task factor of the fixed multi-task GP:  v = (v0, v1, v2) = (-1/(1-pi), 1/pi, 0)
 * </pre>
 * Because {@code pi} is known, {@code E[phi | X] = tau(X)} whatever the arm regressions
 * {@code m1, m0} are, provided that each is fitted without the row it is evaluated at.
 *
 * <ul>
 *   <li>The arm regressions are ordinary least squares of Y on {@code [1, X]}, fitted separately
 *       on the treated and on the control rows. With K-fold cross-fitting, the rows of fold k get
 *       predictions from fits to the other K - 1 folds only.</li>
 *   <li>Folds are assigned by a seeded shuffle within each arm, so every fold contains about the
 *       same share of treated and control rows, and the same seed gives the same folds.</li>
 *   <li>Each arm of each training set needs at least {@code d + 1} rows and a design of full
 *       column rank, where d is the number of covariates. Otherwise the fit raises, naming the
 *       fold, the arm and, for a rank-deficient design, the covariate.</li>
 *   <li>Treatment values must be exactly 0 or 1, and every value must be finite.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The arm regressions are linear in X. A misspecified linear
 * fit keeps {@code phi} unbiased but removes less outcome variance than a correct model would.
 * The randomisation probability is one constant for all rows.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>References: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), The Hardness of
 * Validating Observational Studies with Experimental Data, arXiv:2503.14795 (pseudo-outcome and
 * task factor). Chernozhukov et al. (2018), Double/debiased machine learning for treatment and
 * structural parameters, Econometrics Journal 21, C1-C68, doi:10.1111/ectj.12097 (cross-fitting).
 */
public final class PseudoOutcomes {

    /** Number of cross-fitting folds unless {@link #withFolds(int)} sets another. */
    public static final int DEFAULT_FOLDS = 5;

    /** Seed of the fold assignment unless {@link #withSeed(long)} sets another. */
    public static final long DEFAULT_SEED = 1L;

    private static final PseudoOutcomes DEFAULTS = new PseudoOutcomes(DEFAULT_FOLDS, DEFAULT_SEED);

    private final int folds;
    private final long seed;

    private PseudoOutcomes(int folds, long seed) {
        this.folds = folds;
        this.seed = seed;
    }

    /** Returns the calculator with {@value #DEFAULT_FOLDS} folds and the default seed. */
    public static PseudoOutcomes withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that cross-fits the AIPW arm regressions over {@code count} folds.
     *
     * @param count at least 2
     * @return the copy
     */
    public PseudoOutcomes withFolds(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("cross-fitting needs at least 2 folds, got " + count
                    + "; use for example " + DEFAULT_FOLDS + ".");
        }
        return new PseudoOutcomes(count, seed);
    }

    /** Returns a copy whose fold assignment uses {@code value} as the random seed. */
    public PseudoOutcomes withSeed(long value) {
        return new PseudoOutcomes(folds, value);
    }

    /** Returns the number of cross-fitting folds. */
    public int folds() {
        return folds;
    }

    /** Returns the seed of the fold assignment. */
    public long seed() {
        return seed;
    }

    /**
     * Returns the IPW weight {@code (t - pi) / (pi (1 - pi))}, which is {@code 1/pi} for a
     * treated row and {@code -1/(1 - pi)} for a control row.
     *
     * @param treatment exactly 0 or 1
     * @param pi the randomisation probability, strictly between 0 and 1
     * @return the weight that multiplies the outcome
     */
    public static double ipwWeight(double treatment, double pi) {
        InputChecks.requireProbability(pi);
        InputChecks.requireBinaryTreatment(new double[] {treatment});
        return (treatment - pi) / (pi * (1 - pi));
    }

    /**
     * Returns the task factor {@code v = (-1/(1 - pi), 1/pi, 0)} of the fixed multi-task GP,
     * indexed by task: 0 for control rows, 1 for treated rows and 2 for a query of the gap.
     *
     * @param pi the randomisation probability, strictly between 0 and 1
     * @return a new array of length 3
     */
    public static double[] taskFactor(double pi) {
        InputChecks.requireProbability(pi);
        return new double[] {-1 / (1 - pi), 1 / pi, 0};
    }

    /**
     * Computes the IPW pseudo-outcome {@code Y_i (T_i - pi) / (pi (1 - pi))} of every row.
     *
     * @param outcome Y, finite. Not modified.
     * @param treatment T, each exactly 0 or 1. Not modified.
     * @param pi the randomisation probability, strictly between 0 and 1
     * @return a new array, one value per row
     * @throws DataFormatException if a value is invalid or the lengths differ
     */
    public static double[] ipw(double[] outcome, double[] treatment, double pi) {
        InputChecks.requireProbability(pi);
        checkArms(outcome, treatment);
        double[] pseudo = new double[outcome.length];
        for (int i = 0; i < outcome.length; i++) {
            pseudo[i] = outcome[i] * (treatment[i] - pi) / (pi * (1 - pi));
        }
        return pseudo;
    }

    /**
     * Subtracts the observational CATE from the pseudo-outcomes: {@code Z_i = pseudo_i - omega_i}.
     * The pseudo-outcomes may be IPW or AIPW values.
     *
     * @param pseudoOutcomes one per row, finite. Not modified.
     * @param omegaValues omega(X_i), one per row, finite. Not modified.
     * @return a new array of adjusted targets, whose conditional mean is the gap Delta(X)
     */
    public static double[] adjustedTargets(double[] pseudoOutcomes, double[] omegaValues) {
        return difference(pseudoOutcomes, "pseudo-outcomes", omegaValues, "omega(X)");
    }

    /**
     * Subtracts a hypothesised gap from the adjusted targets: {@code R_i = Z_i - delta0(X_i)}.
     * The falsification tests take R. With {@code delta0 = 0}, R equals Z.
     *
     * @param adjustedTargets Z, one per row, finite. Not modified.
     * @param hypothesisedGap delta0(X_i), one per row, finite. Not modified.
     * @return a new array of residuals
     */
    public static double[] residuals(double[] adjustedTargets, double[] hypothesisedGap) {
        return difference(adjustedTargets, "adjusted targets", hypothesisedGap,
                "hypothesised gap");
    }

    /**
     * Computes the AIPW score of every RCT row with cross-fitted linear arm regressions.
     *
     * @param x covariates, n rows of d columns (d may be 0). Not modified.
     * @param treatment T, each exactly 0 or 1. Not modified.
     * @param outcome Y, finite. Not modified.
     * @param pi the randomisation probability, strictly between 0 and 1
     * @return the scores, the fold of each row and the per-fold regression coefficients
     * @throws DataFormatException if a value is invalid, a fold has too few rows of an arm or an
     *     arm's design is rank-deficient
     */
    public AipwScores aipw(double[][] x, double[] treatment, double[] outcome, double pi) {
        InputChecks.requireProbability(pi);
        checkArms(outcome, treatment);
        int n = outcome.length;
        int d = InputChecks.requireCovariates(x, n, "the outcome");
        if (n < folds) {
            throw new DataFormatException("AIPW cross-fitting over " + folds + " folds needs at"
                    + " least " + folds + " rows, got " + n + "; use fewer folds or IPW.");
        }

        int[] foldOfRow = assignFolds(treatment);
        double[][] treatedCoefficients = new double[folds][];
        double[][] controlCoefficients = new double[folds][];
        double[] treatedPredictions = new double[n];
        double[] controlPredictions = new double[n];
        for (int fold = 0; fold < folds; fold++) {
            // Fit each arm on the other folds, then predict the rows of this fold.
            treatedCoefficients[fold] = fitArm(x, treatment, outcome, foldOfRow, fold, 1, d);
            controlCoefficients[fold] = fitArm(x, treatment, outcome, foldOfRow, fold, 0, d);
            for (int i = 0; i < n; i++) {
                if (foldOfRow[i] == fold) {
                    treatedPredictions[i] = predict(treatedCoefficients[fold], x[i]);
                    controlPredictions[i] = predict(controlCoefficients[fold], x[i]);
                }
            }
        }

        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            double m1 = treatedPredictions[i];
            double m0 = controlPredictions[i];
            double t = treatment[i];
            scores[i] = m1 - m0 + t * (outcome[i] - m1) / pi
                    - (1 - t) * (outcome[i] - m0) / (1 - pi);
        }
        return new AipwScores(scores, foldOfRow, treatedPredictions, controlPredictions,
                treatedCoefficients, controlCoefficients, seed);
    }

    /** Shuffles each arm's rows with the seed and deals them to folds in turn. */
    private int[] assignFolds(double[] treatment) {
        int n = treatment.length;
        int[] order = new int[n];
        int position = 0;
        for (int arm = 1; arm >= 0; arm--) {
            int start = position;
            for (int i = 0; i < n; i++) {
                if (treatment[i] == arm) {
                    order[position++] = i;
                }
            }
            shuffle(order, start, position, new Random(seed + arm));
        }
        int[] foldOfRow = new int[n];
        for (int p = 0; p < n; p++) {
            foldOfRow[order[p]] = p % folds;
        }
        return foldOfRow;
    }

    private static void shuffle(int[] values, int from, int to, Random random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    private double[] fitArm(double[][] x, double[] treatment, double[] outcome, int[] foldOfRow,
            int fold, int arm, int d) {
        int rows = 0;
        for (int i = 0; i < outcome.length; i++) {
            if (foldOfRow[i] != fold && treatment[i] == arm) {
                rows++;
            }
        }
        String armName = arm == 1 ? "treated" : "control";
        if (rows < d + 1) {
            throw new DataFormatException("AIPW cross-fitting leaves " + rows + " " + armName
                    + " rows to fit the " + armName + "-arm regression for fold " + fold
                    + ", but a least-squares fit on an intercept and " + d + " covariates needs"
                    + " at least " + (d + 1) + "; use fewer folds or covariates, or IPW.");
        }

        double[][] design = new double[rows][d + 1];
        double[] response = new double[rows];
        int row = 0;
        for (int i = 0; i < outcome.length; i++) {
            if (foldOfRow[i] != fold && treatment[i] == arm) {
                design[row][0] = 1;
                System.arraycopy(x[i], 0, design[row], 1, d);
                response[row] = outcome[i];
                row++;
            }
        }
        LeastSquares.Fit fit = LeastSquares.solve(design, response);
        if (!fit.fullRank()) {
            throw new DataFormatException("the " + armName + "-arm regression for fold " + fold
                    + " is rank-deficient: covariate column index " + (fit.dependentColumn() - 1)
                    + " is constant or collinear with earlier covariates among the " + armName
                    + " training rows; drop that covariate or use IPW.");
        }
        return fit.coefficients();
    }

    private static double predict(double[] coefficients, double[] covariates) {
        double value = coefficients[0];
        for (int j = 0; j < covariates.length; j++) {
            value += coefficients[j + 1] * covariates[j];
        }
        return value;
    }

    private static void checkArms(double[] outcome, double[] treatment) {
        InputChecks.requireLength(treatment.length, "the treatment", outcome.length,
                "the outcome");
        InputChecks.requireFinite(outcome, "outcome");
        InputChecks.requireBinaryTreatment(treatment);
    }

    private static double[] difference(double[] left, String leftName, double[] right,
            String rightName) {
        InputChecks.requireLength(right.length, rightName, left.length, leftName);
        InputChecks.requireFinite(left, leftName);
        InputChecks.requireFinite(right, rightName);
        double[] result = new double[left.length];
        for (int i = 0; i < left.length; i++) {
            result[i] = left[i] - right[i];
        }
        return result;
    }
}
