package org.causalworkbench.estimators.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the outcome-only fit on California's Proposition 99 (treated from 1989, 38 donors)
 * against reference values computed with a KKT-verified simplex solver and confirmed by mlsynth.
 */
class Prop99ReferenceTest {

    private static final PanelSpec SPEC =
            new PanelSpec("state", "year", "cigsale", "Proposition 99");

    private static Panel panel;
    private static SyntheticControlResult fit;

    @BeforeAll
    static void fitCalifornia() {
        panel = PanelReader.read(SharedDatasets.require("smoking_data.csv"), SPEC);
        fit = SyntheticControl.withDefaults()
                .fit(SyntheticControlSetup.of(panel, "California", 1989, List.of()));
    }

    static Stream<Arguments> referenceWeights() {
        return Stream.of(
                Arguments.of("Utah", 0.3939),
                Arguments.of("Montana", 0.2318),
                Arguments.of("Nevada", 0.2049),
                Arguments.of("Connecticut", 0.1091),
                Arguments.of("New Hampshire", 0.0454),
                Arguments.of("Colorado", 0.0148));
    }

    @Test
    void fit_hasReferenceSumOfSquares() {
        assertEquals(52.1296, fit.diagnostics().preSsr(), 52.1296 * 1e-4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceWeights")
    void fit_hasReferenceWeight(String donor, double weight) {
        assertEquals(weight, fit.weightOf(donor), 1e-3);
    }

    @Test
    void fit_givesNoWeightOutsideReferenceSupport() {
        Set<String> support = Set.of("Utah", "Montana", "Nevada", "Connecticut",
                "New Hampshire", "Colorado");
        for (String donor : fit.donors()) {
            if (!support.contains(donor)) {
                assertEquals(0, fit.weightOf(donor), 1e-3, donor);
            }
        }
    }

    @Test
    void fit_hasReferenceEffectAndRmspe() {
        assertEquals(38, fit.donors().size());
        assertEquals(-19.5136, fit.att(), 1e-3);
        assertEquals(1.6564, fit.preRmspe(), 1e-3);
        assertEquals(20.6056, fit.postRmspe(), 1e-3);
    }

    @Test
    void fit_hasReferenceGaps() {
        double[] times = fit.times();
        double[] gap = fit.gap();
        assertEquals(1989, times[19]);
        assertEquals(-8.4405, gap[19], 1e-3);
        assertEquals(2000, times[30]);
        assertEquals(-26.5966, gap[30], 1e-3);
    }

    @Test
    void fit_isExactlyOptimal() {
        assertTrue(fit.diagnostics().converged());
        assertFalse(fit.diagnostics().weightsMayNotBeUnique());
        assertTrue(fit.diagnostics().kktViolation() < 1e-9,
                "KKT violation " + fit.diagnostics().kktViolation());
    }

    @Test
    void utahPostPeriodShift_movesAttByWeightTimesShift() {
        String shifted = shiftPostPeriod("Utah", -15);
        Panel contaminated = PanelReader.build(
                CsvTable.read(new java.io.StringReader(shifted), "utah-minus-15.csv"), SPEC);
        SyntheticControlResult refit = SyntheticControl.withDefaults()
                .fit(SyntheticControlSetup.of(contaminated, "California", 1989, List.of()));

        assertEquals(fit.weightOf("Utah"), refit.weightOf("Utah"), 1e-12);
        assertEquals(-13.6050, refit.att(), 1e-3);
        assertEquals(fit.att() + 15 * fit.weightOf("Utah"), refit.att(), 1e-9);
    }

    /**
     * The outcome-only placebo study ranks California third, behind Missouri and Virginia, whose
     * pre-period fits are close to exact. The ratios were computed independently with SciPy 1.17,
     * by NNLS on the system augmented with a heavily weighted sum-to-one row. The predictor-based
     * fit of Abadie, Diamond and Hainmueller ranks California first, so its p of 1/39 does not
     * apply here.
     */
    @Test
    void placebo_matchesIndependentRanking() {
        PlaceboResult placebo = PlaceboInference.withDefaults()
                .run(SyntheticControlSetup.of(panel, "California", 1989, List.of()),
                        ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(38, placebo.placebos().size());
        assertEquals(12.43997, placebo.treated().ratio(), 1e-4);
        assertEquals(23.92435, ratioOf(placebo, "Missouri"), 1e-4);
        assertEquals(19.82756, ratioOf(placebo, "Virginia"), 1e-4);
        assertEquals(9.06167, ratioOf(placebo, "Georgia"), 1e-4);
        assertEquals(3, placebo.rank());
        assertEquals(3.0 / 39, placebo.pValue(), 1e-12);
    }

    private static double ratioOf(PlaceboResult placebo, String unit) {
        return placebo.placebos().stream().filter(p -> p.unit().equals(unit)).findFirst()
                .orElseThrow().ratio();
    }

    private static String shiftPostPeriod(String state, double shift) {
        StringBuilder csv = new StringBuilder("state,year,cigsale,Proposition 99\n");
        for (int u = 0; u < panel.unitCount(); u++) {
            for (int t = 0; t < panel.timeCount(); t++) {
                double value = panel.outcome(u, t);
                if (panel.units().get(u).equals(state) && panel.time(t) >= 1989) {
                    value += shift;
                }
                csv.append('"').append(panel.units().get(u)).append("\",")
                        .append(Panel.formatTime(panel.time(t))).append(',')
                        .append(value).append(',')
                        .append(panel.treated(u, t) ? "True" : "False").append('\n');
            }
        }
        return csv.toString();
    }
}
