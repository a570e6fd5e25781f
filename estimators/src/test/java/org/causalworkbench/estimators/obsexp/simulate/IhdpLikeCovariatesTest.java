package org.causalworkbench.estimators.obsexp.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the marginals of the IHDP-like covariate generator on one large table. Each check
 * allows 4 standard errors of the estimate, so at these fixed seeds a failure means a wrong
 * distribution rather than bad luck.
 */
class IhdpLikeCovariatesTest {

    private static final int ROWS = 40_000;
    private static double[][] table;

    @BeforeAll
    static void generateTable() {
        table = IhdpLikeCovariates.generate(ROWS, new Well19937c(2025));
    }

    static Stream<Arguments> continuousMarginals() {
        return Stream.of(
                Arguments.of("bw", 1795.9, 457.2),
                Arguments.of("b.head", 29.43, 2.466),
                Arguments.of("preterm", 6.98, 2.679),
                Arguments.of("birth.o", 1.896, 0.999),
                Arguments.of("nnhealth", 99.99, 15.88),
                Arguments.of("momage", 24.77, 6.034));
    }

    static Stream<Arguments> binaryRates() {
        return Stream.of(
                Arguments.of("sex", .507), Arguments.of("twin", .099),
                Arguments.of("b.marr", .462), Arguments.of("cig", .351),
                Arguments.of("booze", .130), Arguments.of("drugs", .961),
                Arguments.of("work.dur", .575), Arguments.of("prenatal", .954),
                Arguments.of("mom.lths", .400), Arguments.of("mom.hs", .274),
                Arguments.of("mom.scoll", .200),
                Arguments.of("ark", .130), Arguments.of("ein", .140), Arguments.of("har", .140),
                Arguments.of("mia", .102), Arguments.of("pen", .103), Arguments.of("tex", .139),
                Arguments.of("was", .133),
                Arguments.of("momwhite", .369 / 1.001), Arguments.of("momblack", .525 / 1.001),
                Arguments.of("momhisp", .107 / 1.001));
    }

    @Test
    void columns_areTheTwentyEightIhdpNames() {
        assertEquals(28, IhdpLikeCovariates.COLUMNS.size());
        assertEquals(28, table[0].length);
        assertEquals(List.of("bw", "b.head", "preterm", "birth.o", "nnhealth", "momage"),
                IhdpLikeCovariates.COLUMNS.subList(0, IhdpLikeCovariates.CONTINUOUS_COUNT));
    }

    @ParameterizedTest
    @MethodSource("continuousMarginals")
    void generate_matchesNormalMarginal(String name, double mean, double sd) {
        double[] column = column(name);
        double sampleMean = mean(column);
        double sumOfSquares = 0;
        for (double value : column) {
            sumOfSquares += (value - sampleMean) * (value - sampleMean);
        }
        double sampleSd = Math.sqrt(sumOfSquares / (ROWS - 1));

        assertEquals(mean, sampleMean, 4 * sd / Math.sqrt(ROWS), name + " mean");
        // The sample SD of normal data has standard error sd / sqrt(2 n).
        assertEquals(sd, sampleSd, 4 * sd / Math.sqrt(2.0 * ROWS), name + " SD");
    }

    @ParameterizedTest
    @MethodSource("binaryRates")
    void generate_matchesBinaryRate(String name, double rate) {
        double[] column = column(name);
        for (double value : column) {
            assertTrue(value == 0 || value == 1, name + " is 0 or 1: " + value);
        }

        assertEquals(rate, mean(column), 4 * Math.sqrt(rate * (1 - rate) / ROWS), name);
    }

    @Test
    void generate_codesFirstAsOneOrTwo() {
        double[] column = column("first");
        int twos = 0;
        for (double value : column) {
            assertTrue(value == 1 || value == 2, "first is 1 or 2: " + value);
            twos += value == 2 ? 1 : 0;
        }

        assertEquals(.450, (double) twos / ROWS, 4 * Math.sqrt(.45 * .55 / ROWS));
    }

    @Test
    void generate_keepsOneHotGroupsAtMostOne() {
        for (double[] row : table) {
            assertTrue(groupSum(row, "mom.lths", "mom.hs", "mom.scoll") <= 1, "education");
            assertTrue(groupSum(row, "ark", "ein", "har", "mia", "pen", "tex", "was") <= 1,
                    "site");
            assertEquals(1.0, groupSum(row, "momwhite", "momblack", "momhisp"), 0.0, "race");
        }
    }

    @Test
    void generate_leavesOmittedCategories() {
        int noEducation = 0;
        int noSite = 0;
        for (double[] row : table) {
            noEducation += groupSum(row, "mom.lths", "mom.hs", "mom.scoll") == 0 ? 1 : 0;
            noSite += groupSum(row, "ark", "ein", "har", "mia", "pen", "tex", "was") == 0 ? 1 : 0;
        }

        assertEquals(.126, (double) noEducation / ROWS, 4 * Math.sqrt(.126 * .874 / ROWS));
        assertEquals(.113, (double) noSite / ROWS, 4 * Math.sqrt(.113 * .887 / ROWS));
    }

    private static double groupSum(double[] row, String... names) {
        double sum = 0;
        for (String name : names) {
            sum += row[IhdpLikeCovariates.COLUMNS.indexOf(name)];
        }
        return sum;
    }

    private static double[] column(String name) {
        int index = IhdpLikeCovariates.COLUMNS.indexOf(name);
        assertTrue(index >= 0, "column " + name);
        double[] column = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            column[i] = table[i][index];
        }
        return column;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
