package org.causalworkbench.estimators.interference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Computes variance estimates and 95% intervals for the TACE by a block bootstrap inflated by
 * the dependency-graph factor.
 *
 * <ol>
 *   <li>Draw as many blocks as there are, with replacement, and stack their units.</li>
 *   <li>Re-estimate with the same {@link TaceEstimator}, so the propensity model is re-fitted in
 *       every replicate, while every unit keeps the signature computed on the full data.</li>
 *   <li>{@code V_boot} is the sample variance of the replicate estimates,
 *       {@code V = D * V_boot} with D chosen by {@link VarianceInflation}, and the interval is
 *       {@code estimate +- 1.96 sqrt(V)}.</li>
 * </ol>
 * Replicates that lose overlap, or whose propensity fit fails, are counted in
 * {@link BootstrapResult#failedReplicates()} and left out of {@code V_boot}.
 *
 * <p>The blocks must be independent of one another: groups under partial interference, or the
 * connected components of the interference graph. When the blocks already contain every
 * dependent pair, {@link VarianceInflation#NONE} gives the plain block bootstrap and the
 * default {@code D_sr} is conservative.
 *
 * <p><strong>Limitations.</strong> The interval is a normal approximation. With few blocks the
 * bootstrap variance is itself noisy, and with one block it is 0, so at least 2 are required.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable. A run uses only its own random
 * generator, seeded by {@link #seed()}, so equal seeds give equal results.
 *
 * <p>References: Sävje, Aronow and Hudgens (2021), Ann. Statist. 49(2), 673-701, for the
 * inflation factor; O'Riordan and Gilligan-Lee (2025), CLeaR 2025, PMLR 275:1016-1031, App. C,
 * for its use with a block bootstrap.
 */
public final class BlockBootstrap {

    /** Replicates unless {@link #withReplicates(int)} sets another number. */
    public static final int DEFAULT_REPLICATES = 200;

    /** Seed unless {@link #withSeed(long)} sets another. */
    public static final long DEFAULT_SEED = 1;

    /** The 97.5% quantile of the standard normal distribution. */
    private static final double NORMAL_QUANTILE = 1.959963984540054;

    private static final BlockBootstrap DEFAULTS = new BlockBootstrap(DEFAULT_REPLICATES,
            DEFAULT_SEED, VarianceInflation.SPECTRAL_RADIUS);

    private final int replicates;
    private final long seed;
    private final VarianceInflation inflation;

    private BlockBootstrap(int replicates, long seed, VarianceInflation inflation) {
        this.replicates = replicates;
        this.seed = seed;
        this.inflation = inflation;
    }

    /** Returns {@value #DEFAULT_REPLICATES} replicates, seed 1 and {@code D_sr} inflation. */
    public static BlockBootstrap withDefaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another number of replicates.
     *
     * @param count at least 2
     * @return the copy
     */
    public BlockBootstrap withReplicates(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("Invalid number of bootstrap replicates " + count
                    + ": use 2 or more, for example " + DEFAULT_REPLICATES + ".");
        }
        return new BlockBootstrap(count, seed, inflation);
    }

    /** Returns a copy with another seed for the block draws. */
    public BlockBootstrap withSeed(long newSeed) {
        return new BlockBootstrap(replicates, newSeed, inflation);
    }

    /** Returns a copy with another variance inflation. */
    public BlockBootstrap withInflation(VarianceInflation newInflation) {
        if (newInflation == null) {
            throw new IllegalArgumentException("The variance inflation must not be null.");
        }
        return new BlockBootstrap(replicates, seed, newInflation);
    }

    /** Returns the number of replicates. */
    public int replicates() {
        return replicates;
    }

    /** Returns the seed. */
    public long seed() {
        return seed;
    }

    /** Returns the variance inflation. */
    public VarianceInflation inflation() {
        return inflation;
    }

    /**
     * Estimates on the full data, then bootstraps the blocks.
     *
     * @param estimator the estimator to apply to the data and to every replicate
     * @param treatment 0 or 1 per unit. Not modified.
     * @param outcome finite outcome per unit. Not modified.
     * @param covariateCells discrete covariate value per unit, or {@code null}. Not modified.
     * @param signatures full-data signature per unit, {@code null} for missing. Not modified.
     * @param blocks block label per unit, as from {@link #connectedComponents(int[][])} or
     *     {@link #blocksOf(List)}. Not modified.
     * @param dependence the dependency factors; may be {@code null} only with
     *     {@link VarianceInflation#NONE}
     * @param progress receives one report per replicate
     * @param cancellation checked before every replicate
     * @return both intervals with the replicate counts
     * @throws NoOverlapException if the full-data estimate fails
     * @throws IllegalArgumentException if there are fewer than 2 blocks or fewer than 2
     *     replicates succeed
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public BootstrapResult run(TaceEstimator estimator, int[] treatment, double[] outcome,
            List<?> covariateCells, List<Signature> signatures, int[] blocks,
            DependencyInflation dependence, ProgressSink progress,
            CancellationToken cancellation) {
        if (dependence == null && inflation != VarianceInflation.NONE) {
            throw new IllegalArgumentException("The " + inflation + " inflation needs the"
                    + " dependency factors: pass DependencyInflation.fromNeighbours(...).");
        }
        WeightedEstimate full =
                estimator.estimate(treatment, outcome, covariateCells, signatures).tace();
        List<int[]> members = members(blocks, treatment.length);
        if (members.size() < 2) {
            throw new IllegalArgumentException("The block bootstrap needs at least 2 independent"
                    + " blocks, but all " + treatment.length + " units form one block: give"
                    + " a grouping into independent blocks.");
        }

        SplittableRandom random = new SplittableRandom(seed);
        double[] horvitzThompson = new double[replicates];
        double[] hajek = new double[replicates];
        int succeeded = 0;
        String firstFailure = "";
        for (int b = 0; b < replicates; b++) {
            cancellation.throwIfCancellationRequested();
            int[] units = draw(members, random);
            try {
                WeightedEstimate replicate = estimator.estimate(pick(treatment, units),
                        pick(outcome, units), pick(covariateCells, units),
                        pick(signatures, units)).tace();
                horvitzThompson[succeeded] = replicate.horvitzThompson();
                hajek[succeeded] = replicate.hajek();
                succeeded++;
            } catch (NoOverlapException | PropensityFitException failure) {
                if (firstFailure.isEmpty()) {
                    firstFailure = "Replicate " + (b + 1) + ": " + failure.getMessage();
                }
            }
            progress.progress(b + 1, replicates);
        }
        if (succeeded < 2) {
            throw new IllegalArgumentException("Only " + succeeded + " of " + replicates
                    + " bootstrap replicates gave an estimate, too few for a variance. "
                    + firstFailure);
        }
        double factor = inflation.factor(dependence);
        return new BootstrapResult(replicates, replicates - succeeded, firstFailure,
                members.size(), inflation, factor,
                interval(full.horvitzThompson(), horvitzThompson, succeeded, factor),
                interval(full.hajek(), hajek, succeeded, factor));
    }

    /**
     * Labels each unit with its connected component in the undirected version of the graph.
     *
     * @param neighbours neighbour indices per unit, as for {@link SignatureBuilder}
     * @return component label per unit, numbered from 0 in order of first unit
     */
    public static int[] connectedComponents(int[][] neighbours) {
        int n = neighbours.length;
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j : neighbours[i]) {
                if (j < 0 || j >= n) {
                    throw new IllegalArgumentException("Unit " + i + " lists neighbour " + j
                            + ", outside 0.." + (n - 1) + ".");
                }
                parent[root(parent, i)] = root(parent, j);
            }
        }
        Map<Integer, Integer> labels = new LinkedHashMap<>();
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = labels.computeIfAbsent(root(parent, i), key -> labels.size());
        }
        return result;
    }

    /**
     * Numbers group labels in order of first appearance.
     *
     * @param labels one label per unit, compared with {@code equals}, not {@code null}
     * @return block label per unit
     */
    public static int[] blocksOf(List<?> labels) {
        Map<Object, Integer> numbers = new LinkedHashMap<>();
        int[] result = new int[labels.size()];
        for (int i = 0; i < result.length; i++) {
            if (labels.get(i) == null) {
                throw new IllegalArgumentException("Missing block label for unit " + i
                        + ": give every unit a group.");
            }
            result[i] = numbers.computeIfAbsent(labels.get(i), key -> numbers.size());
        }
        return result;
    }

    private static int root(int[] parent, int unit) {
        int current = unit;
        while (parent[current] != current) {
            parent[current] = parent[parent[current]];
            current = parent[current];
        }
        return current;
    }

    private static List<int[]> members(int[] blocks, int n) {
        if (blocks.length != n) {
            throw new IllegalArgumentException("The block input has " + blocks.length
                    + " entries, expected " + n + " (one per unit).");
        }
        Map<Integer, List<Integer>> byBlock = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byBlock.computeIfAbsent(blocks[i], key -> new ArrayList<>()).add(i);
        }
        List<int[]> result = new ArrayList<>();
        for (List<Integer> units : byBlock.values()) {
            result.add(units.stream().mapToInt(Integer::intValue).toArray());
        }
        return result;
    }

    private static int[] draw(List<int[]> members, SplittableRandom random) {
        List<int[]> drawn = new ArrayList<>(members.size());
        int size = 0;
        for (int k = 0; k < members.size(); k++) {
            int[] block = members.get(random.nextInt(members.size()));
            drawn.add(block);
            size += block.length;
        }
        int[] units = new int[size];
        int position = 0;
        for (int[] block : drawn) {
            System.arraycopy(block, 0, units, position, block.length);
            position += block.length;
        }
        return units;
    }

    private static BootstrapInterval interval(double estimate, double[] replicates, int count,
            double factor) {
        double mean = 0;
        for (int b = 0; b < count; b++) {
            mean += replicates[b] / count;
        }
        double sumOfSquares = 0;
        for (int b = 0; b < count; b++) {
            sumOfSquares += (replicates[b] - mean) * (replicates[b] - mean);
        }
        double bootstrapVariance = sumOfSquares / (count - 1);
        double variance = factor * bootstrapVariance;
        double halfWidth = NORMAL_QUANTILE * Math.sqrt(variance);
        return new BootstrapInterval(estimate, bootstrapVariance, variance,
                estimate - halfWidth, estimate + halfWidth);
    }

    private static int[] pick(int[] values, int[] units) {
        int[] result = new int[units.length];
        for (int r = 0; r < units.length; r++) {
            result[r] = values[units[r]];
        }
        return result;
    }

    private static double[] pick(double[] values, int[] units) {
        double[] result = new double[units.length];
        for (int r = 0; r < units.length; r++) {
            result[r] = values[units[r]];
        }
        return result;
    }

    private static <T> List<T> pick(List<T> values, int[] units) {
        if (values == null) {
            return null;
        }
        List<T> result = new ArrayList<>(units.length);
        for (int i : units) {
            result.add(values.get(i));
        }
        return result;
    }
}
