package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Variance inflation factors from the dependency graph of an interference structure.
 *
 * <p>Let {@code A_kj = 1} when unit {@code k} acts on unit {@code j}, and {@code A_ii = 1}.
 * Units {@code i} and {@code j} are dependent when some unit {@code k} acts on both:
 * <pre>
 *   D_ij = 1[ (A^T A)_ij > 0 ],   D_i = sum_j D_ij
 *   D_avg = mean_i D_i,   D_max = max_i D_i,   D_sr = largest |eigenvalue| of D
 * </pre>
 * and {@code D_avg <= D_sr <= D_max}. A bootstrap variance is multiplied by one of them:
 * {@code D_avg} is optimistic, {@code D_max} conservative, {@code D_sr} the usual choice.
 *
 * <p>The neighbour lists follow {@link SignatureBuilder}: {@code neighbours[j]} lists the units
 * that act on {@code j}, so each list is a column of {@code A}. For undirected graphs the
 * orientation does not matter. An isolated unit depends only on itself and has {@code D_i = 1}.
 *
 * <p><strong>Limitations.</strong> D is stored densely and its eigenvalues come from a full
 * symmetric eigendecomposition, so time grows as n^3 and memory as n^2; several thousand units
 * are practical.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 *
 * <p>Reference: Sävje, Aronow and Hudgens (2021), Average treatment effects in the presence of
 * unknown interference, Ann. Statist. 49(2), 673-701, doi:10.1214/20-AOS1973.
 *
 * @param dependencyCounts {@code D_i} per unit
 * @param average {@code D_avg}
 * @param spectralRadius {@code D_sr}
 * @param maximum {@code D_max}
 */
public record DependencyInflation(
        int[] dependencyCounts, double average, double spectralRadius, int maximum) {

    /** Copies the counts so the record stays immutable. */
    public DependencyInflation {
        dependencyCounts = dependencyCounts.clone();
    }

    /** Returns a copy of {@code D_i} per unit. */
    @Override
    public int[] dependencyCounts() {
        return dependencyCounts.clone();
    }

    /**
     * Computes the three factors from neighbour lists.
     *
     * @param neighbours neighbour indices per unit, at least one unit. Not modified.
     * @return the counts and factors
     * @throws IllegalArgumentException if there are no units or an index is out of range
     */
    public static DependencyInflation fromNeighbours(int[][] neighbours) {
        int n = neighbours.length;
        if (n == 0) {
            throw new IllegalArgumentException("The dependency graph needs at least one unit.");
        }
        double[][] dependency = dependencyMatrix(neighbours);

        int[] counts = new int[n];
        long sum = 0;
        int maximum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                counts[i] += (int) dependency[i][j];
            }
            sum += counts[i];
            maximum = Math.max(maximum, counts[i]);
        }

        // D is symmetric, so its eigenvalues are real.
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(dependency, false))
                .getRealEigenvalues();
        double radius = 0;
        for (double value : eigenvalues) {
            radius = Math.max(radius, Math.abs(value));
        }
        return new DependencyInflation(counts, (double) sum / n, radius, maximum);
    }

    private static double[][] dependencyMatrix(int[][] neighbours) {
        int n = neighbours.length;
        List<List<Integer>> actedOn = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            actedOn.add(new ArrayList<>(List.of(k)));
        }
        for (int j = 0; j < n; j++) {
            for (int k : neighbours[j]) {
                if (k < 0 || k >= n) {
                    throw new IllegalArgumentException("Unit " + j + " lists neighbour " + k
                            + ", outside 0.." + (n - 1) + ".");
                }
                actedOn.get(k).add(j);
            }
        }

        // Every pair of units that unit k acts on (k included) is dependent.
        double[][] dependency = new double[n][n];
        for (List<Integer> group : actedOn) {
            for (int i : group) {
                for (int j : group) {
                    dependency[i][j] = 1;
                }
            }
        }
        return dependency;
    }
}
