package org.causalworkbench.estimators.obsexp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the observational CATE fit, the closed-form simulation designs and bad inputs. */
class ObservationalCateTest {

    /** Reference case R1: omega(x) = 1 + 2x + 2.75x^2 of the GP-gap simulation. */
    static Stream<Arguments> paperOmegaTable() {
        return Stream.of(
                Arguments.of(-1.0, 1.75),
                Arguments.of(0.0, 1.0),
                Arguments.of(1.0, 5.75),
                Arguments.of(2.0, 16.0),
                Arguments.of(-3.0, 19.75));
    }

    @ParameterizedTest
    @MethodSource("paperOmegaTable")
    void paperSimulation_matchesClosedForm_r1(double x, double expected) {
        assertEquals(expected, SimulationDesigns.paperSimulationOmega(x), 1e-12, "closed form");
        assertEquals(expected, ObservationalCate.paperSimulation().valueAt(new double[] {x}),
                1e-12, "as an ObservationalCate");
    }

    @Test
    void kallusDesign_matchesClosedForm_r1() {
        assertEquals(3.75, SimulationDesigns.kallusTau(1), 1e-12, "tau(1)");
        assertEquals(4.75, SimulationDesigns.kallusOmega(1), 1e-12, "omega(1)");
        assertEquals(4.75, ObservationalCate.kallusDesign().valueAt(new double[] {1}), 1e-12,
                "omega(1) as an ObservationalCate");
        for (double x = -3; x <= 3; x += 0.25) {
            double gap = SimulationDesigns.kallusTau(x) - SimulationDesigns.kallusOmega(x);
            assertEquals(-x, gap, 1e-12, "tau - omega at " + x);
            assertEquals(-x, SimulationDesigns.kallusGap(x), 0, "gap at " + x);
        }
    }

    /**
     * Simulates the Kallus-style observational data, where (X, U) given T = t is bivariate
     * normal with correlation t - 1/2, and checks that the interaction fit on [1, x, x^2]
     * recovers omega(x) = 1 + 3x + 0.75x^2.
     */
    @Test
    void fitInteraction_recoversKallusOmega_confoundedSimulation() {
        Random random = new Random(5);
        int n = 40_000;
        double[][] x = new double[n][3];
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = random.nextBoolean() ? 1 : 0;
            double rho = t[i] - 0.5;
            double covariate = random.nextGaussian();
            double u = rho * covariate + Math.sqrt(1 - rho * rho) * random.nextGaussian();
            x[i] = new double[] {1, covariate, covariate * covariate};
            y[i] = 1 + t[i] + covariate + 2 * t[i] * covariate + 0.5 * covariate * covariate
                    + 0.75 * t[i] * covariate * covariate + u + 0.5 * random.nextGaussian();
        }
        InteractionFit fit = ObservationalCate.fitInteraction(x, t, y);
        assertArrayEquals(new double[] {1, 3, 0.75}, fit.cateCoefficients(), 0.05,
                "omega coefficients on [1, x, x^2]");
        for (double point : new double[] {-1, 0, 1}) {
            assertEquals(SimulationDesigns.kallusOmega(point),
                    fit.cate().valueAt(new double[] {1, point, point * point}), 0.1,
                    "omega at " + point);
        }
        assertEquals(n, fit.rows(), "rows");
    }

    @Test
    void fitInteraction_recoversCoefficients_noiselessData() {
        Random random = new Random(3);
        int n = 25;
        double[][] x = new double[n][2];
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            x[i][1] = random.nextGaussian() * 100;
            t[i] = i % 2;
            y[i] = 3 - 0.5 * x[i][1] + t[i] * (2 + 0.01 * x[i][1]);
        }
        InteractionFit fit = ObservationalCate.fitInteraction(x, t, y);
        assertArrayEquals(new double[] {3, -0.5, 2, 0.01}, fit.coefficients(), 1e-9,
                "covariate block, then interaction block");
        assertArrayEquals(new double[] {2, 0.01}, fit.cateCoefficients(), 1e-9, "omega");
        assertEquals(12, fit.treatedRows(), "treated rows at odd indices");
        assertEquals(0, fit.residualStandardError(), 1e-9, "residual standard error");
        assertEquals(2 + 0.01 * 50, fit.cate().valueAt(new double[] {1, 50}), 1e-9, "omega(x)");
    }

    @Test
    void fitInteraction_rejectsTable_withoutTreatedRows() {
        double[][] x = {{1}, {2}, {3}};
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> ObservationalCate.fitInteraction(x, new double[3], new double[] {1, 2, 3}));
        assertTrue(error.getMessage().contains("all 3 rows have T = 0"), error.getMessage());
    }

    @Test
    void fitInteraction_rejects_tooFewRows() {
        double[][] x = {{1, 2}, {3, 4}, {5, 6}};
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> ObservationalCate.fitInteraction(x, new double[] {0, 1, 0},
                        new double[] {1, 2, 3}));
        assertTrue(error.getMessage().contains("4 coefficients but only 3 rows"),
                error.getMessage());
    }

    @Test
    void fitInteraction_rejectsCovariate_collinearWithEarlierColumn() {
        int n = 10;
        double[][] x = new double[n][2];
        double[] t = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = i + 1;
            x[i][1] = 2 * (i + 1);
            t[i] = i % 2;
            y[i] = i;
        }
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> ObservationalCate.fitInteraction(x, t, y));
        assertTrue(error.getMessage().contains("covariate column index 1"), error.getMessage());
        assertTrue(error.getMessage().contains("rank-deficient"), error.getMessage());
    }

    @Test
    void fitInteraction_rejectsTreatment_notZeroOrOne() {
        double[][] x = {{1}, {2}, {3}};
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> ObservationalCate.fitInteraction(x, new double[] {0, 2, 1},
                        new double[] {1, 2, 3}));
        assertTrue(error.getMessage().contains("row index 1"), error.getMessage());
        assertTrue(error.getMessage().contains("2.0"), error.getMessage());
    }

    @Test
    void linear_rejectsRow_ofWrongLength() {
        ObservationalCate omega = ObservationalCate.linear(new double[] {1, 2});
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> omega.valueAt(new double[] {1, 2, 3}));
        assertTrue(error.getMessage().contains("uses 2 covariates but the row has 3"),
                error.getMessage());
    }

    @Test
    void valuesAt_rejectsFormula_notFiniteAtRow() {
        ObservationalCate omega = ObservationalCate.of("1 / x", x -> 1 / x[0]);
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> omega.valuesAt(new double[][] {{1}, {0}}));
        assertTrue(error.getMessage().contains("row index 1"), error.getMessage());
        assertTrue(error.getMessage().contains("Infinity"), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.NEGATIVE_INFINITY})
    void fromColumn_rejectsValue_notFinite(double bad) {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> ObservationalCate.fromColumn(new double[] {1, bad}, "omega_hat"));
        assertTrue(error.getMessage().contains("omega_hat"), error.getMessage());
        assertTrue(error.getMessage().contains("row index 1"), error.getMessage());
    }

    @Test
    void fromColumn_returnsCopy() {
        double[] column = {1, 2};
        double[] copy = ObservationalCate.fromColumn(column, "omega_hat");
        column[0] = 9;
        assertEquals(1, copy[0], 0);
    }
}
