package org.causalworkbench.estimators.interference.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.SignatureBuilder;

/**
 * Small fixed data sets with exact outcomes (no noise) for teaching and reference tests: the
 * two toy examples of O'Riordan and Gilligan-Lee (2025), Sec. 4, two households of four, and a
 * product outcome that has a risk ratio but no additive effect. The K3,3 non-identification
 * demonstration is {@link NonIdentificationDemo#create()}.
 *
 * <p>Neighbour lists give the units that act on each unit, so they may be directed.
 */
public final class ToyExamples {

    /** Effect alpha of a unit's own treatment in the toy examples. */
    public static final double ALPHA = 2;
    /** Effect beta of unit 2's treatment on units 1 and 3. */
    public static final double BETA = 0.5;
    /** Effect delta of unit 1's treatment on units 2 and 3 in toy example 2. */
    public static final double DELTA = 0.25;

    private ToyExamples() {
    }

    /**
     * Returns toy example 1: {@code Y1 = a T1 + b T2}, {@code Y2 = a T2}, {@code Y3 = a T3 + b T2}
     * with a = 2, b = 0.5 and T = (1, 1, 0), so Y = (2.5, 2, 0.5). The signature is the
     * treatment a unit receives through b, I = (1, 0, 1). Only the cell I = 1 has both arms,
     * and it gives Y1 - Y3 = a = 2 = TACE. The naive difference is 1.75.
     */
    public static SimulatedUnits toyExampleOne() {
        int[] t = {1, 1, 0};
        double[] y = {ALPHA * t[0] + BETA * t[1], ALPHA * t[1], ALPHA * t[2] + BETA * t[1]};
        List<Signature> signatures = List.of(scalar(t[1]), scalar(0), scalar(t[1]));
        int[][] neighbours = {{1}, {}, {1}};
        ProcessTruth truth = new ProcessTruth(ALPHA + " T", BETA + " I",
                "treatment received through the coefficient " + BETA, ALPHA, 0, BETA);
        return new SimulatedUnits("toy example 1", noGroups(3), new double[3], t, y,
                signatures, neighbours, truth);
    }

    /**
     * Returns toy example 2: {@code Y1 = a T1 + b T2}, {@code Y2 = a T2 + d T1},
     * {@code Y3 = a T3 + b T2 + d T1} with a = 2, b = 0.5, d = 0.25 and T = (1, 1, 0). The
     * signature is the vector (T2 received through b, T1 received through d), so
     * I = ((1, 0), (0, 1), (1, 1)). No untreated unit shares unit 1's signature, since unit 3
     * also receives T1, so {@code P(T = 1 | I1) = 1} and no cell has both arms. The TACE is
     * a = 2 for every unit.
     */
    public static SimulatedUnits toyExampleTwo() {
        int[] t = {1, 1, 0};
        double[] y = {ALPHA * t[0] + BETA * t[1], ALPHA * t[1] + DELTA * t[0],
            ALPHA * t[2] + BETA * t[1] + DELTA * t[0]};
        List<Signature> signatures = List.of(vector(t[1], 0), vector(0, t[0]),
                vector(t[1], t[0]));
        int[][] neighbours = {{1}, {0}, {0, 1}};
        ProcessTruth truth = new ProcessTruth(ALPHA + " T",
                BETA + " (T2 received) + " + DELTA + " (T1 received)",
                "(T2 received through " + BETA + ", T1 received through " + DELTA + ")", ALPHA,
                Double.NaN, Double.NaN);
        return new SimulatedUnits("toy example 2", noGroups(3), new double[3], t, y, signatures,
                neighbours, truth);
    }

    /**
     * Returns two households of four, {@code T = (1, 1, 0, 0 | 1, 1, 1, 0)} and
     * {@code Y = 2 T + 3 I} with I the fraction of the other members treated:
     * I = (1/3, 1/3, 2/3, 2/3 | 2/3, 2/3, 2/3, 1) and Y = (3, 3, 2, 2 | 4, 4, 4, 3). Only the
     * cell I = 2/3 has both arms (three treated at 4, two untreated at 2), which gives 2 = TACE
     * on 5 of 8 units. The naive difference is 3.6 - 7/3 = 1.2667.
     */
    public static SimulatedUnits twoHouseholds() {
        int[] t = {1, 1, 0, 0, 1, 1, 1, 0};
        int[] groups = {0, 0, 0, 0, 1, 1, 1, 1};
        ExactFraction[] signature =
                SignatureBuilder.withDefaults().groupFraction(UnitDraws.labels(groups), t);
        double[] y = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            y[i] = 2 * t[i] + 3 * signature[i].doubleValue();
        }
        ProcessTruth truth = new ProcessTruth("2T", "3I",
                "fraction of the other household members treated", 2, 0, 3);
        return new SimulatedUnits("two households", groups, new double[t.length], t, y,
                SignatureBuilder.combine(signature), UnitDraws.groupNeighbours(groups, 2),
                truth);
    }

    /**
     * Returns a product outcome {@code Y = (1 + T)(1 + I)} observed at two signature levels,
     * with four units at I = 0 and four at I = 1, two treated in each. The treated-to-untreated
     * ratio is 2 at both levels, so the true average causal risk ratio (TACRR) is 2, while the
     * difference is 1 at I = 0 and 2 at I = 1, so no single additive effect fits. The TACE is
     * 1, at the default I = 0 where the interference factor is 1. The signature is an exposure
     * level set by the design rather than computed from neighbours, so the neighbour lists are
     * empty.
     */
    public static SimulatedUnits productOutcome() {
        int[] t = {1, 1, 0, 0, 1, 1, 0, 0};
        long[] level = {0, 0, 0, 0, 1, 1, 1, 1};
        double[] y = new double[t.length];
        List<Signature> signatures = new ArrayList<>(t.length);
        for (int i = 0; i < t.length; i++) {
            y[i] = (1 + t[i]) * (1 + level[i]);
            signatures.add(scalar(level[i]));
        }
        ProcessTruth truth = new ProcessTruth("(1 + T) times the interference part", "(1 + I)",
                "exposure level 0 or 1 set by the design", 1, Double.NaN, Double.NaN);
        return new SimulatedUnits("product outcome", noGroups(t.length), new double[t.length],
                t, y, signatures, new int[t.length][0], truth);
    }

    static int[] noGroups(int n) {
        int[] groups = new int[n];
        Arrays.fill(groups, SimulatedUnits.NO_GROUP);
        return groups;
    }

    private static Signature scalar(long value) {
        return Signature.of(ExactFraction.of(value));
    }

    private static Signature vector(long first, long second) {
        List<ExactFraction> components = new ArrayList<>(2);
        components.add(ExactFraction.of(first));
        components.add(ExactFraction.of(second));
        return new Signature(components);
    }
}
