package org.causalworkbench.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.interference.simulate.ContextSimulation;
import org.causalworkbench.estimators.interference.simulate.SimulatedUnitsCsv;

/**
 * Writes one data set of the context simulation of O'Riordan and Gilligan-Lee (2025), Sec. 6.1,
 * as a unit table with the columns id, group, x, t and y. The true TACE is 1.
 *
 * <p>Units alone in their context have no signature and are left out of the file, so that
 * {@code tace --groups group --signature group-fraction} accepts it. At the default 10,000
 * contexts this drops about 2 of 110,000 units.
 */
final class SimulateInterference {

    static final String USAGE = "usage: causal-workbench simulate interference --out FILE"
            + " [--contexts C] [--seed S] [--interference K] [--context-strength S]"
            + " [--appendix]";

    private static final Set<String> VALUED = Set.of("--out", "--contexts", "--seed",
            "--interference", "--context-strength");

    /**
     * Most contexts accepted. At 1,000,000 contexts a run took 42 s and several GB of heap on a
     * 2-core machine, so the cap keeps a run to a few seconds.
     */
    static final int MAX_CONTEXTS = 100_000;

    private SimulateInterference() {
    }

    /**
     * Generates and writes the unit table.
     *
     * @param args the options after {@code simulate interference}
     * @return the path written
     * @throws IOException if the file cannot be written
     */
    static List<Path> run(List<String> args) throws IOException {
        Options options = Options.parse(args, VALUED, Set.of("--appendix"), USAGE);
        Path target = Path.of(options.require("--out"));
        ContextSimulation process = options.has("--appendix")
                ? ContextSimulation.appendixVariant() : ContextSimulation.withDefaults();
        long contexts = Options.integer("--contexts",
                options.get("--contexts").orElse("10000"));
        if (contexts < 1 || contexts > MAX_CONTEXTS) {
            throw new IllegalArgumentException("--contexts " + contexts + " is out of range;"
                    + " give a whole number from 1 to " + MAX_CONTEXTS + " (about 11 units"
                    + " each)");
        }
        process = process.withContexts((int) contexts)
                .withSeed(Options.integer("--seed", options.get("--seed").orElse("1")));
        if (options.get("--interference").isPresent()) {
            process = process.withInterferenceCoefficient(Options.number("--interference",
                    options.get("--interference").get(), "give a number such as 4"));
        }
        if (options.get("--context-strength").isPresent()) {
            process = process.withContextStrength(Options.number("--context-strength",
                    options.get("--context-strength").get(), "give a number in [0, 0.6]"));
        }
        SimulatedUnitsCsv.write(target, process.generate());
        return List.of(target);
    }
}
