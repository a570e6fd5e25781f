package org.causalworkbench.estimators.synth.spillover;

import java.util.List;
import org.causalworkbench.estimators.synth.SyntheticControlResult;

/**
 * One refit of the what-if table: the kept donors plus some excluded ones put back.
 *
 * @param reincluded the excluded donors put back into the pool
 * @param att the refitted ATT, in outcome units
 * @param change the refitted ATT minus the ATT on the kept donors
 * @param reincludedWeight the refit's total weight on the donors put back
 * @param fit the full refit
 */
public record WhatIfRow(List<String> reincluded, double att, double change,
        double reincludedWeight, SyntheticControlResult fit) {

    /** Copies the list. */
    public WhatIfRow {
        reincluded = List.copyOf(reincluded);
    }
}
