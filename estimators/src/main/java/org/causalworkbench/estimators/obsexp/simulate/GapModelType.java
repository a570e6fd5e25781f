package org.causalworkbench.estimators.obsexp.simulate;

import org.causalworkbench.estimators.obsexp.GapIntervals;
import org.causalworkbench.estimators.obsexp.LcmPseudoOutcomeGp;
import org.causalworkbench.estimators.obsexp.StandardPseudoOutcomeGp;
/** Gap model compared by {@link ReplicateRunner}: the method and the two GP baselines. */
public enum GapModelType {

    /** The fixed-nuisance multi-task GP, {@link GapIntervals}. */
    METHOD,

    /** The pseudo-outcome GP that ignores the treatment arm, {@link StandardPseudoOutcomeGp}. */
    STANDARD,

    /** The multi-task GP with a learned task covariance, {@link LcmPseudoOutcomeGp}. */
    LCM
}
