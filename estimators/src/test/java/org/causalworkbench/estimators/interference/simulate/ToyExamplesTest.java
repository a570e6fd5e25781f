package org.causalworkbench.estimators.interference.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.interference.CellOverlap;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.NoOverlapException;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.TaceResult;
import org.junit.jupiter.api.Test;

/** Checks the fixed teaching data sets value by value and the estimates they give. */
class ToyExamplesTest {

    private static final double EXACT = 1e-12;

    private static TaceResult estimate(SimulatedUnits units) {
        return TaceEstimator.withDefaults().estimate(units.treatment(), units.outcome(), null,
                units.signatures());
    }

    @Test
    void toyExampleOne_hasPublishedValues() {
        SimulatedUnits units = ToyExamples.toyExampleOne();
        assertArrayEquals(new int[] {1, 1, 0}, units.treatment());
        assertArrayEquals(new double[] {2.5, 2.0, 0.5}, units.outcome(), EXACT);
        assertArrayEquals(new ExactFraction[] {ExactFraction.of(1), ExactFraction.ZERO,
            ExactFraction.of(1)}, units.scalarSignature());
        assertArrayEquals(new int[][] {{1}, {}, {1}}, units.neighbours());
        assertEquals(2.0, units.trueTace());
    }

    @Test
    void toyExampleOne_estimatesAlphaOnOverlapCell() {
        TaceResult result = estimate(ToyExamples.toyExampleOne());
        assertEquals(2.0, result.tace().hajek(), EXACT);
        assertEquals(2.0, result.tace().horvitzThompson(), EXACT);
        assertEquals(2, result.tace().unitsKept());
        assertEquals(1, result.tace().unitsTrimmed());
        assertEquals(1.75, result.naive().hajek(), EXACT);
    }

    @Test
    void toyExampleTwo_hasNoUntreatedMatchForUnitOne() {
        SimulatedUnits units = ToyExamples.toyExampleTwo();
        assertArrayEquals(new double[] {2.5, 2.25, 0.75}, units.outcome(), EXACT);
        List<Signature> signatures = units.signatures();
        assertEquals(Signature.of(ExactFraction.of(1), ExactFraction.ZERO), signatures.get(0));
        assertEquals(Signature.of(ExactFraction.of(1), ExactFraction.of(1)), signatures.get(2));
        NoOverlapException error = assertThrows(NoOverlapException.class,
                () -> estimate(units));
        assertTrue(error.getMessage().contains("[1, 0]"), error.getMessage());
    }

    @Test
    void twoHouseholds_hasExactValues() {
        SimulatedUnits units = ToyExamples.twoHouseholds();
        ExactFraction third = new ExactFraction(1, 3);
        ExactFraction twoThirds = new ExactFraction(2, 3);
        ExactFraction one = ExactFraction.of(1);
        assertArrayEquals(new ExactFraction[] {third, third, twoThirds, twoThirds, twoThirds,
            twoThirds, twoThirds, one}, units.scalarSignature());
        assertArrayEquals(new double[] {3, 3, 2, 2, 4, 4, 4, 3}, units.outcome(), EXACT);
        assertArrayEquals(new int[] {1, 2, 3}, units.neighbours()[0]);
        assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, units.groups());
    }

    @Test
    void twoHouseholds_estimatesTwoOnFiveUnits() {
        TaceResult result = estimate(ToyExamples.twoHouseholds());
        assertEquals(2.0, result.tace().horvitzThompson(), EXACT);
        assertEquals(2.0, result.tace().hajek(), EXACT);
        assertEquals(5, result.tace().unitsKept());
        assertEquals(3.6 - 7.0 / 3, result.naive().hajek(), EXACT);
    }

    @Test
    void nonIdentificationDemo_givesIdenticalData() {
        NonIdentificationDemo demo = NonIdentificationDemo.create();
        SimulatedUnits one = demo.modelOne();
        SimulatedUnits two = demo.modelTwo();
        assertEquals(12, one.size());
        assertArrayEquals(one.outcome(), two.outcome(), 0.0);
        assertArrayEquals(one.treatment(), two.treatment());
        assertEquals(one.signatures(), two.signatures());
        assertArrayEquals(new double[] {2, 2, 0, 2, 2, 0, 2, 2, 0, 2, 2, 0}, one.outcome(),
                EXACT);
        assertEquals(1.0, one.trueTace());
        assertEquals(2.0, two.trueTace());
    }

    @Test
    void nonIdentificationDemo_isCompleteBipartite() {
        int[][] neighbours = NonIdentificationDemo.create().modelOne().neighbours();
        assertArrayEquals(new int[] {3, 4, 5}, neighbours[0]);
        assertArrayEquals(new int[] {0, 1, 2}, neighbours[4]);
        assertArrayEquals(new int[] {9, 10, 11}, neighbours[7]);
        for (int[] adjacent : neighbours) {
            assertEquals(3, adjacent.length);
        }
    }

    @Test
    void nonIdentificationDemo_estimatesAreEqualAndDefaultUnobserved() {
        NonIdentificationDemo demo = NonIdentificationDemo.create();
        TaceResult one = estimate(demo.modelOne());
        TaceResult two = estimate(demo.modelTwo());
        assertEquals(one.tace().hajek(), two.tace().hajek());
        assertEquals(2.0, one.tace().hajek(), EXACT);
        assertEquals(Set.of(Signature.of(ExactFraction.of(2))), demo.observedSupport());
        assertFalse(demo.defaultInsideSupport());
    }

    @Test
    void productOutcome_hasConstantRatioOnly() {
        TaceResult result = estimate(ToyExamples.productOutcome());
        List<CellOverlap> cells = result.tace().cells();
        assertEquals(2, cells.size());
        for (CellOverlap cell : cells) {
            assertEquals(2.0, cell.treatedMean() / cell.untreatedMean(), EXACT);
        }
        assertEquals(1.0, cells.get(0).treatedMean() - cells.get(0).untreatedMean(), EXACT);
        assertEquals(2.0, cells.get(1).treatedMean() - cells.get(1).untreatedMean(), EXACT);
        // The weighted difference averages the two levels and matches neither.
        assertEquals(1.5, result.tace().hajek(), EXACT);
        assertEquals(1.0, ToyExamples.productOutcome().trueTace());
    }
}
