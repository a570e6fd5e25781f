package org.causalworkbench.app.analysis;

import java.util.List;
import java.util.Objects;
import org.causalworkbench.estimators.data.Panel;

/**
 * Settings of one synthetic-control analysis, shared by the window and the command line.
 *
 * @param panel the data
 * @param treatedUnit the treated unit
 * @param interventionTime the first post-intervention time
 * @param excludedDonors units left out of the donor pool
 * @param placebo whether to run in-space placebo inference
 * @param treatedInPlaceboPools whether the real treated unit may enter placebo donor pools
 */
public record SynthRequest(Panel panel, String treatedUnit, double interventionTime,
        List<String> excludedDonors, boolean placebo, boolean treatedInPlaceboPools) {

    /** Checks for missing parts and copies the exclusions. */
    public SynthRequest {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(treatedUnit, "treatedUnit");
        excludedDonors = List.copyOf(excludedDonors);
    }
}
