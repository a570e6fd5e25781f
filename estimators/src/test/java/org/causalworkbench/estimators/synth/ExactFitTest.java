package org.causalworkbench.estimators.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.junit.jupiter.api.Test;

/**
 * Checks exact pre-period fits and non-unique weights, where floating-point noise would otherwise
 * pose as information.
 */
class ExactFitTest {

    private static final PanelSpec SPEC = new PanelSpec("unit", "time", "y", null);

    /** Builds a panel of named units over times 1..periods from a value function. */
    private static Panel panel(List<String> units, int periods,
            BiFunction<String, Integer, Double> value) {
        StringBuilder csv = new StringBuilder("unit,time,y\n");
        for (String unit : units) {
            for (int t = 1; t <= periods; t++) {
                csv.append(unit).append(',').append(t).append(',')
                        .append(String.format(Locale.ROOT, "%.17g", value.apply(unit, t)))
                        .append('\n');
            }
        }
        return PanelReader.build(CsvTable.read(new StringReader(csv.toString()), "exact.csv"),
                SPEC);
    }

    private static double base(String unit, int t) {
        double phase = unit.charAt(0) - 'A';
        return 10 + phase + Math.sin(t * (0.3 + 0.17 * phase)) * (1 + phase / 3);
    }

    @Test
    void fit_treatsRoundingNoiseAsExactFit() {
        Panel data = panel(List.of("A", "B", "C", "D"), 10, (unit, t) -> unit.equals("A")
                ? 0.3 * base("C", t) + 0.7 * base("D", t) + (t >= 7 ? -2 : 0)
                : base(unit, t));

        SyntheticControlResult fit = SyntheticControl.withDefaults()
                .fit(SyntheticControlSetup.of(data, "A", 7, List.of()));

        assertEquals(0, fit.preRmspe());
        assertEquals(Double.POSITIVE_INFINITY, fit.rmspeRatio());
        assertEquals(-2, fit.att(), 1e-9);
        assertTrue(fit.diagnostics().messages().stream().anyMatch(m -> m.contains("exact")),
                fit.diagnostics().messages().toString());
    }

    @Test
    void placebo_givesNoisyExactDonorZeroRatio() {
        Panel data = panel(List.of("A", "B", "C", "D", "E", "F"), 10, (unit, t) -> {
            if (unit.equals("F")) {
                return 0.3 * base("D", t) + 0.7 * base("E", t);
            }
            return base(unit, t) + (unit.equals("A") && t >= 7 ? -3 : 0);
        });

        PlaceboResult placebo = PlaceboInference.withDefaults().run(
                SyntheticControlSetup.of(data, "A", 7, List.of()), ProgressSink.NONE,
                CancellationToken.NEVER);

        PlaceboUnit f = placebo.placebos().stream().filter(p -> p.unit().equals("F"))
                .findFirst().orElseThrow();
        assertEquals(0, f.preRmspe());
        assertEquals(0, f.postRmspe());
        assertEquals(0, f.rankingRatio());
    }

    @Test
    void fit_flagsIdenticalDonorsAsNotUnique() {
        Panel data = panel(List.of("A", "B", "C", "D"), 8, (unit, t) -> unit.equals("A")
                ? base("A", t) : base("B", t));

        SyntheticControlResult fit = SyntheticControl.withDefaults()
                .fit(SyntheticControlSetup.of(data, "A", 6, List.of()));

        assertTrue(fit.diagnostics().weightsMayNotBeUnique());
    }

    @Test
    void fit_flagsExactFitWithFewPeriodsAsNotUnique() {
        List<String> units = List.of("A", "B", "C", "D", "E", "F", "G", "H");
        Panel data = panel(units, 4, (unit, t) -> unit.equals("A")
                ? (base("B", t) + base("C", t) + base("D", t)) / 3 : base(unit, t));

        SyntheticControlResult fit = SyntheticControl.withDefaults()
                .fit(SyntheticControlSetup.of(data, "A", 3, List.of()));

        assertTrue(fit.diagnostics().weightsMayNotBeUnique());
    }

    @Test
    void fit_withDistinctDonors_isUnique() {
        Panel data = panel(List.of("A", "B", "C", "D", "E"), 12, (unit, t) -> unit.equals("A")
                ? 0.5 * base("B", t) + 0.5 * base("C", t) + 0.3 * Math.cos(t) : base(unit, t));

        SyntheticControlResult fit = SyntheticControl.withDefaults()
                .fit(SyntheticControlSetup.of(data, "A", 9, List.of()));

        assertFalse(fit.diagnostics().weightsMayNotBeUnique());
        assertTrue(fit.preRmspe() > 0);
    }

    @Test
    void fit_withHugeOutcomes_staysFinite() {
        Panel data = panel(List.of("A", "B", "C"), 8, (unit, t) -> 1e155 * (unit.equals("A")
                ? 0.55 * base("B", t) + 0.45 * base("C", t) + 0.01 * Math.sin(t)
                : base(unit, t)));

        SyntheticControlResult fit = SyntheticControl.withDefaults()
                .fit(SyntheticControlSetup.of(data, "A", 6, List.of()));

        assertEquals(0.55, fit.weightOf("B"), 0.02);
        assertTrue(Double.isFinite(fit.preRmspe()));
        assertTrue(Double.isFinite(fit.postRmspe()));
    }

    @Test
    void fit_withTinyOutcomes_matchesScaledFit() {
        BiFunction<String, Integer, Double> values = (unit, t) -> unit.equals("A")
                ? 0.55 * base("B", t) + 0.45 * base("C", t) + 0.01 * Math.sin(t)
                : base(unit, t);
        Panel plain = panel(List.of("A", "B", "C"), 8, values);
        Panel tiny = panel(List.of("A", "B", "C"), 8, (unit, t) -> 1e-200 * values.apply(unit, t));

        SyntheticControlResult plainFit = SyntheticControl.withDefaults()
                .fit(SyntheticControlSetup.of(plain, "A", 6, List.of()));
        SyntheticControlResult tinyFit = SyntheticControl.withDefaults()
                .fit(SyntheticControlSetup.of(tiny, "A", 6, List.of()));

        assertEquals(plainFit.weightOf("B"), tinyFit.weightOf("B"), 1e-9);
        assertEquals(plainFit.preRmspe() * 1e-200, tinyFit.preRmspe(), 1e-209);
    }
}
