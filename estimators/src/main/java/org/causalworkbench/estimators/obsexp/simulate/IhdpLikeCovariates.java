package org.causalworkbench.estimators.obsexp.simulate;

import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Generates synthetic covariate tables with the marginal distributions of the 28 IHDP covariates
 * used by Hill (2011) plus three maternal race indicators, so that the IHDP-style simulation runs
 * without the real table, whose licence is unclear.
 *
 * <p>The columns, in order, and their distributions:
 * <ul>
 *   <li>bw, b.head, preterm, birth.o, nnhealth, momage: normal with means 1795.9, 29.43, 6.98,
 *       1.896, 99.99, 24.77 and standard deviations 457.2, 2.466, 2.679, 0.999, 15.88, 6.034.
 *       Values are neither rounded nor truncated, so the integer-valued originals (weeks
 *       preterm, birth order, mother's age) become continuous and can be negative.</li>
 *   <li>sex .507, twin .099, b.marr .462, cig .351, booze .130, drugs .961, work.dur .575,
 *       prenatal .954: independent Bernoulli with these rates.</li>
 *   <li>mom.lths .400, mom.hs .274, mom.scoll .200: one categorical draw, one-hot coded. The
 *       remaining .126 (college graduate) is the omitted category with all three 0.</li>
 *   <li>first: 1 + Bernoulli(.450), coded 1/2 as in the IHDP file.</li>
 *   <li>ark .130, ein .140, har .140, mia .102, pen .103, tex .139, was .133: one categorical
 *       draw of the site, one-hot coded. The remaining .113 is the omitted eighth site.</li>
 *   <li>momwhite, momblack, momhisp: one categorical draw with the rates .369, .525, .107 of
 *       the IHDP file divided by their sum 1.001, so that exactly one indicator is 1.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The columns are drawn independently, so the correlations of
 * the real data (for example of birth weight with weeks preterm) are absent.
 *
 * <p><strong>Thread safety.</strong> The class is stateless.
 *
 * <p>Reference: Hill (2011), Bayesian nonparametric modeling for causal inference, J. Comput.
 * Graph. Statist. 20, 217-240, doi:10.1198/jcgs.2010.08162.
 */
public final class IhdpLikeCovariates {

    /** The column names, in table order. */
    public static final List<String> COLUMNS = List.of("bw", "b.head", "preterm", "birth.o",
            "nnhealth", "momage", "sex", "twin", "b.marr", "cig", "booze", "drugs", "work.dur",
            "prenatal", "mom.lths", "mom.hs", "mom.scoll", "first", "ark", "ein", "har", "mia",
            "pen", "tex", "was", "momwhite", "momblack", "momhisp");

    /** The number of continuous columns, which come first. */
    public static final int CONTINUOUS_COUNT = 6;

    /** The index of the sex column. */
    public static final int SEX = COLUMNS.indexOf("sex");

    /** The index of the cig column (mother smoked during pregnancy). */
    public static final int CIG = COLUMNS.indexOf("cig");

    private static final double[] MEANS = {1795.9, 29.43, 6.98, 1.896, 99.99, 24.77};
    private static final double[] SDS = {457.2, 2.466, 2.679, 0.999, 15.88, 6.034};
    private static final double[] BINARY_RATES = {.507, .099, .462, .351, .130, .961, .575, .954};
    private static final double[] EDUCATION_RATES = {.400, .274, .200};
    private static final double FIRST_BORN_TWO_RATE = .450;
    private static final double[] SITE_RATES = {.130, .140, .140, .102, .103, .139, .133};
    private static final double[] RACE_RATES = {.369 / 1.001, .525 / 1.001, .107 / 1.001};

    private IhdpLikeCovariates() {
    }

    /**
     * Generates a raw table, before any standardisation.
     *
     * @param rows the number of rows, at least 1
     * @param random the source of the variates, which each row draws in column order
     * @return a rows×28 table with the columns of {@link #COLUMNS}
     */
    public static double[][] generate(int rows, RandomGenerator random) {
        SimulationChecks.requireAtLeast(rows, 1, "number of rows");
        double[][] table = new double[rows][];
        for (int i = 0; i < rows; i++) {
            table[i] = generateRow(random);
        }
        return table;
    }

    private static double[] generateRow(RandomGenerator random) {
        double[] row = new double[COLUMNS.size()];
        int column = 0;
        for (int k = 0; k < CONTINUOUS_COUNT; k++) {
            row[column++] = MEANS[k] + SDS[k] * random.nextGaussian();
        }
        for (double rate : BINARY_RATES) {
            row[column++] = SimulationRandom.bernoulli(random, rate);
        }
        column = oneHot(random, EDUCATION_RATES, false, row, column);
        row[column++] = 1 + SimulationRandom.bernoulli(random, FIRST_BORN_TWO_RATE);
        column = oneHot(random, SITE_RATES, false, row, column);
        oneHot(random, RACE_RATES, true, row, column);
        return row;
    }

    /**
     * Draws one category with the given rates, sets its indicator, and returns the column after
     * the group. Unless the group is exhaustive, the remainder of the rates means "no category".
     * An exhaustive group gives a draw above the rounded sum of its rates to the last category.
     */
    private static int oneHot(RandomGenerator random, double[] rates, boolean exhaustive,
            double[] row, int first) {
        double u = random.nextDouble();
        double cumulative = 0;
        int chosen = exhaustive ? rates.length - 1 : -1;
        for (int k = 0; k < rates.length; k++) {
            cumulative += rates[k];
            if (u < cumulative) {
                chosen = k;
                break;
            }
        }
        if (chosen >= 0) {
            row[first + chosen] = 1;
        }
        return first + rates.length;
    }
}
