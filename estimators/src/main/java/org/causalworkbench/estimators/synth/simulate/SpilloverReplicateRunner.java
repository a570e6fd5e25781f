package org.causalworkbench.estimators.synth.simulate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.obsexp.simulate.ReplicatePool;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateRunner;
import org.causalworkbench.estimators.synth.SimplexLeastSquares_DDRM;
import org.causalworkbench.estimators.synth.SyntheticControl;
import org.ejml.data.DMatrixRMaj;

/**
 * Runs a simulation study of donor selection for the synthetic control: it draws replicate
 * panels from a {@link SpilloverProcess}, fits the outcome-only synthetic control on the donors
 * each {@link DonorStrategy} keeps, and returns each strategy's bias, the ATT minus the true
 * effect tau.
 *
 * <p>The fit is the one of {@link SyntheticControl}: simplex weights from
 * {@link SimplexLeastSquares_DDRM} on the T0 pre-periods, and the ATT as the mean gap over the
 * post-periods. It works on the panel's arrays directly, without building a
 * {@link org.causalworkbench.estimators.data.Panel}.
 *
 * <ul>
 *   <li>Replicate i draws its panel from the seed
 *       {@link ReplicateRunner#replicateSeed(long, int) replicateSeed(baseSeed, i)}. Each
 *       replicate runs on one thread and the rows are collected by index, so the result is the
 *       same for every thread count and schedule.</li>
 *   <li>The default strategies are {@link DonorStrategy#ALL} and {@link DonorStrategy#VALID}.
 *       Donor screens such as the S1 and S2 rules of O'Riordan and Gilligan-Lee (2025) are not
 *       part of this class; they enter through {@link #withStrategies}.</li>
 *   <li>When every donor is invalid, {@link DonorStrategy#VALID} has nothing to fit, and
 *       {@link #run} rejects the study before it starts.</li>
 *   <li>Progress is one unit per finished replicate, reported from the calling thread.
 *       Cancellation is checked every 50 ms while waiting and by each replicate before each
 *       fit.</li>
 *   <li>A replicate that fails, for example because a selection kept no donor, stops the
 *       study, and {@link #run} raises an {@link IllegalStateException} that names its index,
 *       seed and strategy.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 * {@link #run} starts its own fixed thread pool and shuts it down before returning or throwing.
 */
public final class SpilloverReplicateRunner {

    /** Number of replicates unless {@link #withReplicates(int)} sets another. */
    public static final int DEFAULT_REPLICATES = 100;

    private final SpilloverProcess process;
    private final int replicates;
    private final long baseSeed;
    private final int parallelism;
    private final List<DonorStrategy> strategies;

    private SpilloverReplicateRunner(SpilloverProcess process, int replicates, long baseSeed,
            int parallelism, List<DonorStrategy> strategies) {
        this.process = process;
        this.replicates = replicates;
        this.baseSeed = baseSeed;
        this.parallelism = parallelism;
        this.strategies = strategies;
    }

    /**
     * Returns a runner with {@value #DEFAULT_REPLICATES} replicates, base seed 1, the
     * strategies ALL and VALID, and one thread per available processor.
     */
    public static SpilloverReplicateRunner of(SpilloverProcess process) {
        if (process == null) {
            throw new IllegalArgumentException("The process must not be null.");
        }
        return new SpilloverReplicateRunner(process, DEFAULT_REPLICATES, 1, 0,
                List.of(DonorStrategy.ALL, DonorStrategy.VALID));
    }

    /** Returns a copy with another number of replicates, at least 1. */
    public SpilloverReplicateRunner withReplicates(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Invalid number of replicates " + count
                    + ": use 1 or more, for example 100.");
        }
        return new SpilloverReplicateRunner(process, count, baseSeed, parallelism, strategies);
    }

    /** Returns a copy with another base seed. */
    public SpilloverReplicateRunner withBaseSeed(long seed) {
        return new SpilloverReplicateRunner(process, replicates, seed, parallelism, strategies);
    }

    /**
     * Returns a copy that runs on a pool of {@code threads} threads, or on one thread per
     * available processor when {@code threads} is 0.
     */
    public SpilloverReplicateRunner withParallelism(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("Invalid thread count " + threads
                    + ": use 0 for one thread per processor, or a positive count.");
        }
        return new SpilloverReplicateRunner(process, replicates, baseSeed, threads, strategies);
    }

    /** Returns a copy that compares these strategies, at least one, with distinct names. */
    public SpilloverReplicateRunner withStrategies(DonorStrategy... chosen) {
        if (chosen.length == 0) {
            throw new IllegalArgumentException("No donor strategy given: name at least one,"
                    + " for example DonorStrategy.ALL.");
        }
        Set<String> names = new HashSet<>();
        for (DonorStrategy strategy : chosen) {
            if (strategy == null) {
                throw new IllegalArgumentException("A donor strategy is null; remove it.");
            }
            if (!names.add(strategy.name())) {
                throw new IllegalArgumentException("Two donor strategies are named '"
                        + strategy.name() + "'; give each strategy its own name.");
            }
        }
        return new SpilloverReplicateRunner(process, replicates, baseSeed, parallelism,
                List.of(chosen));
    }

    /** Returns the process. */
    public SpilloverProcess process() {
        return process;
    }

    /** Returns the number of replicates. */
    public int replicates() {
        return replicates;
    }

    /** Returns the base seed. */
    public long baseSeed() {
        return baseSeed;
    }

    /** Returns the thread count, or 0 for one thread per available processor. */
    public int parallelism() {
        return parallelism;
    }

    /** Returns the strategies in column order. */
    public List<DonorStrategy> strategies() {
        return strategies;
    }

    /**
     * Runs the study.
     *
     * @param progress receives one unit per finished replicate, from the calling thread
     * @param cancellation checked while the study runs
     * @return the rows and the bias distributions
     * @throws IllegalArgumentException if the study includes {@link DonorStrategy#VALID} and
     *     the process makes every donor invalid
     * @throws CancellationException if cancellation was requested or the calling thread was
     *     interrupted
     * @throws IllegalStateException if a replicate failed, naming its index, seed and strategy
     */
    public SpilloverStudyResult run(ProgressSink progress, CancellationToken cancellation) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
        if (strategies.contains(DonorStrategy.VALID) && process.validDonorCount() == 0) {
            throw new IllegalArgumentException("Strategy VALID has no donor to fit: the invalid"
                    + " share " + process.settings().invalidShare() + " of "
                    + process.settings().donors() + " donors makes every donor invalid. Lower"
                    + " the share or leave VALID out.");
        }
        cancellation.throwIfCancellationRequested();
        int processors = Runtime.getRuntime().availableProcessors();
        int threads = Math.min(parallelism == 0 ? processors : parallelism, replicates);
        progress.message("Running " + replicates + " replicates of the spillover simulation on "
                + threads + " threads");
        List<ReplicateBiases> rows = ReplicatePool.run(replicates, threads, this::runReplicate,
                progress, cancellation);
        List<String> names = strategies.stream().map(DonorStrategy::name).toList();
        return SpilloverStudyResult.summarise(process.settings(), baseSeed, names, rows);
    }

    /**
     * Fits every strategy on one panel.
     *
     * @param panel the panel
     * @param replicate the replicate index to record
     * @param cancellation checked before each fit
     * @return the row
     * @throws IllegalArgumentException if a selection returns no donor, a repeated donor or
     *     an index outside the panel, naming the strategy
     */
    public ReplicateBiases estimate(SpilloverPanel panel, int replicate,
            CancellationToken cancellation) {
        double[] biases = new double[strategies.size()];
        int[] kept = new int[strategies.size()];
        for (int s = 0; s < strategies.size(); s++) {
            cancellation.throwIfCancellationRequested();
            DonorStrategy strategy = strategies.get(s);
            int[] donors = checkedSelection(strategy, panel);
            biases[s] = att(panel, donors) - panel.trueEffect();
            kept[s] = donors.length;
        }
        return new ReplicateBiases(replicate, panel.seed(), biases, kept);
    }

    /**
     * Returns the outcome-only synthetic control's ATT on the chosen donors: simplex weights fitted
     * on the pre-periods, then the mean of target minus weighted donors over the post-periods.
     */
    static double att(SpilloverPanel panel, int[] donors) {
        int pre = panel.prePeriods();
        double[] target = panel.target();
        DMatrixRMaj x = new DMatrixRMaj(pre, donors.length);
        DMatrixRMaj y = new DMatrixRMaj(pre, 1);
        for (int t = 0; t < pre; t++) {
            y.set(t, 0, target[t]);
            for (int j = 0; j < donors.length; j++) {
                x.set(t, j, panel.donorOutcome(donors[j], t));
            }
        }
        double[] weights = new SimplexLeastSquares_DDRM().solve(x, y).weights();
        double gapSum = 0;
        for (int t = pre; t < panel.periodCount(); t++) {
            double synthetic = 0;
            for (int j = 0; j < donors.length; j++) {
                synthetic += weights[j] * panel.donorOutcome(donors[j], t);
            }
            gapSum += target[t] - synthetic;
        }
        return gapSum / panel.postPeriods();
    }

    private ReplicateBiases runReplicate(int index, CancellationToken token) {
        long seed = ReplicateRunner.replicateSeed(baseSeed, index);
        try {
            token.throwIfCancellationRequested();
            return estimate(process.generate(seed), index, token);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Replicate " + index + " with seed " + seed
                    + " failed: " + e.getMessage(), e);
        }
    }

    private static int[] checkedSelection(DonorStrategy strategy, SpilloverPanel panel) {
        int[] donors = strategy.selection().keptDonors(panel);
        if (donors == null || donors.length == 0) {
            throw new IllegalArgumentException("Strategy " + strategy.name() + " kept no donor;"
                    + " a synthetic control needs at least one.");
        }
        boolean[] seen = new boolean[panel.donorCount()];
        for (int donor : donors) {
            if (donor < 0 || donor >= seen.length) {
                throw new IllegalArgumentException("Strategy " + strategy.name()
                        + " returned donor index " + donor + ", outside 0 to "
                        + (seen.length - 1) + ".");
            }
            if (seen[donor]) {
                throw new IllegalArgumentException("Strategy " + strategy.name()
                        + " returned donor index " + donor + " twice; return each donor once.");
            }
            seen[donor] = true;
        }
        return donors.clone();
    }
}
