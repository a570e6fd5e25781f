package org.causalworkbench.app.interference;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.graph.DistanceMatrix;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.SignatureBuilder;

/**
 * The signature of every unit under one {@link SignatureChoice}: the values the estimator
 * stratifies on, a readable label per unit and the first component as a number for charts.
 *
 * <p>The inverse-distance component uses the distances of a distance matrix when one is given,
 * and otherwise hop distances in the interaction structure. Within a clique every other member
 * is one hop away, so on group data the hop version equals the group fraction.
 *
 * <p>Under the REJECT policy, a unit with an empty neighbourhood stops the computation with a
 * message that counts such units and names the first few, before any value is computed.
 *
 * @param signatures the signature per unit as passed to the estimator (binned where chosen),
 *     {@code null} entries for missing; the whole list is {@code null} when
 *     {@link #cellProblem()} is not empty
 * @param unbinned the signature per unit before binning, with inverse-distance values rounded
 *     to 1e-9, {@code null} entries for missing. The outcome regressions and the additivity
 *     and identifiability checks use it, so the propensity model does not change them.
 * @param labels per unit the exact value, with the bin range where binned, or "missing"
 * @param firstComponent per unit the first component before binning, {@code NaN} when missing
 * @param cellProblem why the signature cannot define exact cells, empty when it can
 */
public record SignatureTable(List<Signature> signatures, List<Signature> unbinned,
        List<String> labels, double[] firstComponent, String cellProblem) {

    /** Resolution of inverse-distance values stored as exact fractions for a logistic fit. */
    static final long CONTINUOUS_RESOLUTION = 1_000_000_000L;

    /** The label of a missing signature. */
    public static final String MISSING = "missing";

    /** Copies the parts; the signature list may contain {@code null}. */
    public SignatureTable {
        signatures = signatures == null ? null
                : Collections.unmodifiableList(new ArrayList<>(signatures));
        unbinned = Collections.unmodifiableList(new ArrayList<>(unbinned));
        labels = List.copyOf(labels);
        firstComponent = firstComponent.clone();
    }

    @Override
    public double[] firstComponent() {
        return firstComponent.clone();
    }

    /**
     * Computes the signatures.
     *
     * @param data the units and their structure
     * @param choice the signature settings
     * @return the table
     * @throws IllegalArgumentException if a unit has no neighbours under the REJECT policy, or
     *     the estimators reject a value; the message names the unit
     */
    public static SignatureTable compute(InterferenceData data, SignatureChoice choice) {
        return compute(data, choice, null);
    }

    /**
     * Computes the signatures, with real distances for the inverse-distance component.
     *
     * @param data the units and their structure
     * @param choice the signature settings
     * @param distances distances over the data's units, or {@code null} for hop distances
     * @return the table
     * @throws IllegalArgumentException if a unit has no neighbours under the REJECT policy, or
     *     the estimators reject a value; the message names the unit
     */
    public static SignatureTable compute(InterferenceData data, SignatureChoice choice,
            DistanceMatrix distances) {
        if (choice.isolatedUnitPolicy() == IsolatedUnitPolicy.REJECT) {
            IsolatedUnits.requireNone(data, choice.components(), distances != null);
        }
        int n = data.size();
        int[] treatment = data.treatment();
        SignatureBuilder builder = SignatureBuilder.withDefaults()
                .withIsolatedUnitPolicy(choice.isolatedUnitPolicy());
        List<ExactFraction[]> keys = new ArrayList<>();
        List<ExactFraction[]> unbinnedKeys = new ArrayList<>();
        List<String[]> labelParts = new ArrayList<>();
        double[] first = null;
        String cellProblem = "";

        for (SignatureComponent component : choice.components()) {
            double[] values = values(data, builder, component, choice, treatment, distances);
            ExactFraction[] exact = component == SignatureComponent.INVERSE_DISTANCE ? null
                    : exactValues(data, builder, component, choice, treatment);
            String[] labels = new String[n];
            for (int i = 0; i < n; i++) {
                labels[i] = exact != null ? (exact[i] == null ? MISSING : exact[i].toString())
                        : Double.isNaN(values[i]) ? MISSING
                        : String.format(Locale.ROOT, "%.4f", values[i]);
            }
            ExactFraction[] key = exact;
            // The logistic fit uses the values, not cells, so rounding to 1e-9 hardly moves it.
            unbinnedKeys.add(exact != null ? exact
                    : SignatureBuilder.rounded(values, CONTINUOUS_RESOLUTION));
            if (choice.binned() && component.isFraction()) {
                key = SignatureBuilder.binned(values, choice.bins());
                for (int i = 0; i < n; i++) {
                    if (key[i] != null) {
                        labels[i] = labels[i] + " " + binLabel(key[i], choice.bins());
                    }
                }
            } else if (key == null && choice.propensityModel() == PropensityModel.LOGISTIC) {
                key = unbinnedKeys.get(unbinnedKeys.size() - 1);
            } else if (key == null) {
                cellProblem = "The inverse-distance signature is not an exact fraction, so exact"
                        + " cells cannot use it; choose the binned or logistic propensity.";
            }
            keys.add(key);
            labelParts.add(labels);
            if (first == null) {
                first = values;
            }
        }

        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            labels.add(join(labelParts, i));
        }
        List<Signature> signatures = cellProblem.isEmpty()
                ? SignatureBuilder.combine(keys.toArray(new ExactFraction[0][])) : null;
        List<Signature> unbinned = SignatureBuilder.combine(
                unbinnedKeys.toArray(new ExactFraction[0][]));
        return new SignatureTable(signatures, unbinned, labels, first, cellProblem);
    }

    /**
     * Labels the bin whose lower edge is {@code lower}, such as "[0.95, 1.00] (bin 20 of 20)".
     * Every bin but the last is half-open, because a value on an inner edge goes up.
     */
    static String binLabel(ExactFraction lower, int bins) {
        long index = Math.round(lower.doubleValue() * bins);
        double upper = (double) (index + 1) / bins;
        return String.format(Locale.ROOT, "[%.2f, %.2f%s (bin %d of %d)", lower.doubleValue(),
                upper, index + 1 == bins ? "]" : ")", index + 1, bins);
    }

    private static String join(List<String[]> parts, int unit) {
        if (parts.size() == 1) {
            return parts.get(0)[unit];
        }
        StringBuilder text = new StringBuilder("(");
        for (int c = 0; c < parts.size(); c++) {
            text.append(c == 0 ? "" : ", ").append(parts.get(c)[unit]);
        }
        return text.append(')').toString();
    }

    /** Returns the exact values of a component, after the own-treatment modifier. */
    private static ExactFraction[] exactValues(InterferenceData data, SignatureBuilder builder,
            SignatureComponent component, SignatureChoice choice, int[] treatment) {
        ExactFraction[] exact = switch (component) {
            case GROUP_FRACTION -> builder.groupFraction(data.groups(), treatment);
            case NEIGHBOUR_FRACTION -> builder.adjacentFraction(data.neighbours(), treatment);
            case TREATED_COUNT -> builder.treatedNeighbourCount(data.neighbours(), treatment);
            case INVERSE_DISTANCE -> throw new IllegalStateException(
                    "the inverse-distance signature has no exact values");
        };
        if (component.isFraction() && choice.ownTreatmentReduction() != null) {
            exact = builder.ownTreatmentModifier(exact, treatment,
                    choice.ownTreatmentReduction());
        }
        return exact;
    }

    /** Returns the values of a component as numbers, {@code NaN} where missing. */
    private static double[] values(InterferenceData data, SignatureBuilder builder,
            SignatureComponent component, SignatureChoice choice, int[] treatment,
            DistanceMatrix distances) {
        if (component != SignatureComponent.INVERSE_DISTANCE) {
            ExactFraction[] exact = exactValues(data, builder, component, choice, treatment);
            double[] values = new double[exact.length];
            for (int i = 0; i < exact.length; i++) {
                values[i] = exact[i] == null ? Double.NaN : exact[i].doubleValue();
            }
            return values;
        }
        double[] values = distances == null
                ? inverseHopDistance(data, builder, choice, treatment)
                : builder.inverseDistance(matrix(distances), treatment, choice.distancePower());
        if (choice.ownTreatmentReduction() != null) {
            double reduction = choice.ownTreatmentReduction().doubleValue();
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.max(0, values[i] - reduction * treatment[i]);
            }
        }
        return values;
    }

    private static double[][] matrix(DistanceMatrix distances) {
        int n = distances.unitIds().size();
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i][j] = distances.distance(i, j);
            }
        }
        return matrix;
    }

    /**
     * Computes the inverse-distance signature with hop distances, one connected component at a
     * time, so the distance matrices stay as small as the components.
     */
    private static double[] inverseHopDistance(InterferenceData data, SignatureBuilder builder,
            SignatureChoice choice, int[] treatment) {
        int[][] adjacent = undirected(data.neighbours());
        double[] result = new double[treatment.length];
        int[] component = new int[treatment.length];
        Arrays.fill(component, -1);
        for (int start = 0; start < treatment.length; start++) {
            if (component[start] >= 0) {
                continue;
            }
            List<Integer> members = reachable(adjacent, start, component);
            if (members.size() == 1) {
                result[start] = isolatedValue(data, choice.isolatedUnitPolicy(), start);
                continue;
            }
            double[][] distances = new double[members.size()][];
            int[] memberTreatment = new int[members.size()];
            for (int a = 0; a < members.size(); a++) {
                distances[a] = hops(adjacent, members, members.get(a));
                memberTreatment[a] = treatment[members.get(a)];
            }
            double[] values = builder.inverseDistance(distances, memberTreatment,
                    choice.distancePower());
            for (int a = 0; a < members.size(); a++) {
                result[members.get(a)] = values[a];
            }
        }
        return result;
    }

    private static double isolatedValue(InterferenceData data, IsolatedUnitPolicy policy,
            int unit) {
        return switch (policy) {
            case ZERO -> 0;
            case MISSING -> Double.NaN;
            case REJECT -> throw new IllegalArgumentException("Unit '" + data.ids().get(unit)
                    + "' has no neighbours, so its inverse-distance signature is 0/0: choose"
                    + " the isolated-unit policy 0 or missing, or remove the unit.");
        };
    }

    /** Makes every edge two-way, so components and hop counts ignore direction. */
    private static int[][] undirected(int[][] neighbours) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < neighbours.length; i++) {
            lists.add(new ArrayList<>());
        }
        for (int i = 0; i < neighbours.length; i++) {
            for (int j : neighbours[i]) {
                if (!lists.get(i).contains(j)) {
                    lists.get(i).add(j);
                }
                if (!lists.get(j).contains(i)) {
                    lists.get(j).add(i);
                }
            }
        }
        int[][] result = new int[neighbours.length][];
        for (int i = 0; i < neighbours.length; i++) {
            result[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    /** Labels the component of {@code start} and returns its members in visiting order. */
    private static List<Integer> reachable(int[][] adjacent, int start, int[] component) {
        List<Integer> members = new ArrayList<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        component[start] = start;
        while (!queue.isEmpty()) {
            int unit = queue.poll();
            members.add(unit);
            for (int next : adjacent[unit]) {
                if (component[next] < 0) {
                    component[next] = start;
                    queue.add(next);
                }
            }
        }
        return members;
    }

    /** Returns the hop distance from {@code source} to every member, in member order. */
    private static double[] hops(int[][] adjacent, List<Integer> members, int source) {
        java.util.Map<Integer, Integer> depth = new java.util.HashMap<>();
        depth.put(source, 0);
        Deque<Integer> queue = new ArrayDeque<>(List.of(source));
        while (!queue.isEmpty()) {
            int unit = queue.poll();
            for (int next : adjacent[unit]) {
                if (!depth.containsKey(next)) {
                    depth.put(next, depth.get(unit) + 1);
                    queue.add(next);
                }
            }
        }
        double[] distances = new double[members.size()];
        for (int a = 0; a < members.size(); a++) {
            distances[a] = depth.get(members.get(a));
        }
        return distances;
    }
}
