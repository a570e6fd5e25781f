package org.causalworkbench.estimators.interference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaceEstimatorTest {

    private static final double EXACT = 1e-12;

    private static Signature scalar(long numerator, long denominator) {
        return Signature.of(new ExactFraction(numerator, denominator));
    }

    private static Signature vector(long first, long second) {
        return Signature.of(ExactFraction.of(first), ExactFraction.of(second));
    }

    @Test
    void estimate_reproducesToyExampleOne_threeUnits() {
        // Y1 = 2 T1 + 0.5 T2, Y2 = 2 T2, Y3 = 2 T3 + 0.5 T2 with T = (1, 1, 0).
        int[] treatment = {1, 1, 0};
        double[] outcome = {2.5, 2.0, 0.5};
        List<Signature> signatures = List.of(scalar(1, 1), scalar(0, 1), scalar(1, 1));

        TaceResult result =
                TaceEstimator.withDefaults().estimate(treatment, outcome, null, signatures);

        assertEquals(2.0, result.tace().horvitzThompson(), EXACT);
        assertEquals(2.0, result.tace().hajek(), EXACT);
        assertEquals(2, result.tace().unitsKept());
        assertEquals(1, result.tace().unitsTrimmed());
        assertEquals(1.75, result.naive().horvitzThompson(), EXACT);
        assertEquals(1.75, result.naive().hajek(), EXACT);
    }

    @Test
    void estimate_rejectsUnmatchedSignature_toyExampleTwo() {
        // Unit 1 receives T2 only, unit 2 receives T1 only, unit 3 receives both.
        int[] treatment = {1, 1, 0};
        double[] outcome = {1.5, 1.2, 0.9};
        List<Signature> signatures = List.of(vector(1, 0), vector(0, 1), vector(1, 1));

        NoOverlapException error = assertThrows(NoOverlapException.class,
                () -> TaceEstimator.withDefaults().estimate(treatment, outcome, null, signatures));

        String message = error.getMessage();
        assertTrue(message.contains("the covariates and the signature"), message);
        assertTrue(message.contains("cell [1, 0]: 1 treated, no untreated unit"), message);
        assertTrue(message.contains("cell [1, 1]: no treated unit, 1 untreated"), message);
    }

    @Test
    void estimate_matchesReference_twoHouseholds() {
        int[] treatment = {1, 1, 0, 0, 1, 1, 1, 0};
        double[] outcome = {3, 3, 2, 2, 4, 4, 4, 3};
        ExactFraction[] fractions = SignatureBuilder.withDefaults()
                .groupFraction(List.of("a", "a", "a", "a", "b", "b", "b", "b"), treatment);

        TaceResult result = TaceEstimator.withDefaults()
                .estimate(treatment, outcome, null, SignatureBuilder.combine(fractions));

        WeightedEstimate tace = result.tace();
        assertEquals(2.0, tace.horvitzThompson(), EXACT);
        assertEquals(2.0, tace.hajek(), EXACT);
        assertEquals(5, tace.unitsKept());
        assertEquals(5.0 / 8.0, tace.shareKept(), EXACT);
        assertEquals(3.6 - 7.0 / 3.0, result.naive().horvitzThompson(), EXACT);
        assertEquals(3.6 - 7.0 / 3.0, result.naive().hajek(), EXACT);
        assertEquals(3.6 - 7.0 / 3.0, result.covariates().horvitzThompson(), EXACT);
    }

    @Test
    void estimate_reportsEachCell_twoHouseholdsOfFour() {
        int[] treatment = {1, 1, 0, 0, 1, 1, 1, 0};
        double[] outcome = {3, 3, 2, 2, 4, 4, 4, 3};
        ExactFraction[] fractions = SignatureBuilder.withDefaults()
                .groupFraction(List.of("a", "a", "a", "a", "b", "b", "b", "b"), treatment);

        List<CellOverlap> cells = TaceEstimator.withDefaults()
                .estimate(treatment, outcome, null, SignatureBuilder.combine(fractions))
                .tace().cells();

        assertEquals(3, cells.size());
        assertEquals(new CellOverlap(scalar(1, 3), 2, 0, 3.0, Double.NaN, 1.0, false),
                cells.get(0));
        assertEquals(new CellOverlap(scalar(2, 3), 3, 2, 4.0, 2.0, 0.6, true), cells.get(1));
        assertEquals(new CellOverlap(scalar(1, 1), 0, 1, Double.NaN, 3.0, 0.0, false),
                cells.get(2));
    }

    @Test
    void estimate_hajekWeightsSumToOne_eachArm() {
        Design design = randomDesign(new Random(11), 400);

        TaceResult result = TaceEstimator.withDefaults().estimate(
                design.treatment, design.outcome, design.covariates, design.signatures);

        for (WeightedEstimate estimate : List.of(result.naive(), result.covariates(),
                result.tace())) {
            double[] weights = estimate.hajekWeights();
            double treatedSum = 0;
            double untreatedSum = 0;
            for (int i = 0; i < weights.length; i++) {
                if (design.treatment[i] == 1) {
                    treatedSum += weights[i];
                } else {
                    untreatedSum += weights[i];
                }
            }
            assertEquals(1.0, treatedSum, 1e-12, estimate.adjustment() + " treated arm");
            assertEquals(1.0, untreatedSum, 1e-12, estimate.adjustment() + " untreated arm");
        }
    }

    @Test
    void estimate_formsAgree_cellPropensities() {
        Design design = randomDesign(new Random(23), 400);

        WeightedEstimate tace = TaceEstimator.withDefaults().estimate(
                design.treatment, design.outcome, design.covariates, design.signatures).tace();

        double stratified = 0;
        for (CellOverlap cell : tace.cells()) {
            if (cell.kept()) {
                int size = cell.treated() + cell.untreated();
                stratified += (double) size / tace.unitsKept()
                        * (cell.treatedMean() - cell.untreatedMean());
            }
        }
        assertEquals(tace.horvitzThompson(), tace.hajek(), 1e-10);
        assertEquals(stratified, tace.horvitzThompson(), 1e-10);
    }

    @Test
    void estimate_removesInterferenceBias_additiveHouseholdSimulation() {
        // Context-level confounding U raises both T and the others' treatment fraction I.
        Random random = new Random(5);
        int groups = 3000;
        int size = 4;
        int n = groups * size;
        int[] treatment = new int[n];
        List<Integer> labels = new ArrayList<>(n);
        for (int g = 0; g < groups; g++) {
            double confounder = 0.1 + 0.2 * random.nextInt(4);
            for (int m = 0; m < size; m++) {
                treatment[g * size + m] = random.nextDouble() < confounder ? 1 : 0;
                labels.add(g);
            }
        }
        ExactFraction[] fraction = SignatureBuilder.withDefaults().groupFraction(labels, treatment);
        double[] outcome = new double[n];
        for (int i = 0; i < n; i++) {
            outcome[i] = treatment[i] + 4 * fraction[i].doubleValue() + random.nextGaussian();
        }

        TaceResult result = TaceEstimator.withDefaults()
                .estimate(treatment, outcome, null, SignatureBuilder.combine(fraction));

        assertEquals(1.0, result.tace().hajek(), 0.1);
        assertTrue(result.naive().hajek() > 1.3, "naive " + result.naive().hajek());
    }

    @Test
    void estimate_dropsFromTaceOnly_missingSignature() {
        int[] treatment = {1, 0, 1, 0, 1};
        double[] outcome = {2, 1, 2, 1, 5};
        List<Signature> signatures = Arrays.asList(
                scalar(1, 2), scalar(1, 2), scalar(1, 2), scalar(1, 2), null);

        TaceResult result =
                TaceEstimator.withDefaults().estimate(treatment, outcome, null, signatures);

        assertEquals(1, result.unitsWithoutSignature());
        assertEquals(4, result.tace().unitsKept());
        assertEquals(1.0, result.tace().hajek(), EXACT);
        assertEquals(5, result.naive().unitsKept());
        assertTrue(Double.isNaN(result.tace().propensities()[4]));
    }

    @Test
    void estimate_dropsCell_noTreatedUnit() {
        int[] treatment = {1, 0, 1, 0, 0, 0};
        double[] outcome = {3, 1, 3, 1, 9, 9};
        List<String> covariates = List.of("x1", "x1", "x1", "x1", "x2", "x2");
        List<Signature> signatures = List.of(
                scalar(0, 1), scalar(0, 1), scalar(0, 1), scalar(0, 1), scalar(0, 1), scalar(0, 1));

        WeightedEstimate adjusted = TaceEstimator.withDefaults()
                .estimate(treatment, outcome, covariates, signatures).covariates();

        CellOverlap dropped = adjusted.cells().get(1);
        assertEquals("x2", dropped.key());
        assertEquals(0, dropped.treated());
        assertFalse(dropped.kept());
        assertEquals(2.0, adjusted.hajek(), EXACT);
        assertEquals(4, adjusted.unitsKept());
    }

    @Test
    void estimate_allUnitsTrimmed_throwsNamingBounds() {
        // The only mixed cell has e = 1/3, outside [0.4, 0.6].
        int[] treatment = {1, 0, 0, 1};
        double[] outcome = {1, 0, 0, 1};
        List<Signature> signatures =
                List.of(scalar(0, 1), scalar(0, 1), scalar(0, 1), scalar(1, 1));

        NoOverlapException error = assertThrows(NoOverlapException.class,
                () -> TaceEstimator.withDefaults().withTrimming(0.4)
                        .estimate(treatment, outcome, null, signatures));

        assertTrue(error.getMessage().contains("[0.4, 0.6]"), error.getMessage());
        assertTrue(error.getMessage().contains("lower the trimming bound"), error.getMessage());
    }

    @Test
    void withTrimming_outOfRange_throws() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TaceEstimator.withDefaults().withTrimming(0.5));

        assertTrue(error.getMessage().contains("Invalid trimming bound 0.5"), error.getMessage());
    }

    @Test
    void estimate_lengthMismatch_throws() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TaceEstimator.withDefaults().estimate(new int[] {1, 0}, new double[] {1},
                        null, List.of(scalar(0, 1), scalar(0, 1))));

        assertTrue(error.getMessage().contains("outcome input has 1 entries, expected 2"),
                error.getMessage());
    }

    /** Random discrete design with a 3-level covariate and a 3-level signature. */
    private static Design randomDesign(Random random, int n) {
        int[] treatment = new int[n];
        double[] outcome = new double[n];
        List<Integer> covariates = new ArrayList<>(n);
        List<Signature> signatures = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int x = random.nextInt(3);
            int level = random.nextInt(3);
            treatment[i] = random.nextDouble() < 0.2 + 0.2 * x ? 1 : 0;
            outcome[i] = 1.5 * treatment[i] + x + 2 * level + random.nextGaussian();
            covariates.add(x);
            signatures.add(scalar(level, 2));
        }
        return new Design(treatment, outcome, covariates, signatures);
    }

    private record Design(int[] treatment, double[] outcome, List<Integer> covariates,
            List<Signature> signatures) {
    }
}
