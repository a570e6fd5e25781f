package org.causalworkbench.estimators.synth.simulate;

import java.util.ArrayList;
import java.util.List;

/**
 * Result of a {@link SpilloverReplicateRunner} study: every replicate's biases and each
 * strategy's bias distribution.
 *
 * @param settings the process settings
 * @param baseSeed the seed from which every replicate's seed was derived
 * @param strategies the strategy names, in the order of the rows' entries
 * @param rows one row per replicate, in replicate order
 * @param summaries one bias distribution per strategy, in strategy order
 */
public record SpilloverStudyResult(SpilloverProcess.Settings settings, long baseSeed,
        List<String> strategies, List<ReplicateBiases> rows, List<StrategyBias> summaries) {

    /** Copies the lists. */
    public SpilloverStudyResult {
        strategies = List.copyOf(strategies);
        rows = List.copyOf(rows);
        summaries = List.copyOf(summaries);
    }

    /** Returns the number of replicates. */
    public int replicates() {
        return rows.size();
    }

    /**
     * Returns one strategy's bias distribution.
     *
     * @param strategy the strategy's name
     * @return the distribution
     * @throws IllegalArgumentException if the study has no strategy of that name
     */
    public StrategyBias summary(String strategy) {
        int index = strategies.indexOf(strategy);
        if (index < 0) {
            throw new IllegalArgumentException("The study has no strategy '" + strategy
                    + "'; its strategies are " + strategies + ".");
        }
        return summaries.get(index);
    }

    /** Summarises rows of a study with the given strategies. */
    static SpilloverStudyResult summarise(SpilloverProcess.Settings settings, long baseSeed,
            List<String> strategies, List<ReplicateBiases> rows) {
        List<StrategyBias> summaries = new ArrayList<>(strategies.size());
        for (int s = 0; s < strategies.size(); s++) {
            double[] values = new double[rows.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = rows.get(r).biases()[s];
            }
            summaries.add(StrategyBias.of(strategies.get(s), values));
        }
        return new SpilloverStudyResult(settings, baseSeed, strategies, rows, summaries);
    }
}
