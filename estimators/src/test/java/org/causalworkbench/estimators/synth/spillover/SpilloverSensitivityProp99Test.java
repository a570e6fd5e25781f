package org.causalworkbench.estimators.synth.spillover;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;
import org.causalworkbench.estimators.testing.SharedDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the spillover arithmetic, bounds and what-if refits on Proposition 99. */
class SpilloverSensitivityProp99Test {

    private static final PanelSpec SPEC =
            new PanelSpec("state", "year", "cigsale", "Proposition 99");
    private static final SyntheticControl ESTIMATOR = SyntheticControl.withDefaults();

    private static Panel panel;
    private static SyntheticControlSetup setup;
    private static SyntheticControlResult fit;
    private static SpilloverSensitivity sensitivity;

    @BeforeAll
    static void fitCalifornia() {
        panel = PanelReader.read(SharedDatasets.require("smoking_data.csv"), SPEC);
        setup = SyntheticControlSetup.of(panel, "California", 1989, List.of());
        fit = ESTIMATOR.fit(setup);
        sensitivity = SpilloverSensitivity.of(setup, fit, List.of());
    }

    @Test
    void attShift_matchesContaminatedRefit() {
        Panel contaminated = Panels.shifted(panel, "Utah", 1989, -15);
        SyntheticControlResult refit = ESTIMATOR.fit(
                SyntheticControlSetup.of(contaminated, "California", 1989, List.of()));

        assertEquals(-19.5136, fit.att(), 1e-4);
        assertEquals(-13.6050, refit.att(), 1e-4);
        assertEquals(0.3939, fit.weightOf("Utah"), 1e-4);
        assertArrayEquals(fit.weights(), refit.weights(), 1e-12);
        assertEquals(refit.att(), fit.att() + sensitivity.attShift(Map.of("Utah", -15.0)),
                1e-9);
    }

    @Test
    void effectSurface_recoversCleanEffect() {
        Panel contaminated = Panels.shifted(panel, "Utah", 1989, -15);
        SyntheticControlSetup dirtySetup =
                SyntheticControlSetup.of(contaminated, "California", 1989, List.of());
        SyntheticControlResult dirtyFit = ESTIMATOR.fit(dirtySetup);
        SpilloverSensitivity dirty = SpilloverSensitivity.of(dirtySetup, dirtyFit, List.of());
        double share = dirty.weightShare(List.of("Utah"));

        EffectSurface surface = dirty.effectSurface(new double[] {0, 15}, new double[] {share},
                -1);

        assertEquals(dirtyFit.att(), surface.adjustedEffect()[0][0], 1e-12);
        assertEquals(fit.att(), surface.adjustedEffect()[1][0], 1e-9);
    }

    @Test
    void breakEven_cancelsEffect() {
        double sign = Math.signum(fit.att());
        Map<String, Double> uniform = new LinkedHashMap<>();
        for (String donor : fit.donors()) {
            uniform.put(donor, sign * sensitivity.breakEven());
        }

        assertEquals(Math.abs(fit.att()), sensitivity.breakEven(), 0);
        assertEquals(0, fit.att() + sensitivity.attShift(uniform), 1e-9);
    }

    @Test
    void breakEvenByDonor_cancelsEffectAlone() {
        double sign = Math.signum(fit.att());
        Map<String, Double> sizes = sensitivity.breakEvenByDonor();

        assertEquals(fit.donors(), new ArrayList<>(sizes.keySet()));
        assertEquals(19.5136 / 0.3939, sizes.get("Utah"), 0.01);
        for (String donor : fit.donors()) {
            double size = sizes.get(donor);
            if (fit.weightOf(donor) == 0) {
                assertEquals(Double.POSITIVE_INFINITY, size, donor);
            } else {
                double shifted = fit.att() + sensitivity.attShift(Map.of(donor, sign * size));
                assertEquals(0, shifted, 1e-9, donor);
            }
        }
        assertEquals(Double.POSITIVE_INFINITY, sizes.get("Alabama"));
    }

    @Test
    void bounds_followTheirFormulas() {
        SyntheticControlSetup withoutUtah =
                SyntheticControlSetup.of(panel, "California", 1989, List.of("Utah"));
        SyntheticControlResult refit = ESTIMATOR.fit(withoutUtah);
        SpilloverSensitivity excludingUtah =
                SpilloverSensitivity.of(withoutUtah, refit, List.of("Utah"));
        double[] utah = panel.outcomes(panel.findUnit("Utah").orElseThrow());
        double preMean = 0;
        double postMean = 0;
        for (int t = 0; t < utah.length; t++) {
            if (t < 19) {
                preMean += utah[t] / 19;
            } else {
                postMean += utah[t] / 12;
            }
        }
        double maxWeight = 0;
        for (double weight : refit.weights()) {
            maxWeight = Math.max(maxWeight, weight);
        }

        assertEquals(38 * maxWeight * Math.abs(preMean - postMean),
                excludingUtah.falsePositiveBound(), 1e-9);
        assertEquals(38 * maxWeight * 5, excludingUtah.falseNegativeBound(5), 1e-12);
        assertEquals(0, sensitivity.falsePositiveBound());
        double share = fit.weightOf("Utah") + fit.weightOf("Nevada");
        assertEquals(5 * share, sensitivity.simplexBound(5, List.of("Utah", "Nevada")), 1e-12);
        assertTrue(sensitivity.simplexBound(5, fit.donors()) <= 5 + 1e-12);
    }

    @Test
    void whatIf_matchesDirectRefits() {
        List<String> excluded = List.of("Utah", "Nevada", "Montana");
        SyntheticControlSetup kept = SyntheticControlSetup.of(panel, "California", 1989,
                excluded);
        SyntheticControlResult keptFit = ESTIMATOR.fit(kept);
        List<WhatIfRow> rows = SpilloverSensitivity.of(kept, keptFit, excluded)
                .whatIf(ESTIMATOR, ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(4, rows.size());
        for (int i = 0; i < 3; i++) {
            List<String> others = new ArrayList<>(excluded);
            others.remove(i);
            SyntheticControlResult direct = ESTIMATOR.fit(
                    SyntheticControlSetup.of(panel, "California", 1989, others));
            WhatIfRow row = rows.get(i);
            assertEquals(List.of(excluded.get(i)), row.reincluded());
            assertEquals(direct.att(), row.att(), 1e-12);
            assertEquals(direct.att() - keptFit.att(), row.change(), 1e-12);
            assertEquals(direct.weightOf(excluded.get(i)), row.reincludedWeight(), 1e-12);
        }
        WhatIfRow all = rows.get(3);
        assertEquals(excluded, all.reincluded());
        assertEquals(fit.att(), all.att(), 1e-9);
        assertEquals(36, rows.get(0).fit().donors().size());
    }

    @Test
    void spillover_onUnknownDonorRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> sensitivity.attShift(Map.of("Atlantis", 1.0)));
        assertTrue(error.getMessage().contains("'Atlantis'"), error.getMessage());
    }

    @Test
    void excludedDonor_inPoolRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SpilloverSensitivity.of(setup, fit, List.of("Utah")));
        assertTrue(error.getMessage().contains("kept donor"), error.getMessage());
    }
}
