package org.causalworkbench.estimators.interference.simulate;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.TaceResult;
import org.causalworkbench.estimators.obsexp.simulate.ReplicatePool;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateRunner;

/**
 * Runs a simulation study of the interference estimators: it draws replicate data sets from an
 * {@link InterferenceProcess}, computes the naive, covariate-only and signature-adjusted (TACE)
 * estimates of each with a {@link TaceEstimator}, and returns their bias distributions and, for
 * a process that is linear in X and I, the decomposition of the naive bias.
 *
 * <p>Replicate i draws its data from the seed
 * {@link ReplicateRunner#replicateSeed(long, int) replicateSeed(baseSeed, i)}. Each replicate
 * runs on one thread and the rows are collected by index, so the result is the same for every
 * thread count and schedule.
 *
 * <ul>
 *   <li>Progress is one unit per finished replicate, reported from the calling thread.
 *       Cancellation is checked every 50 ms while waiting and by each replicate before it
 *       starts and before it estimates.</li>
 *   <li>A replicate that fails, for example because no propensity cell has both arms, stops
 *       the study, and {@link #run} raises an {@link IllegalStateException} that names its
 *       index and seed.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 * {@link #run} starts its own fixed thread pool and shuts it down before returning or throwing.
 */
public final class InterferenceReplicateRunner {

    /** Number of replicates unless {@link #withReplicates(int)} sets another. */
    public static final int DEFAULT_REPLICATES = 100;

    private final InterferenceProcess process;
    private final int replicates;
    private final long baseSeed;
    private final int parallelism;
    private final TaceEstimator estimator;

    private InterferenceReplicateRunner(InterferenceProcess process, int replicates,
            long baseSeed, int parallelism, TaceEstimator estimator) {
        this.process = process;
        this.replicates = replicates;
        this.baseSeed = baseSeed;
        this.parallelism = parallelism;
        this.estimator = estimator;
    }

    /**
     * Returns a runner with {@value #DEFAULT_REPLICATES} replicates, base seed 1, the default
     * estimator and one thread per available processor.
     */
    public static InterferenceReplicateRunner of(InterferenceProcess process) {
        if (process == null) {
            throw new IllegalArgumentException("The process must not be null.");
        }
        return new InterferenceReplicateRunner(process, DEFAULT_REPLICATES, 1, 0,
                TaceEstimator.withDefaults());
    }

    /** Returns a copy with another number of replicates, at least 1. */
    public InterferenceReplicateRunner withReplicates(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Invalid number of replicates " + count
                    + ": use 1 or more, for example 100.");
        }
        return new InterferenceReplicateRunner(process, count, baseSeed, parallelism,
                estimator);
    }

    /** Returns a copy with another base seed. */
    public InterferenceReplicateRunner withBaseSeed(long seed) {
        return new InterferenceReplicateRunner(process, replicates, seed, parallelism,
                estimator);
    }

    /**
     * Returns a copy that runs on a pool of {@code threads} threads, or on one thread per
     * available processor when {@code threads} is 0.
     */
    public InterferenceReplicateRunner withParallelism(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("Invalid thread count " + threads
                    + ": use 0 for one thread per processor, or a positive count.");
        }
        return new InterferenceReplicateRunner(process, replicates, baseSeed, threads,
                estimator);
    }

    /** Returns a copy that estimates with another configuration, for example other trimming. */
    public InterferenceReplicateRunner withEstimator(TaceEstimator configuration) {
        if (configuration == null) {
            throw new IllegalArgumentException("The estimator must not be null.");
        }
        return new InterferenceReplicateRunner(process, replicates, baseSeed, parallelism,
                configuration);
    }

    /** Returns the process. */
    public InterferenceProcess process() {
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

    /**
     * Runs the study.
     *
     * @param progress receives one unit per finished replicate, from the calling thread
     * @param cancellation checked while the study runs
     * @return the rows and the bias summaries
     * @throws CancellationException if cancellation was requested or the calling thread was
     *     interrupted
     * @throws IllegalStateException if a replicate failed, naming its index and seed
     */
    public InterferenceStudyResult run(ProgressSink progress, CancellationToken cancellation) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
        cancellation.throwIfCancellationRequested();
        int processors = Runtime.getRuntime().availableProcessors();
        int threads = Math.min(parallelism == 0 ? processors : parallelism, replicates);
        progress.message("Running " + replicates + " replicates of the " + process.name()
                + " on " + threads + " threads");
        List<ReplicateEstimates> rows = ReplicatePool.run(replicates, threads,
                this::runReplicate, progress, cancellation);
        return InterferenceStudyResult.summarise(process.name(), process.truth(), baseSeed,
                rows);
    }

    /**
     * Estimates on one data set: the naive, covariate-only and TACE estimates with the
     * covariate and signature imbalances between the arms.
     *
     * @param units the data set
     * @param replicate the replicate index to record
     * @param seed the seed to record
     * @return the row
     */
    public ReplicateEstimates estimate(SimulatedUnits units, int replicate, long seed) {
        TaceResult result = estimator.estimate(units.treatment(), units.outcome(),
                units.covariateCells(), units.signatures());
        int[] t = units.treatment();
        double covariateDifference = armDifference(t, units.covariate());
        double signatureDifference = Double.NaN;
        if (units.truth().hasLinearDecomposition()) {
            ExactFraction[] signature = units.scalarSignature();
            double[] values = new double[signature.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = signature[i] == null ? 0 : signature[i].doubleValue();
            }
            signatureDifference = armDifference(t, values);
        }
        return new ReplicateEstimates(replicate, seed, units.trueTace(), result.naive().hajek(),
                result.covariates().hajek(), result.tace().hajek(), result.tace().unitsKept(),
                covariateDifference, signatureDifference);
    }

    private ReplicateEstimates runReplicate(int index, CancellationToken token) {
        long seed = ReplicateRunner.replicateSeed(baseSeed, index);
        try {
            token.throwIfCancellationRequested();
            SimulatedUnits units = process.withSeed(seed).generate();
            token.throwIfCancellationRequested();
            return estimate(units, index, seed);
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Replicate " + index + " with seed " + seed
                    + " failed: " + e.getMessage(), e);
        }
    }

    /** Returns the mean of {@code values} over treated minus untreated units. */
    private static double armDifference(int[] treatment, double[] values) {
        double[] sums = new double[2];
        int[] counts = new int[2];
        for (int i = 0; i < treatment.length; i++) {
            sums[treatment[i]] += values[i];
            counts[treatment[i]]++;
        }
        return sums[1] / counts[1] - sums[0] / counts[0];
    }
}
