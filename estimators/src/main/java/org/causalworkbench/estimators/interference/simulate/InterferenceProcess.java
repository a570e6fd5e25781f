package org.causalworkbench.estimators.interference.simulate;

/**
 * Seeded data-generating process with local interference and a known true average causal
 * effect (TACE).
 *
 * <p>Implementations are immutable configurations. {@link #generate()} draws every random
 * variate from the seed alone, so one configuration always gives the same units.
 */
public interface InterferenceProcess {

    /** Returns a short name of the process, such as "context simulation". */
    String name();

    /** Returns the seed that {@link #generate()} draws from. */
    long seed();

    /** Returns a copy that draws from another seed. */
    InterferenceProcess withSeed(long seed);

    /** Returns the true outcome model and TACE, which do not depend on the seed. */
    ProcessTruth truth();

    /** Generates one data set. */
    SimulatedUnits generate();
}
