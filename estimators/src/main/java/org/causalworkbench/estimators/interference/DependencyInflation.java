package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
 * <p>D is block diagonal over its connected components, so it is stored sparsely per component
 * and {@code D_sr} is the largest Perron root over the blocks. Blocks of up to 1,500 units are
 * decomposed exactly. For larger blocks {@code D_sr} is an upper bound within a relative
 * 1e-9 of the root, or, for slowly mixing blocks such as long paths, a looser upper bound that
 * never exceeds {@code D_max}.
 *
 * <p><strong>Limitations.</strong> Memory grows with the number of dependent pairs: a unit
 * acting on m others adds m^2 of them, so a hub with 30,000 neighbours needs several GiB.
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
        DependencyComponents dependency = DependencyComponents.build(neighbours);
        long sum = 0;
        int maximum = 0;
        for (int count : dependency.counts()) {
            sum += count;
            maximum = Math.max(maximum, count);
        }
        double radius = 0;
        for (int[][] block : dependency.blocks()) {
            radius = Math.max(radius, PerronRoot.of(block));
        }
        return new DependencyInflation(dependency.counts(), (double) sum / n, radius, maximum);
    }

    /**
     * Computes the factors of the dependency graph between bootstrap blocks. A block bootstrap
     * resamples each block whole, so dependence inside a block is already in its variance;
     * only dependence that crosses blocks needs the inflation. Block {@code b} acts on block
     * {@code c} when a unit of {@code b} acts on a unit of {@code c}.
     *
     * <p>When the blocks are the connected components of the graph, or the groups under partial
     * interference, no unit acts across blocks and every factor is 1.
     *
     * @param neighbours neighbour indices per unit, as for {@link #fromNeighbours(int[][])}.
     *     Not modified.
     * @param blocks block label per unit, each in {@code 0..B-1} for B blocks. Not modified.
     * @return the factors over the B blocks, with one count per block
     * @throws IllegalArgumentException if the lengths differ or a label or index is out of range
     */
    public static DependencyInflation betweenBlocks(int[][] neighbours, int[] blocks) {
        if (blocks.length != neighbours.length) {
            throw new IllegalArgumentException("The block labels have " + blocks.length
                    + " entries, expected " + neighbours.length + " (one per unit).");
        }
        int blockCount = 0;
        for (int i = 0; i < blocks.length; i++) {
            if (blocks[i] < 0) {
                throw new IllegalArgumentException("Invalid block label " + blocks[i]
                        + " for unit " + i + ": labels must be 0 or more.");
            }
            blockCount = Math.max(blockCount, blocks[i] + 1);
        }
        List<Set<Integer>> sources = new ArrayList<>(blockCount);
        for (int b = 0; b < blockCount; b++) {
            sources.add(new TreeSet<>());
        }
        for (int j = 0; j < neighbours.length; j++) {
            for (int k : neighbours[j]) {
                if (k < 0 || k >= neighbours.length) {
                    throw new IllegalArgumentException("Unit " + j + " lists neighbour " + k
                            + ", outside 0.." + (neighbours.length - 1) + ".");
                }
                if (blocks[k] != blocks[j]) {
                    sources.get(blocks[j]).add(blocks[k]);
                }
            }
        }
        int[][] blockNeighbours = new int[blockCount][];
        for (int b = 0; b < blockCount; b++) {
            blockNeighbours[b] = sources.get(b).stream().mapToInt(Integer::intValue).toArray();
        }
        return fromNeighbours(blockNeighbours);
    }
}
