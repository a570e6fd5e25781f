package org.causalworkbench.app.interference.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.interference.CellOverlap;
import org.causalworkbench.estimators.interference.IdentifiabilityCheck;
import org.causalworkbench.estimators.interference.IdentifiabilityResult;
import org.causalworkbench.estimators.interference.NoOverlapException;
import org.causalworkbench.estimators.interference.RiskRatio;
import org.causalworkbench.estimators.interference.RiskRatioResult;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.TaceResult;
import org.causalworkbench.estimators.interference.simulate.NonIdentificationDemo;
import org.causalworkbench.estimators.interference.simulate.SimulatedUnits;
import org.causalworkbench.estimators.interference.simulate.ToyExamples;

/**
 * Builds the fixed teaching examples: the two toy examples, the K3,3 non-identification pair
 * and the product outcome. Every unit has X = 0, so the estimators get no covariate cells and
 * the covariate-only estimate equals the naive one.
 */
public final class TeachingExamples {

    /** Name of the difference in means. */
    public static final String NAIVE = "Naive (difference in means)";
    /** Name of the signature-adjusted estimate. */
    public static final String TACE = "TACE, e(I)";
    /** Name of the risk-ratio estimate. */
    public static final String TACRR = "TACRR (risk ratio)";

    private static final TaceEstimator ESTIMATOR = TaceEstimator.withDefaults();

    private TeachingExamples() {
    }

    /**
     * Builds the example of a preset.
     *
     * @param preset a preset that is not a study
     * @return the example
     * @throws IllegalArgumentException if the preset is a study
     */
    public static TeachingExample build(TeachingPreset preset) {
        return switch (preset) {
            case TOY_ONE -> toyOne();
            case TOY_TWO -> toyTwo();
            case NON_IDENTIFICATION -> nonIdentification();
            case PRODUCT_OUTCOME -> productOutcome();
            default -> throw new IllegalArgumentException("The preset \"" + preset + "\" is a"
                    + " simulation study, not a fixed example: run it instead.");
        };
    }

    private static TeachingExample toyOne() {
        SimulatedUnits units = ToyExamples.toyExampleOne();
        TaceResult result = estimate(units);
        List<EstimateLine> lines = List.of(
                EstimateLine.of(NAIVE, result.naive().hajek(), "all 3 units"),
                EstimateLine.of(TACE, result.tace().hajek(), kept(result.tace().unitsKept(),
                        units.size()) + ": only the cell I = 1 has both arms"));
        return new TeachingExample(TeachingPreset.TOY_ONE,
                List.of(ExampleDataSet.of("Toy example 1", units)), lines,
                "Unit 2 acts on units 1 and 3. The naive difference mixes the effect of own"
                        + " treatment with the interference that units 1 and 3 receive from unit"
                        + " 2. Comparing only units with the same signature, unit 1 with unit 3,"
                        + " removes it.", "");
    }

    private static TeachingExample toyTwo() {
        SimulatedUnits units = ToyExamples.toyExampleTwo();
        List<EstimateLine> lines = new ArrayList<>();
        lines.add(EstimateLine.of(NAIVE, differenceInMeans(units), "all 3 units"));
        String warning = "";
        try {
            TaceResult result = estimate(units);
            lines.add(EstimateLine.of(TACE, result.tace().hajek(),
                    kept(result.tace().unitsKept(), units.size())));
        } catch (NoOverlapException rejected) {
            String message = rejected.getMessage();
            lines.add(EstimateLine.rejected(TACE, message));
            warning = "No TACE estimate: " + message;
        }
        return new TeachingExample(TeachingPreset.TOY_TWO,
                List.of(ExampleDataSet.of("Toy example 2", units)), lines,
                "The signature is a vector: (treatment received from unit 2, treatment received"
                        + " from unit 1). The untreated unit 3 receives both, so no untreated unit"
                        + " shares a signature with a treated unit: P(T = 1 | I) is 0 or 1 in"
                        + " every cell. Overlap fails and the estimator returns no number.",
                warning);
    }

    private static TeachingExample nonIdentification() {
        NonIdentificationDemo demo = NonIdentificationDemo.create();
        TaceResult first = estimate(demo.modelOne());
        TaceResult second = estimate(demo.modelTwo());
        IdentifiabilityResult check = IdentifiabilityCheck.check(demo.modelOne().signatures(),
                first.tace(), demo.defaultSignature());
        List<EstimateLine> lines = List.of(
                EstimateLine.of(TACE + ", model 1 data", first.tace().hajek(),
                        kept(first.tace().unitsKept(), demo.modelOne().size())),
                EstimateLine.of(TACE + ", model 2 data", second.tace().hajek(),
                        kept(second.tace().unitsKept(), demo.modelTwo().size())));
        ExampleDataSet one = ExampleDataSet.of("Model 1 data", demo.modelOne());
        ExampleDataSet two = ExampleDataSet.of("Model 2 data", demo.modelTwo());
        String identical = one.rows().equals(two.rows())
                ? "The two unit tables are identical, unit by unit."
                : "The two unit tables differ.";
        String support = check.defaultInSupport() ? "" : "The TACE is " + check.message()
                + " (observed I from " + check.minimum() + " to " + check.maximum()
                + ", default level " + check.defaultLevel() + ").";
        return new TeachingExample(TeachingPreset.NON_IDENTIFICATION,
                List.of(one, two), lines, identical + " Two components, each a complete bipartite K3,3 between two"
                        + " households of three; two of three members of every household are"
                        + " treated, so every unit has I = 2 treated neighbours. Two outcome"
                        + " models agree at I = 2 but differ at the default level, which no unit"
                        + " shows, so no estimator can tell them apart.", support);
    }

    private static TeachingExample productOutcome() {
        SimulatedUnits units = ToyExamples.productOutcome();
        TaceResult result = estimate(units);
        RiskRatioResult ratio = RiskRatio.estimate(units.treatment(), units.outcome(), null,
                units.signatures(), TaceEstimator.DEFAULT_TRIMMING);
        List<EstimateLine> lines = new ArrayList<>();
        lines.add(EstimateLine.of(NAIVE, result.naive().hajek(), "all 8 units"));
        lines.add(EstimateLine.of(TACE, result.tace().hajek(), "additive contrast: the"
                + " cell differences averaged with weights n_c"));

        double smallest = Double.POSITIVE_INFINITY;
        double largest = Double.NEGATIVE_INFINITY;
        for (CellOverlap cell : result.tace().cells()) {
            double difference = cell.treatedMean() - cell.untreatedMean();
            double cellRatio = cell.treatedMean() / cell.untreatedMean();
            smallest = Math.min(smallest, difference);
            largest = Math.max(largest, difference);
            lines.add(EstimateLine.of("Difference at I = " + cell.key(), difference,
                    String.format(Locale.ROOT, "ratio %.4g, %d treated, %d untreated", cellRatio,
                            cell.treated(), cell.untreated())));
        }

        lines.add(EstimateLine.of(TACRR, ratio.riskRatio(), "cell ratios averaged with"
                + " weights n_c over " + ratio.cellsKept() + " cells"));
        String verdict = largest - smallest > 1e-9
                ? "The difference changes with I while the ratio does not, so no single additive"
                        + " effect fits: the additive contrast depends on how many units sit at"
                        + " each level, and the TACRR is the estimand to report."
                : "The difference is the same at every level of I, so an additive effect fits.";
        return new TeachingExample(TeachingPreset.PRODUCT_OUTCOME,
                List.of(ExampleDataSet.of("Product outcome", units)), lines,
                "Eight units observed at two exposure levels I = 0 and I = 1, two treated at"
                        + " each. " + verdict, "");
    }

    private static TaceResult estimate(SimulatedUnits units) {
        return ESTIMATOR.estimate(units.treatment(), units.outcome(), null, units.signatures());
    }

    /** Returns the treated minus the untreated mean outcome. */
    static double differenceInMeans(SimulatedUnits units) {
        int[] t = units.treatment();
        double[] y = units.outcome();
        double[] sums = new double[2];
        int[] counts = new int[2];
        for (int i = 0; i < t.length; i++) {
            sums[t[i]] += y[i];
            counts[t[i]]++;
        }
        return sums[1] / counts[1] - sums[0] / counts[0];
    }

    private static String kept(int unitsKept, int units) {
        return unitsKept + " of " + units + " units kept";
    }
}
