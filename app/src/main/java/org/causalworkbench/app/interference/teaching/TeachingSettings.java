package org.causalworkbench.app.interference.teaching;

import org.causalworkbench.estimators.interference.simulate.ContextSimulation;
import org.causalworkbench.estimators.interference.simulate.GraphSimulation;
import org.causalworkbench.estimators.interference.simulate.HouseholdSimulation;
import org.causalworkbench.estimators.interference.simulate.InterferenceProcess;
import org.causalworkbench.estimators.interference.simulate.InterferenceReplicateRunner;
import org.causalworkbench.estimators.interference.simulate.InterferenceShape;

/**
 * The slider values of the teaching tab at the moment a study starts. Households read the
 * context count as the number of households and the units per context as the household size.
 *
 * @param preset the process
 * @param contexts the number of contexts or households
 * @param unitsPerContext the mean context size, or the household size
 * @param contextStrength the largest context effect s on the treatment probability
 * @param interferenceCoefficient k, the weight of the interference term
 * @param shape the form of g(I, X) in the context simulations
 * @param replicates the number R of data sets
 * @param seed the base seed of the replicates
 * @param generator the graph generator of the graph preset
 * @param nodes the graph's node count
 * @param degree the graph's target mean degree
 */
public record TeachingSettings(
        TeachingPreset preset,
        int contexts,
        int unitsPerContext,
        double contextStrength,
        double interferenceCoefficient,
        InterferenceShape shape,
        int replicates,
        long seed,
        GraphGenerator generator,
        int nodes,
        int degree) {

    /**
     * Builds the process of a study preset.
     *
     * @return the process, seeded with {@link #seed()}
     * @throws IllegalArgumentException if a value is out of range for the process, or the
     *     preset shows a fixed example rather than a study
     */
    public InterferenceProcess process() {
        InterferenceProcess process = switch (preset) {
            case MAIN_SIMULATION, COVARIATE_DEPENDENT -> context(ContextSimulation.withDefaults());
            case APPENDIX_VARIANT -> context(ContextSimulation.appendixVariant());
            case HOUSEHOLDS -> HouseholdSimulation.withDefaults()
                    .withHouseholdSize(unitsPerContext).withHouseholds(contexts);
            case GRAPH -> GraphSimulation.on(generator.model(nodes, degree))
                    .withCoefficients(1, 4, interferenceCoefficient);
            default -> throw new IllegalArgumentException("The preset \"" + preset + "\" shows"
                    + " one fixed data set and has no process to replicate: choose a"
                    + " simulation preset.");
        };
        return process.withSeed(seed);
    }

    /** Builds the runner of {@link #process()} with R replicates from the base seed. */
    public InterferenceReplicateRunner runner() {
        return InterferenceReplicateRunner.of(process()).withReplicates(replicates)
                .withBaseSeed(seed);
    }

    private ContextSimulation context(ContextSimulation base) {
        return base.withContexts(contexts).withUnitsPerContext(unitsPerContext)
                .withContextStrength(contextStrength)
                .withInterferenceCoefficient(interferenceCoefficient).withShape(shape);
    }
}
