package org.causalworkbench.app.interference;

import java.util.List;
import java.util.Objects;

/**
 * A unit table ready for the interference workspace: per unit an id, a treatment, an outcome,
 * an optional discrete covariate value and a group label, plus the neighbour lists of the
 * interaction structure built from the groups.
 *
 * @param name a short description shown above the results, usually the file name
 * @param ids one id per unit
 * @param treatment 0 or 1 per unit
 * @param outcome one finite outcome per unit
 * @param covariateNames the covariate columns, empty when there are none
 * @param covariates the covariate values per unit joined into one label, or {@code null} when
 *     there are no covariates; equal labels share a propensity cell
 * @param groups the group label per unit
 * @param neighbours per unit, the rows of the units that act on it
 * @param note a short text such as a simulated table's true effect, empty for none
 * @param trueEffect the true TACE of simulated data, {@code NaN} when unknown
 * @param covariateValues per unit, the value of each covariate column in the order of
 *     {@code covariateNames}, for exports that write one column per covariate
 */
public record InterferenceData(String name, List<String> ids, int[] treatment, double[] outcome,
        List<String> covariateNames, List<String> covariates, List<String> groups,
        int[][] neighbours, String note, double trueEffect,
        List<List<String>> covariateValues) {

    /**
     * Creates a table whose per-column covariate values are recovered from the joined labels.
     *
     * <p>NOTE: the labels are split at ", ", so a value that itself contains ", " lands in the
     * wrong column; {@link UnitTableImport} passes the values exactly.
     */
    public InterferenceData(String name, List<String> ids, int[] treatment, double[] outcome,
            List<String> covariateNames, List<String> covariates, List<String> groups,
            int[][] neighbours, String note, double trueEffect) {
        this(name, ids, treatment, outcome, covariateNames, covariates, groups, neighbours,
                note, trueEffect, split(covariateNames.size(), covariates));
    }

    private static List<List<String>> split(int columns, List<String> labels) {
        if (labels == null || columns == 0) {
            return List.of();
        }
        return labels.stream().map(label -> List.of(label.split(", ", columns))).toList();
    }

    /**
     * Checks that every per-unit part has one entry per unit and copies the parts.
     *
     * @throws IllegalArgumentException if a length differs
     */
    public InterferenceData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(note, "note");
        ids = List.copyOf(ids);
        int n = ids.size();
        treatment = treatment.clone();
        outcome = outcome.clone();
        covariateNames = List.copyOf(covariateNames);
        covariates = covariates == null ? null : List.copyOf(covariates);
        groups = List.copyOf(groups);
        neighbours = copy(neighbours);
        requireLength("treatment", treatment.length, n);
        requireLength("outcome", outcome.length, n);
        requireLength("group", groups.size(), n);
        requireLength("neighbour", neighbours.length, n);
        if (covariates != null) {
            requireLength("covariate", covariates.size(), n);
        }
        covariateValues = covariateValues.stream().map(List::copyOf).toList();
        if (!covariateValues.isEmpty()) {
            requireLength("covariate value", covariateValues.size(), n);
        }
    }

    private static void requireLength(String part, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException("The " + part + " input has " + length
                    + " entries but there are " + expected + " units; give one per unit.");
        }
    }

    private static int[][] copy(int[][] rows) {
        int[][] result = new int[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            result[i] = rows[i].clone();
        }
        return result;
    }

    /** Returns the number of units. */
    public int size() {
        return ids.size();
    }

    /**
     * Returns a copy with another interaction structure, for example a graph's neighbour lists
     * in place of the group cliques. The group labels stay, so the group fraction still uses
     * them.
     *
     * @param replacement per unit, the rows of the units that act on it
     * @throws IllegalArgumentException if the number of lists is not the number of units
     */
    public InterferenceData withNeighbours(int[][] replacement) {
        return new InterferenceData(name, ids, treatment, outcome, covariateNames, covariates,
                groups, replacement, note, trueEffect, covariateValues);
    }

    /**
     * Returns the value of one covariate column for a unit, or an empty string when the table
     * has no such value.
     */
    public String covariateValue(int unit, int column) {
        if (covariateValues.isEmpty()) {
            return "";
        }
        List<String> values = covariateValues.get(unit);
        return column < values.size() ? values.get(column) : "";
    }

    /** Returns the covariate label of a unit, or an empty string without covariates. */
    public String covariateOf(int unit) {
        return covariates == null ? "" : covariates.get(unit);
    }

    @Override
    public int[] treatment() {
        return treatment.clone();
    }

    @Override
    public double[] outcome() {
        return outcome.clone();
    }

    @Override
    public int[][] neighbours() {
        return copy(neighbours);
    }
}
