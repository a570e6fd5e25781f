package org.causalworkbench.estimators.obsexp.simulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.obsexp.GapIntervals;
import org.causalworkbench.estimators.obsexp.GapModel;
import org.causalworkbench.estimators.obsexp.GapPrediction;
import org.causalworkbench.estimators.obsexp.IntervalMetrics;
import org.causalworkbench.estimators.obsexp.LcmPseudoOutcomeGp;
import org.causalworkbench.estimators.obsexp.StandardPseudoOutcomeGp;
import org.causalworkbench.estimators.obsexp.TrialData;

/**
 * Runs a simulation study: it draws replicate data sets from a design, fits the method and the
 * two GP baselines to each, and reports coverage, interval width and mean squared error of the
 * gap inside and outside the trial's support.
 *
 * <p>Replicate i uses the seed {@link #replicateSeed(long, int) replicateSeed(baseSeed, i)} for
 * its data and for the random restarts of every model. Each replicate runs on one thread, and the
 * rows are collected by index, so the result is the same for every parallelism and thread
 * schedule.
 *
 * <ul>
 *   <li>Each model is fitted with &omega; at the trial rows equal to the design's true
 *       observational CATE, as in the simulations of Fawkes et al. (2025). Metrics come from
 *       {@link IntervalMetrics} at the design's evaluation points inside and outside the
 *       support.</li>
 *   <li>The models are configured through prototypes ({@link #withMethod}, {@link #withStandard},
 *       {@link #withLcm}), whose seeds the runner replaces per replicate.</li>
 *   <li>Progress is one unit per finished replicate. Cancellation is checked every 50 ms by the
 *       calling thread and between optimiser iterations by the workers.</li>
 *   <li>A replicate that fails stops the study, and {@link #run} raises an
 *       {@link IllegalStateException} that names its index and seed.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> Every replicate keeps its fits only until its metrics are
 * computed, but the design's data sets, including all evaluation points, are generated in full.
 * The standard baseline always uses its default number of restarts, because it has no setting
 * for it.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 * {@link #run} starts its own fixed thread pool and shuts it down before returning or throwing.
 *
 * <p>Reference: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), The Hardness of
 * Validating Observational Studies with Experimental Data, arXiv:2503.14795.
 */
public final class ReplicateRunner {

    /** The default number of replicates, as in the 100-run studies of Fawkes et al. (2025). */
    public static final int DEFAULT_REPLICATES = 100;

    /** The default base seed. */
    public static final long DEFAULT_BASE_SEED = 1;

    private final ReplicateDesign design;
    private final int replicates;
    private final long baseSeed;
    private final Set<GapModelType> models;
    private final int parallelism;
    private final GapIntervals method;
    private final StandardPseudoOutcomeGp standard;
    private final LcmPseudoOutcomeGp lcm;

    private ReplicateRunner(ReplicateDesign design, int replicates, long baseSeed,
            Set<GapModelType> models, int parallelism, GapIntervals method,
            StandardPseudoOutcomeGp standard, LcmPseudoOutcomeGp lcm) {
        this.design = design;
        this.replicates = replicates;
        this.baseSeed = baseSeed;
        this.models = models;
        this.parallelism = parallelism;
        this.method = method;
        this.standard = standard;
        this.lcm = lcm;
    }

    /**
     * Returns a runner for a design with the defaults: {@link #DEFAULT_REPLICATES} replicates,
     * {@link #DEFAULT_BASE_SEED}, all three models with their default settings, and one thread
     * per available processor.
     */
    public static ReplicateRunner of(ReplicateDesign design) {
        Objects.requireNonNull(design, "design");
        return new ReplicateRunner(design, DEFAULT_REPLICATES, DEFAULT_BASE_SEED,
                EnumSet.allOf(GapModelType.class), 0, GapIntervals.withDefaults(),
                StandardPseudoOutcomeGp.withDefaults(), LcmPseudoOutcomeGp.withDefaults());
    }

    /** Returns a copy with another number of replicates, at least 1. */
    public ReplicateRunner withReplicates(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of replicates must be at least 1,"
                    + " got " + count);
        }
        return new ReplicateRunner(design, count, baseSeed, models, parallelism, method,
                standard, lcm);
    }

    /** Returns a copy with another base seed. */
    public ReplicateRunner withBaseSeed(long seed) {
        return new ReplicateRunner(design, replicates, seed, models, parallelism, method,
                standard, lcm);
    }

    /** Returns a copy that fits only the given models, at least one. */
    public ReplicateRunner withModels(GapModelType... types) {
        if (types.length == 0) {
            throw new IllegalArgumentException("at least one model is required. Choose from "
                    + Arrays.toString(GapModelType.values()));
        }
        Set<GapModelType> chosen = EnumSet.noneOf(GapModelType.class);
        for (GapModelType type : types) {
            chosen.add(Objects.requireNonNull(type, "model type"));
        }
        return new ReplicateRunner(design, replicates, baseSeed, chosen, parallelism, method,
                standard, lcm);
    }

    /**
     * Returns a copy that runs on a pool of the given number of threads, or on one thread per
     * available processor when {@code threads} is 0.
     */
    public ReplicateRunner withParallelism(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("parallelism must be 0 (one thread per"
                    + " processor) or a positive thread count, got " + threads);
        }
        return new ReplicateRunner(design, replicates, baseSeed, models, threads, method,
                standard, lcm);
    }

    /** Returns a copy whose method fits start from this configuration. */
    public ReplicateRunner withMethod(GapIntervals prototype) {
        return new ReplicateRunner(design, replicates, baseSeed, models, parallelism,
                Objects.requireNonNull(prototype, "prototype"), standard, lcm);
    }

    /** Returns a copy whose standard-GP fits start from this configuration. */
    public ReplicateRunner withStandard(StandardPseudoOutcomeGp prototype) {
        return new ReplicateRunner(design, replicates, baseSeed, models, parallelism, method,
                Objects.requireNonNull(prototype, "prototype"), lcm);
    }

    /** Returns a copy whose LCM fits start from this configuration. */
    public ReplicateRunner withLcm(LcmPseudoOutcomeGp prototype) {
        return new ReplicateRunner(design, replicates, baseSeed, models, parallelism, method,
                standard, Objects.requireNonNull(prototype, "prototype"));
    }

    /** Returns the design. */
    public ReplicateDesign design() {
        return design;
    }

    /** Returns the number of replicates. */
    public int replicates() {
        return replicates;
    }

    /** Returns the base seed. */
    public long baseSeed() {
        return baseSeed;
    }

    /** Returns the models fitted to each replicate, in model-type order. */
    public Set<GapModelType> models() {
        return EnumSet.copyOf(models);
    }

    /** Returns the thread count, or 0 for one thread per available processor. */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Derives the seed of one replicate: the (index + 1)-th output of a SplitMix64 generator
     * seeded with the base seed, so that neighbouring indices give unrelated seeds.
     *
     * @param baseSeed the study's base seed
     * @param index the replicate index, from 0
     * @return the replicate's seed
     */
    public static long replicateSeed(long baseSeed, int index) {
        long z = baseSeed + (index + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Runs the study.
     *
     * @param progress receives one unit per finished replicate, from the calling thread
     * @param cancellation checked while the study runs
     * @return the rows and the per-model summaries
     * @throws CancellationException if cancellation was requested or the calling thread was
     *     interrupted. The pool is shut down first, and its threads have ended unless the
     *     calling thread was interrupted while it waited for them.
     * @throws IllegalStateException if a replicate failed, naming its index and seed
     */
    public ReplicateResult run(ProgressSink progress, CancellationToken cancellation) {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
        cancellation.throwIfCancellationRequested();
        int processors = Runtime.getRuntime().availableProcessors();
        int threads = Math.min(parallelism == 0 ? processors : parallelism, replicates);
        progress.message("Running " + replicates + " replicates on " + threads + " threads");

        List<List<ReplicateResult.Row>> byIndex = ReplicatePool.run(replicates, threads,
                this::runReplicate, progress, cancellation);
        List<ReplicateResult.Row> rows = new ArrayList<>();
        for (List<ReplicateResult.Row> replicateRows : byIndex) {
            rows.addAll(replicateRows);
        }
        return ReplicateResult.summarise(design.name(), baseSeed, replicates, models, rows);
    }

    private List<ReplicateResult.Row> runReplicate(int index, CancellationToken token) {
        long seed = replicateSeed(baseSeed, index);
        try {
            token.throwIfCancellationRequested();
            SimulatedData data = design.generate(seed);
            TrialData trial = trialOf(data);
            double[] omega = data.experimental().trueOmega();
            List<ReplicateResult.Row> rows = new ArrayList<>(models.size());
            for (GapModelType type : models) {
                token.throwIfCancellationRequested();
                GapModel model = fit(type, trial, omega, seed, token);
                rows.add(new ReplicateResult.Row(index, seed, type,
                        metrics(model, data.inSupport()), metrics(model, data.outOfSupport()),
                        model.diagnostics().warnings()));
            }
            return rows;
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException("replicate " + index + " with seed " + seed
                    + " failed: " + e.getMessage(), e);
        }
    }

    private GapModel fit(GapModelType type, TrialData trial, double[] omega, long seed,
            CancellationToken token) {
        return switch (type) {
            case METHOD -> method.withSeed(seed).fit(trial, omega, ProgressSink.NONE, token);
            case STANDARD -> standard.withSeed(seed).fit(trial, omega, ProgressSink.NONE, token);
            case LCM -> lcm.withSeed(seed).fit(trial, omega, ProgressSink.NONE, token);
        };
    }

    private static TrialData trialOf(SimulatedData data) {
        SimulatedSample rct = data.experimental();
        double[] treatment = new double[rct.size()];
        for (int i = 0; i < treatment.length; i++) {
            treatment[i] = rct.treatment(i);
        }
        return new TrialData(rct.covariates(), treatment, rct.outcomes(),
                data.treatmentProbability());
    }

    private static IntervalMetrics metrics(GapModel model, EvaluationPoints points) {
        List<GapPrediction> predictions = model.predict(points.covariates(), points.trueOmega());
        return IntervalMetrics.of(predictions, points.trueDelta());
    }
}
