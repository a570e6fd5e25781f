package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes local interference signatures from each unit's neighbourhood and the treatment
 * vector {@code T} (0 or 1 per unit).
 *
 * <p>Signatures of unit {@code i}, with {@code N(i)} its neighbours and {@code L} group labels:
 * <pre>
 *   group fraction      I_i = sum_{j != i, L_j = L_i} T_j / #{j != i : L_j = L_i}
 *   adjacent fraction   I_i = sum_{j in N(i)} T_j / |N(i)|
 *   treated count       I_i = sum_{j in N(i)} T_j
 *   inverse distance    I_i = sum_{j != i} d_ij^(-p) T_j / sum_{j != i} d_ij^(-p)
 *   own-treatment       I_i = max(0, J_i - c T_i)   for a base signature J and constant c
 * </pre>
 * Fractions are exact, so 1/3 and 2/6 are the same cell.
 *
 * <ul>
 *   <li>A unit alone in its group, or without neighbours, has a 0/0 fraction. The
 *       {@link IsolatedUnitPolicy} decides: raise (default), set 0, or leave missing
 *       ({@code null}).</li>
 *   <li>Neighbour lists may be directed, and {@code neighbours[i]} lists the units that act on
 *       {@code i}. Self-loops, duplicates and indices out of range are rejected.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> The inverse-distance signature is a {@code double}, not an
 * exact fraction, so it needs {@link #binned(double[], int)} before cell propensities.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: O'Riordan and Gilligan-Lee (2025), Local Interference: Removing Interference
 * Bias in Semi-Parametric Causal Models, CLeaR 2025, PMLR 275:1016-1031, Sec. 6 and App. B.
 */
public final class SignatureBuilder {

    private static final SignatureBuilder DEFAULTS =
            new SignatureBuilder(IsolatedUnitPolicy.REJECT);

    private final IsolatedUnitPolicy isolatedUnitPolicy;

    private SignatureBuilder(IsolatedUnitPolicy isolatedUnitPolicy) {
        this.isolatedUnitPolicy = isolatedUnitPolicy;
    }

    /** Returns the builder that rejects units without neighbours. */
    public static SignatureBuilder withDefaults() {
        return DEFAULTS;
    }

    /** Returns a copy with another policy for units without neighbours. */
    public SignatureBuilder withIsolatedUnitPolicy(IsolatedUnitPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("The isolated-unit policy must not be null.");
        }
        return new SignatureBuilder(policy);
    }

    /** Returns the policy for units without neighbours. */
    public IsolatedUnitPolicy isolatedUnitPolicy() {
        return isolatedUnitPolicy;
    }

    /**
     * Computes the fraction of the other members of each unit's group that are treated.
     *
     * @param groupLabels one label per unit, compared with {@code equals}. Not modified.
     * @param treatment 0 or 1 per unit. Not modified.
     * @return one fraction per unit, {@code null} for a lone unit under the MISSING policy
     */
    public ExactFraction[] groupFraction(List<?> groupLabels, int[] treatment) {
        checkTreatment(treatment, groupLabels.size());
        Map<Object, long[]> totals = new HashMap<>();
        for (int i = 0; i < treatment.length; i++) {
            long[] total = totals.computeIfAbsent(groupLabels.get(i), key -> new long[2]);
            total[0] += treatment[i];
            total[1]++;
        }
        ExactFraction[] result = new ExactFraction[treatment.length];
        for (int i = 0; i < treatment.length; i++) {
            long[] total = totals.get(groupLabels.get(i));
            result[i] = fraction(i, total[0] - treatment[i], total[1] - 1);
        }
        return result;
    }

    /**
     * Computes the fraction of each unit's neighbours that are treated.
     *
     * @param neighbours neighbour indices per unit. Not modified.
     * @param treatment 0 or 1 per unit. Not modified.
     * @return one fraction per unit, {@code null} for an isolated unit under MISSING
     */
    public ExactFraction[] adjacentFraction(int[][] neighbours, int[] treatment) {
        checkNeighbours(neighbours, treatment);
        ExactFraction[] result = new ExactFraction[treatment.length];
        for (int i = 0; i < treatment.length; i++) {
            result[i] = fraction(i, treatedCount(neighbours[i], treatment), neighbours[i].length);
        }
        return result;
    }

    /**
     * Counts the treated neighbours of each unit. A unit without neighbours has count 0,
     * because a count is defined for an empty neighbourhood.
     *
     * @param neighbours neighbour indices per unit. Not modified.
     * @param treatment 0 or 1 per unit. Not modified.
     * @return one integer-valued fraction per unit
     */
    public ExactFraction[] treatedNeighbourCount(int[][] neighbours, int[] treatment) {
        checkNeighbours(neighbours, treatment);
        ExactFraction[] result = new ExactFraction[treatment.length];
        for (int i = 0; i < treatment.length; i++) {
            result[i] = ExactFraction.of(treatedCount(neighbours[i], treatment));
        }
        return result;
    }

    /**
     * Computes the inverse-distance weighted fraction of treated units, with weights
     * {@code d_ij^(-power)} over all {@code j != i}. Infinite distances get weight 0.
     *
     * @param distances symmetric or not, n x n, positive off the diagonal. Not modified.
     * @param treatment 0 or 1 per unit. Not modified.
     * @param power the exponent p, finite and positive; the paper uses 2
     * @return one value per unit, {@code NaN} for a unit with no finite distance under MISSING
     */
    public double[] inverseDistance(double[][] distances, int[] treatment, double power) {
        checkTreatment(treatment, distances.length);
        if (!(power > 0) || Double.isInfinite(power)) {
            throw new IllegalArgumentException(
                    "Invalid distance power " + power
                            + ": use a finite positive number such as 2.");
        }
        double[] result = new double[treatment.length];
        for (int i = 0; i < treatment.length; i++) {
            result[i] = inverseDistanceOf(i, distances, treatment, power);
        }
        return result;
    }

    /**
     * Lowers a base signature by {@code reduction} for treated units and clips it at 0:
     * {@code max(0, J_i - reduction * T_i)}. Missing ({@code null}) entries stay missing.
     *
     * @param base the base signature J per unit. Not modified.
     * @param treatment 0 or 1 per unit. Not modified.
     * @param reduction the constant c, for example 1/10 as in the paper's App. B
     * @return the modified signature per unit
     */
    public ExactFraction[] ownTreatmentModifier(
            ExactFraction[] base, int[] treatment, ExactFraction reduction) {
        checkTreatment(treatment, base.length);
        ExactFraction[] result = new ExactFraction[base.length];
        for (int i = 0; i < base.length; i++) {
            if (base[i] != null) {
                ExactFraction lowered = base[i].minus(reduction.times(treatment[i]));
                boolean negative = lowered.compareTo(ExactFraction.ZERO) < 0;
                result[i] = negative ? ExactFraction.ZERO : lowered;
            }
        }
        return result;
    }

    /**
     * Combines several scalar signatures into one vector signature per unit. A unit missing
     * in any component is missing ({@code null}) in the result.
     *
     * @param components scalar signatures of equal length, at least one. Not modified.
     * @return one signature per unit, in the order of {@code components}
     */
    public static List<Signature> combine(ExactFraction[]... components) {
        if (components.length == 0) {
            throw new IllegalArgumentException(
                    "Combining signatures needs at least one component.");
        }
        int n = components[0].length;
        List<Signature> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(vectorOf(components, i, n));
        }
        return result;
    }

    /**
     * Bins a signature with values in [0, 1] into {@code bins} equal-width bins, so that a
     * continuous signature such as the inverse-distance fraction can define propensity cells.
     * Each value becomes the lower edge {@code k / bins} of its bin, with
     * {@code k = min(floor(value * bins), bins - 1)}, so 1 falls into the top bin.
     *
     * @param values signature per unit in [0, 1], {@code NaN} for missing. Not modified.
     * @param bins number of bins, at least 1; 20 is a common choice
     * @return the bin's lower edge per unit, {@code null} where the value is {@code NaN}
     * @throws IllegalArgumentException if {@code bins} is below 1 or a value is outside [0, 1]
     */
    public static ExactFraction[] binned(double[] values, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException(
                    "Invalid number of bins " + bins + ": use 1 or more, for example 20.");
        }
        ExactFraction[] result = new ExactFraction[values.length];
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (Double.isNaN(value)) {
                continue;
            }
            if (value < 0 || value > 1) {
                throw new IllegalArgumentException("Invalid signature " + value + " for unit " + i
                        + ": binning needs values in [0, 1].");
            }
            long bin = Math.min((long) Math.floor(value * bins), bins - 1);
            result[i] = new ExactFraction(bin, bins);
        }
        return result;
    }

    /**
     * Rounds continuous signature values, such as the inverse-distance fraction, to exact
     * fractions with a fixed denominator, so that they can enter a {@link Signature} for binned
     * or logistic propensities. Exact cells on rounded values rarely have both arms.
     *
     * @param values signature per unit, {@code NaN} for missing. Not modified.
     * @param denominator the resolution, at least 1; for example 1_000_000_000
     * @return the nearest fraction {@code round(value * denominator) / denominator} per unit,
     *     {@code null} where the value is {@code NaN}
     * @throws IllegalArgumentException if a value is infinite or too large for the resolution
     */
    public static ExactFraction[] rounded(double[] values, long denominator) {
        if (denominator < 1) {
            throw new IllegalArgumentException("Invalid denominator " + denominator
                    + ": use 1 or more, for example 1000000000.");
        }
        ExactFraction[] result = new ExactFraction[values.length];
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            double scaled = values[i] * denominator;
            if (Math.abs(scaled) >= Long.MAX_VALUE / 2.0) {
                throw new IllegalArgumentException("Invalid signature " + values[i] + " for unit "
                        + i + ": it is too large to round with denominator " + denominator + ".");
            }
            result[i] = new ExactFraction(Math.round(scaled), denominator);
        }
        return result;
    }

    private static Signature vectorOf(ExactFraction[][] components, int unit, int n) {
        List<ExactFraction> values = new ArrayList<>(components.length);
        for (ExactFraction[] component : components) {
            if (component.length != n) {
                throw new IllegalArgumentException("Signature components have different lengths "
                        + n + " and " + component.length + ": compute them for the same units.");
            }
            if (component[unit] == null) {
                return null;
            }
            values.add(component[unit]);
        }
        return new Signature(values);
    }

    private double inverseDistanceOf(int i, double[][] distances, int[] treatment, double power) {
        if (distances[i].length != treatment.length) {
            throw new IllegalArgumentException("Distance row " + i + " has " + distances[i].length
                    + " entries, expected " + treatment.length + ": use a square n x n matrix.");
        }
        double weighted = 0;
        double total = 0;
        int neighbours = 0;
        for (int j = 0; j < treatment.length; j++) {
            double distance = distances[i][j];
            if (j == i || distance == Double.POSITIVE_INFINITY) {
                continue;
            }
            if (!(distance > 0)) {
                throw new IllegalArgumentException("Invalid distance " + distance
                        + " between units " + i + " and " + j
                        + ": distances between units must be positive.");
            }
            double weight = Math.pow(distance, -power);
            if (Double.isInfinite(weight)) {
                throw new IllegalArgumentException("The inverse-distance weight " + distance
                        + "^-" + power + " between units " + i + " and " + j + " overflows the"
                        + " range of doubles: rescale the distances to larger units, for example"
                        + " multiply them by 1000, or use a smaller power.");
            }
            neighbours++;
            weighted += weight * treatment[j];
            total += weight;
        }
        if (Double.isInfinite(total)) {
            throw new IllegalArgumentException("The inverse-distance weights d^-" + power
                    + " of unit " + i + " sum to more than the range of doubles: rescale the"
                    + " distances to larger units or use a smaller power.");
        }
        if (total > 0) {
            return weighted / total;
        }
        if (neighbours > 0) {
            throw new IllegalArgumentException("The inverse-distance weights d^-" + power
                    + " of unit " + i + " underflow to 0 for all its " + neighbours
                    + " neighbours, so its signature is 0/0: use a smaller power, or rescale"
                    + " the distances to smaller units, for example divide them by 1000.");
        }
        ExactFraction isolated = fraction(i, 0, 0);
        return isolated == null ? Double.NaN : isolated.doubleValue();
    }

    private ExactFraction fraction(int unit, long treated, long size) {
        if (size > 0) {
            return new ExactFraction(treated, size);
        }
        switch (isolatedUnitPolicy) {
            case ZERO:
                return ExactFraction.ZERO;
            case MISSING:
                return null;
            default:
                throw new IllegalArgumentException("Unit " + unit + " has no neighbours, so its "
                        + "fraction signature is 0/0: choose IsolatedUnitPolicy.ZERO or MISSING, "
                        + "or remove the unit.");
        }
    }

    private static long treatedCount(int[] neighbourList, int[] treatment) {
        long count = 0;
        for (int j : neighbourList) {
            count += treatment[j];
        }
        return count;
    }

    private static void checkNeighbours(int[][] neighbours, int[] treatment) {
        checkTreatment(treatment, neighbours.length);
        for (int i = 0; i < neighbours.length; i++) {
            Set<Integer> seen = new HashSet<>();
            for (int j : neighbours[i]) {
                if (j < 0 || j >= neighbours.length) {
                    throw new IllegalArgumentException("Unit " + i + " lists neighbour " + j
                            + ", outside 0.." + (neighbours.length - 1) + ".");
                }
                if (j == i) {
                    throw new IllegalArgumentException(
                            "Unit " + i + " lists itself as a neighbour: remove the self-loop.");
                }
                if (!seen.add(j)) {
                    throw new IllegalArgumentException("Unit " + i + " lists neighbour " + j
                            + " twice: remove the duplicate.");
                }
            }
        }
    }

    static void checkTreatment(int[] treatment, int expectedLength) {
        if (treatment.length != expectedLength) {
            throw new IllegalArgumentException("The treatment vector has " + treatment.length
                    + " entries, expected " + expectedLength + " (one per unit).");
        }
        for (int i = 0; i < treatment.length; i++) {
            if (treatment[i] != 0 && treatment[i] != 1) {
                throw new IllegalArgumentException("Invalid treatment " + treatment[i]
                        + " for unit " + i + ": use 0 or 1.");
            }
        }
    }
}
