package org.causalworkbench.app.interference;

import java.util.Objects;
import org.causalworkbench.estimators.interference.BlockBootstrap;
import org.causalworkbench.estimators.interference.VarianceInflation;

/**
 * The bootstrap settings of one run.
 *
 * @param replicates the number B of block-bootstrap replicates, 0 for no interval
 * @param seed the seed of the block draws, so a run can be repeated exactly
 * @param inflation the factor D that multiplies the bootstrap variance
 * @param inflationGraph the dependency graph that D is computed from
 */
public record UncertaintyChoice(int replicates, long seed, VarianceInflation inflation,
        InflationGraph inflationGraph) {

    /** The default number of replicates. */
    public static final int DEFAULT_REPLICATES = BlockBootstrap.DEFAULT_REPLICATES;
    /** The largest number of replicates accepted. */
    public static final int MAX_REPLICATES = 100_000;
    /** No bootstrap: the estimates carry no interval. */
    public static final UncertaintyChoice OFF = new UncertaintyChoice(0,
            BlockBootstrap.DEFAULT_SEED, VarianceInflation.SPECTRAL_RADIUS, InflationGraph.BLOCKS);

    /**
     * Checks the settings.
     *
     * @throws IllegalArgumentException if B is 1, negative or above {@value #MAX_REPLICATES}
     */
    public UncertaintyChoice {
        Objects.requireNonNull(inflation, "inflation");
        Objects.requireNonNull(inflationGraph, "inflationGraph");
        if (replicates < 0 || replicates == 1 || replicates > MAX_REPLICATES) {
            throw new IllegalArgumentException("Invalid number of bootstrap replicates "
                    + replicates + ": use 0 for no interval, or 2 to " + MAX_REPLICATES
                    + ", for example " + DEFAULT_REPLICATES + ".");
        }
    }

    /** Returns whether the run computes a bootstrap interval. */
    public boolean enabled() {
        return replicates > 0;
    }

    /** Returns the bootstrap configured with these settings; only valid when enabled. */
    BlockBootstrap bootstrap() {
        return BlockBootstrap.withDefaults().withReplicates(replicates).withSeed(seed)
                .withInflation(inflation);
    }
}
