package org.causalworkbench.estimators.obsexp.simulate;

import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Simulation design of a replicate study: a name for reports and a generator that turns a seed
 * into one data set.
 *
 * <p>{@link ReplicateRunner} calls the generator from several threads at once, so it must be
 * thread-safe and must return the same data for the same seed. The three simulations of the
 * workbench are, and the factories here wrap them.
 *
 * @param name a short description, for example the generator and its settings
 * @param generator the function from a seed to one data set
 */
public record ReplicateDesign(String name, LongFunction<SimulatedData> generator) {

    /** Checks that both parts are present. */
    public ReplicateDesign {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(generator, "generator");
    }

    /** Returns the design that draws GP-gap data sets with the simulation's settings. */
    public static ReplicateDesign gpGap(GpGapSimulation simulation) {
        return new ReplicateDesign("GP gap " + simulation.settings(), simulation::generate);
    }

    /** Returns the design that draws linear-gap data sets with the simulation's settings. */
    public static ReplicateDesign linearGap(LinearGapSimulation simulation) {
        return new ReplicateDesign("linear gap " + simulation.settings(), simulation::generate);
    }

    /** Returns the design that draws IHDP-like data sets with the simulation's settings. */
    public static ReplicateDesign ihdpLike(IhdpLikeSimulation simulation) {
        return new ReplicateDesign("IHDP-like " + simulation.settings(), simulation::generate);
    }

    /** Generates the data set of one seed. */
    public SimulatedData generate(long seed) {
        return generator.apply(seed);
    }
}
