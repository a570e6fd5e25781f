package org.causalworkbench.estimators.interference;

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
}
