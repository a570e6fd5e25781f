package org.causalworkbench.estimators.synth;

import static org.causalworkbench.estimators.testing.SimplexOptimality.assertKktConditions;
import static org.causalworkbench.estimators.testing.SimplexOptimality.assertOnSimplex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that the outcome-only fit is optimal on the West German and Basque panels.
 *
 * <p>Only optimality is tested. The published weights for these panels come from the
 * predictor-based fit with a V matrix, which solves a different problem, so they are not a
 * reference for the outcome-only weights.
 */
class SharedPanelsOptimalityTest {

    private static final double KKT_TOLERANCE = 1e-9;

    /** One shared panel with its treated unit, intervention time and expected donor count. */
    record Case(String file, PanelSpec spec, String treatedUnit, double interventionTime,
            int donorCount) {

        @Override
        public String toString() {
            return treatedUnit;
        }

        SyntheticControlSetup setup() {
            Panel panel = PanelReader.read(SharedDatasets.require(file), spec);
            return SyntheticControlSetup.of(panel, treatedUnit, interventionTime, List.of());
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(new Case("german_reunification.csv",
                        new PanelSpec("country", "year", "gdp", "Reunification"),
                        "West Germany", 1990, 16)),
                Arguments.of(new Case("basque_data.csv",
                        new PanelSpec("regionname", "year", "gdpcap", null),
                        "Basque Country (Pais Vasco)", 1970, 16)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void setup_hasExpectedDonorCount(Case shared) {
        SyntheticControlSetup setup = shared.setup();

        assertEquals(shared.donorCount(), setup.donors().size(), "donors");
        assertTrue(setup.notes().isEmpty(), "no donor dropped: " + setup.notes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fit_convergesWithSmallKktViolation(Case shared) {
        SyntheticControlResult fit = SyntheticControl.withDefaults().fit(shared.setup());

        assertTrue(fit.diagnostics().converged(), "converged");
        assertTrue(fit.diagnostics().kktViolation() < KKT_TOLERANCE,
                "KKT violation " + fit.diagnostics().kktViolation());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fit_putsWeightsOnSimplex(Case shared) {
        SyntheticControlResult fit = SyntheticControl.withDefaults().fit(shared.setup());

        assertOnSimplex(fit.weights(), 1e-12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fit_meetsKktConditionsIndependently(Case shared) {
        SyntheticControlSetup setup = shared.setup();
        Panel panel = setup.panel();
        int pre = setup.preCount();
        int treated = panel.findUnit(setup.treatedUnit()).orElseThrow();
        List<String> donors = setup.donors();
        double[][] x = new double[pre][donors.size()];
        double[] y = new double[pre];
        for (int t = 0; t < pre; t++) {
            y[t] = panel.outcome(treated, t);
            for (int j = 0; j < donors.size(); j++) {
                x[t][j] = panel.outcome(panel.findUnit(donors.get(j)).orElseThrow(), t);
            }
        }

        SyntheticControlResult fit = SyntheticControl.withDefaults().fit(setup);

        assertKktConditions(x, y, fit.weights(), KKT_TOLERANCE);
    }
}
