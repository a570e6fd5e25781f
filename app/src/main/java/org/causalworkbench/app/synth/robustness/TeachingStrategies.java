package org.causalworkbench.app.synth.robustness;

import java.util.List;
import org.causalworkbench.estimators.synth.simulate.DonorStrategy;
import org.causalworkbench.estimators.synth.simulate.ScreenStrategies;
import org.causalworkbench.estimators.synth.simulate.SpilloverProcess;

/** The donor strategies the teaching study compares, in column order. */
final class TeachingStrategies {

    private TeachingStrategies() {
    }

    /**
     * Returns all donors, the oracle's valid donors, and the screen rules S1 and S2 of
     * O'Riordan and Gilligan-Lee (2025).
     *
     * @param process the simulated process
     * @param keep n of rule S1, or 0 to keep as many donors as the process makes valid (at
     *     least 1), as the simulate spillover command does by default
     * @param level φ of rule S2, strictly between 0 and 1
     * @return the strategies
     */
    static List<DonorStrategy> of(SpilloverProcess process, int keep, double level) {
        int n = keep > 0 ? keep : Math.max(1, process.validDonorCount());
        if (n > process.settings().donors()) {
            throw new IllegalArgumentException("S1 cannot keep " + n + " of "
                    + process.settings().donors() + " donors: use at most the donor count, or"
                    + " 0 for the number of valid donors.");
        }
        return List.of(DonorStrategy.ALL, DonorStrategy.VALID, ScreenStrategies.topN(n),
                ScreenStrategies.insideInterval(level));
    }
}
