package org.causalworkbench.estimators.interference.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.Signature;

/**
 * Unit table drawn from an {@link InterferenceProcess}, with the truth behind it.
 *
 * <p>Unit ids are the row numbers plus one ({@link #id(int)}). A unit without a group has group
 * label {@link #NO_GROUP}. A unit whose signature is undefined, such as a context of one member
 * with the fraction 0/0, has a {@code null} signature, and the TACE estimator leaves it out.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable: arrays are copied in and out.
 *
 * @param process the name of the process that drew the units
 * @param groups group label per unit, from 0, or {@link #NO_GROUP}
 * @param covariate the discrete covariate X per unit, 0 for processes without covariates
 * @param treatment T per unit, 0 or 1
 * @param outcome Y per unit
 * @param signatures the signature I per unit with exact components, {@code null} when missing
 * @param neighbours per unit, the row indices of the units that act on it, in ascending order
 * @param truth the outcome model and the true TACE
 */
public record SimulatedUnits(
        String process,
        int[] groups,
        double[] covariate,
        int[] treatment,
        double[] outcome,
        List<Signature> signatures,
        int[][] neighbours,
        ProcessTruth truth) {

    /** Group label of a unit that belongs to no group. */
    public static final int NO_GROUP = -1;

    /**
     * Copies the arrays and checks that every per-unit input has one entry per unit.
     *
     * @throws IllegalArgumentException if the lengths differ
     */
    public SimulatedUnits {
        int n = treatment.length;
        checkLength("group", groups.length, n);
        checkLength("covariate", covariate.length, n);
        checkLength("outcome", outcome.length, n);
        checkLength("signature", signatures.size(), n);
        checkLength("neighbour", neighbours.length, n);
        groups = groups.clone();
        covariate = covariate.clone();
        treatment = treatment.clone();
        outcome = outcome.clone();
        signatures = Collections.unmodifiableList(new ArrayList<>(signatures));
        neighbours = deepCopy(neighbours);
    }

    /** Returns the number of units. */
    public int size() {
        return treatment.length;
    }

    /** Returns the id of the unit in {@code row}: the row number plus one. */
    public int id(int row) {
        return row + 1;
    }

    /** Returns the true average causal effect of the process. */
    public double trueTace() {
        return truth.trueTace();
    }

    /** Returns a copy of the group labels. */
    @Override
    public int[] groups() {
        return groups.clone();
    }

    /** Returns a copy of the covariate values. */
    @Override
    public double[] covariate() {
        return covariate.clone();
    }

    /** Returns a copy of the treatments. */
    @Override
    public int[] treatment() {
        return treatment.clone();
    }

    /** Returns a copy of the outcomes. */
    @Override
    public double[] outcome() {
        return outcome.clone();
    }

    /** Returns a copy of the neighbour lists. */
    @Override
    public int[][] neighbours() {
        return deepCopy(neighbours);
    }

    /**
     * Returns the covariate values as propensity cells for
     * {@link org.causalworkbench.estimators.interference.TaceEstimator#estimate}. X is discrete
     * in every process, so equal values form one cell.
     */
    public List<Double> covariateCells() {
        List<Double> cells = new ArrayList<>(covariate.length);
        for (double x : covariate) {
            cells.add(x);
        }
        return cells;
    }

    /**
     * Returns the one component of each unit's signature, {@code null} where it is missing.
     *
     * @throws IllegalStateException if a signature has more than one component
     */
    public ExactFraction[] scalarSignature() {
        ExactFraction[] result = new ExactFraction[signatures.size()];
        for (int i = 0; i < result.length; i++) {
            Signature signature = signatures.get(i);
            if (signature == null) {
                continue;
            }
            if (signature.components().size() != 1) {
                throw new IllegalStateException("Unit " + id(i) + " has the vector signature "
                        + signature + ": read signatures() instead.");
            }
            result[i] = signature.components().get(0);
        }
        return result;
    }

    /** Counts the units whose signature is missing. */
    public int unitsWithoutSignature() {
        int missing = 0;
        for (Signature signature : signatures) {
            if (signature == null) {
                missing++;
            }
        }
        return missing;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SimulatedUnits that
                && process.equals(that.process)
                && Arrays.equals(groups, that.groups)
                && Arrays.equals(covariate, that.covariate)
                && Arrays.equals(treatment, that.treatment)
                && Arrays.equals(outcome, that.outcome)
                && signatures.equals(that.signatures)
                && Arrays.deepEquals(neighbours, that.neighbours)
                && truth.equals(that.truth);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(outcome) * 31 + Arrays.hashCode(treatment);
    }

    @Override
    public String toString() {
        return "SimulatedUnits[" + process + ", " + size() + " units, " + truth.describe() + "]";
    }

    private static int[][] deepCopy(int[][] lists) {
        int[][] copy = new int[lists.length][];
        for (int i = 0; i < lists.length; i++) {
            copy[i] = lists[i].clone();
        }
        return copy;
    }

    private static void checkLength(String name, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException("The " + name + " input has " + length
                    + " entries, expected " + expected + " (one per unit).");
        }
    }
}
