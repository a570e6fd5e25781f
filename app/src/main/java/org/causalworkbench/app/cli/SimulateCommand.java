package org.causalworkbench.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.obsexp.simulate.GpGapSimulation;
import org.causalworkbench.estimators.obsexp.simulate.IhdpLikeSimulation;
import org.causalworkbench.estimators.obsexp.simulate.LinearGapSimulation;
import org.causalworkbench.estimators.obsexp.simulate.SimulatedData;
import org.causalworkbench.estimators.obsexp.simulate.SimulatedDataCsv;

/**
 * Writes a simulated data set with known truth. The trial designs write the trial
 * ({@code rct.csv}), the observational sample ({@code obs.csv}, when the design has one) and
 * evaluation points inside and outside the trial's support ({@code eval-in.csv},
 * {@code eval-out.csv}). Each file carries the true &tau;, &omega; and &Delta; in its last
 * columns. {@code simulate interference} writes a unit table under local interference instead
 * ({@link SimulateInterference}), and {@code simulate spillover} the per-replicate biases of a
 * synthetic-control study with contaminated donors ({@link SimulateSpillover}).
 */
final class SimulateCommand {

    static final String USAGE = "usage: causal-workbench simulate gp-gap|linear-gap|ihdp-like"
            + " --out-dir DIR [--seed S] [--rows N] [--propensity P] [--dimension D]"
            + System.lineSeparator() + SimulateInterference.USAGE
            + System.lineSeparator() + SimulateSpillover.USAGE;

    private static final Set<String> VALUED = Set.of("--out-dir", "--seed", "--rows",
            "--propensity", "--dimension");

    private SimulateCommand() {
    }

    /**
     * Generates and writes the data set.
     *
     * @param args the design name and options
     * @return the paths written
     * @throws IOException if a file cannot be written
     */
    static List<Path> run(List<String> args) throws IOException {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new IllegalArgumentException("name a design: gp-gap, linear-gap, ihdp-like,"
                    + " interference or spillover; " + USAGE);
        }
        String design = args.get(0);
        if (design.equals("interference")) {
            return SimulateInterference.run(args.subList(1, args.size()));
        }
        if (design.equals("spillover")) {
            return SimulateSpillover.run(args.subList(1, args.size()));
        }
        if (!List.of("gp-gap", "linear-gap", "ihdp-like").contains(design)) {
            throw new IllegalArgumentException("unknown design '" + design + "'; choose"
                    + " gp-gap, linear-gap, ihdp-like, interference or spillover");
        }
        Options options = Options.parse(args.subList(1, args.size()), VALUED, Set.of(), USAGE);
        Path folder = Path.of(options.require("--out-dir"));
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--out-dir " + folder + " is not an existing"
                    + " folder; create it first");
        }
        long seed = (long) Options.number("--seed", options.get("--seed").orElse("1"),
                "give a whole number");
        SimulatedData data = generate(design, options, seed);

        List<Path> written = new ArrayList<>();
        Path rct = folder.resolve("rct.csv");
        SimulatedDataCsv.writeExperimental(rct, data);
        written.add(rct);
        if (data.observational().isPresent()) {
            Path obs = folder.resolve("obs.csv");
            SimulatedDataCsv.writeSample(obs, data.covariateNames(), data.observational().get());
            written.add(obs);
        }
        Path in = folder.resolve("eval-in.csv");
        SimulatedDataCsv.writeEvaluationPoints(in, data.covariateNames(), data.inSupport());
        written.add(in);
        Path out = folder.resolve("eval-out.csv");
        SimulatedDataCsv.writeEvaluationPoints(out, data.covariateNames(), data.outOfSupport());
        written.add(out);
        return written;
    }

    private static SimulatedData generate(String design, Options options, long seed) {
        int rows = (int) Options.number("--rows", options.get("--rows").orElse("200"),
                "give a whole number of trial rows");
        double pi = Options.number("--propensity", options.get("--propensity").orElse("0.5"),
                "give a probability such as 0.5");
        int dimension = (int) Options.number("--dimension",
                options.get("--dimension").orElse("1"), "give a whole number");
        switch (design) {
            case "gp-gap":
                return GpGapSimulation.withDefaults().withDimension(dimension)
                        .withExperimentalSize(rows).withTreatmentProbability(pi).generate(seed);
            case "linear-gap":
                return LinearGapSimulation.withDefaults().withExperimentalSize(rows)
                        .withTreatmentProbability(pi).generate(seed);
            case "ihdp-like":
                return IhdpLikeSimulation.withDefaults()
                        .withSampleSizes(rows, IhdpLikeSimulation.withDefaults().settings()
                                .observationalSize())
                        .withTreatmentProbabilities(pi, 0.5).generate(seed);
            default:
                throw new IllegalArgumentException("unknown design '" + design + "'; choose"
                        + " gp-gap, linear-gap, ihdp-like, interference or spillover");
        }
    }
}
