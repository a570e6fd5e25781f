package org.causalworkbench.app.synth.robustness;

import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.app.synth.DonorChoice;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;

/**
 * A snapshot of the synthetic-control workspace's settings, taken on the UI thread so that a
 * background computation never reads properties.
 *
 * @param panel the data
 * @param treatedUnit the treated unit
 * @param interventionTime the first post-intervention time
 * @param excludedDonors the donors the user left out of the pool, in list order
 */
public record SynthSettings(Panel panel, String treatedUnit, double interventionTime,
        List<String> excludedDonors) {

    public SynthSettings {
        excludedDonors = List.copyOf(excludedDonors);
    }

    /**
     * Reads the workspace's current settings.
     *
     * @throws IllegalArgumentException if no panel, treated unit or intervention time is set
     */
    static SynthSettings of(SynthViewModel model) {
        Panel panel = model.panelProperty().get();
        String treated = model.treatedUnitProperty().get();
        Double time = model.interventionTimeProperty().get();
        if (panel == null || treated == null || time == null) {
            throw new IllegalArgumentException("No analysis is set up: open a panel and choose"
                    + " the treated unit and the intervention time on the left.");
        }
        List<String> excluded = new ArrayList<>();
        for (DonorChoice choice : model.donors()) {
            if (!choice.isIncluded()) {
                excluded.add(choice.unit());
            }
        }
        return new SynthSettings(panel, treated, time, excluded);
    }

    /** Builds the checked problem; call it on the worker, since it reads the whole panel. */
    SyntheticControlSetup setup() {
        return SyntheticControlSetup.of(panel, treatedUnit, interventionTime, excludedDonors);
    }
}
