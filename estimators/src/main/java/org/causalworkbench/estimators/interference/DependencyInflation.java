package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p><strong>Limitations.</strong> Each connected component's block of D is stored densely and
 * its eigenvalues come from a full symmetric eigendecomposition, so time grows as the cube of
 * the largest component's size and memory as its square. Many small groups are fast; one
 * connected graph of several thousand units is the practical limit.
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
        List<List<Integer>> actedOn = actedOn(neighbours);

        // D is block-diagonal over the connected components of the dependency graph, so its
        // spectrum is the union of the blocks' spectra. Small blocks keep the eigenvalue
        // solver fast and convergent where one large matrix with many repeated eigenvalues
        // made it fail.
        int[] component = components(actedOn, n);
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(component[i], key -> new ArrayList<>()).add(i);
        }
        Map<Integer, List<List<Integer>>> groupsByComponent = new HashMap<>();
        for (List<Integer> group : actedOn) {
            groupsByComponent.computeIfAbsent(component[group.get(0)], key -> new ArrayList<>())
                    .add(group);
        }

        int[] counts = new int[n];
        double radius = 0;
        for (Map.Entry<Integer, List<Integer>> entry : members.entrySet()) {
            radius = Math.max(radius, blockRadius(entry.getValue(),
                    groupsByComponent.get(entry.getKey()), counts));
        }
        long sum = 0;
        int maximum = 0;
        for (int count : counts) {
            sum += count;
            maximum = Math.max(maximum, count);
        }
        return new DependencyInflation(counts, (double) sum / n, radius, maximum);
    }

    /**
     * Fills the block of D for one component, stores its row sums in {@code counts} and
     * returns its largest absolute eigenvalue.
     */
    private static double blockRadius(List<Integer> units, List<List<Integer>> groups,
            int[] counts) {
        int m = units.size();
        Map<Integer, Integer> local = new HashMap<>();
        for (int k = 0; k < m; k++) {
            local.put(units.get(k), k);
        }
        // Every pair of units that one unit acts on (itself included) is dependent.
        double[][] dependency = new double[m][m];
        for (List<Integer> group : groups) {
            for (int i : group) {
                for (int j : group) {
                    dependency[local.get(i)][local.get(j)] = 1;
                }
            }
        }
        for (int k = 0; k < m; k++) {
            for (int l = 0; l < m; l++) {
                counts[units.get(k)] += (int) dependency[k][l];
            }
        }
        if (m == 1) {
            return 1;
        }
        // D is symmetric, so its eigenvalues are real.
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(dependency, false))
                .getRealEigenvalues();
        double radius = 0;
        for (double value : eigenvalues) {
            radius = Math.max(radius, Math.abs(value));
        }
        return radius;
    }

    /** Lists, for each unit k, the units that k acts on, k first. */
    private static List<List<Integer>> actedOn(int[][] neighbours) {
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
        return actedOn;
    }

    /** Labels each unit with a representative of its connected component (union-find). */
    private static int[] components(List<List<Integer>> actedOn, int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (List<Integer> group : actedOn) {
            int root = find(parent, group.get(0));
            for (int member : group) {
                int other = find(parent, member);
                if (other != root) {
                    parent[other] = root;
                }
            }
        }
        int[] component = new int[n];
        for (int i = 0; i < n; i++) {
            component[i] = find(parent, i);
        }
        return component;
    }

    private static int find(int[] parent, int unit) {
        int root = unit;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[unit] != root) {
            int next = parent[unit];
            parent[unit] = root;
            unit = next;
        }
        return root;
    }
}
