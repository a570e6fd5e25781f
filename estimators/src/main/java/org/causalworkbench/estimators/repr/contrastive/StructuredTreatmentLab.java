package org.causalworkbench.estimators.repr.contrastive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.ejml.data.DMatrixRMaj;

/**
 * Runs the structured-treatment lab: generates the toy, trains every representation, fits an
 * S-learner outcome model on each, and scores the effects of unseen treatments.
 *
 * <p>The methods are the raw treatment, an autoencoder code, the contrastive encoder on
 * covariate-matched triplets, the same encoder on outcome-only triplets (ablation) and the
 * oracle causal latents. Each representation r gets its own outcome model mu(x, r), and
 * tau&#770;(t, t', x) = mu(x, r(t)) - mu(x, r(t')) is compared with the true effect on every
 * test contrast.
 *
 * <p>The lab reproduces the mechanism of Corcoll, Vlontzos, O'Riordan and Gilligan-Lee,
 * "Contrastive representations of structured treatments", npj Artificial Intelligence (2026),
 * doi:10.1038/s44387-026-00105-2, at toy scale, not its experiments or numbers.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable; a run belongs to one thread.
 */
public final class StructuredTreatmentLab {

    private final StructuredTreatmentGenerator generator;
    private final TripletMiner miner;
    private final ContrastiveTraining contrastive;
    private final AutoencoderTraining autoencoder;
    private final OutcomeModelTraining outcomeModel;

    private StructuredTreatmentLab(StructuredTreatmentGenerator generator, TripletMiner miner,
            ContrastiveTraining contrastive, AutoencoderTraining autoencoder,
            OutcomeModelTraining outcomeModel) {
        if (generator == null || miner == null || contrastive == null || autoencoder == null
                || outcomeModel == null) {
            throw new IllegalArgumentException("every part of the lab must be set; start from"
                    + " withDefaults()");
        }
        this.generator = generator;
        this.miner = miner;
        this.contrastive = contrastive;
        this.autoencoder = autoencoder;
        this.outcomeModel = outcomeModel;
    }

    /** Returns the lab with each part's defaults. */
    public static StructuredTreatmentLab withDefaults() {
        return new StructuredTreatmentLab(StructuredTreatmentGenerator.withDefaults(),
                TripletMiner.withDefaults(), ContrastiveTraining.withDefaults(),
                AutoencoderTraining.withDefaults(), OutcomeModelTraining.withDefaults());
    }

    /** Returns a copy with another generator. */
    public StructuredTreatmentLab withGenerator(StructuredTreatmentGenerator newGenerator) {
        return new StructuredTreatmentLab(newGenerator, miner, contrastive, autoencoder,
                outcomeModel);
    }

    /**
     * Returns a copy with another triplet miner. Its matching rule applies to the contrastive
     * method; the ablation always uses {@link CovariateMatching#NONE} with the same settings.
     */
    public StructuredTreatmentLab withMiner(TripletMiner newMiner) {
        return new StructuredTreatmentLab(generator, newMiner, contrastive, autoencoder,
                outcomeModel);
    }

    /** Returns a copy with another contrastive training. */
    public StructuredTreatmentLab withContrastive(ContrastiveTraining newContrastive) {
        return new StructuredTreatmentLab(generator, miner, newContrastive, autoencoder,
                outcomeModel);
    }

    /** Returns a copy with another autoencoder training. */
    public StructuredTreatmentLab withAutoencoder(AutoencoderTraining newAutoencoder) {
        return new StructuredTreatmentLab(generator, miner, contrastive, newAutoencoder,
                outcomeModel);
    }

    /** Returns a copy with another outcome-model training. */
    public StructuredTreatmentLab withOutcomeModel(OutcomeModelTraining newOutcomeModel) {
        return new StructuredTreatmentLab(generator, miner, contrastive, autoencoder,
                newOutcomeModel);
    }

    /** Returns the training of the contrastive encoder and of its unmatched ablation. */
    public ContrastiveTraining contrastive() {
        return contrastive;
    }

    /** Returns the miner of the contrastive method. */
    public TripletMiner miner() {
        return miner;
    }

    /**
     * Runs every method on the data of {@code seed}. The same seed gives the same result.
     *
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public LabResult run(long seed, ProgressSink progress, CancellationToken cancellation) {
        SplittableRandom seeds = new SplittableRandom(seed);
        StructuredTreatmentData data = generator.generate(seeds.nextLong());
        TreatmentSample training = data.training();
        UnseenContrasts test = data.test();
        long total = 2L * contrastive.steps() + autoencoder.steps()
                + (long) Method.values().length * outcomeModel.steps();
        StageProgress stages = new StageProgress(progress, total);
        long done = 0;

        long miningSeed = seeds.nextLong();
        long[] methodSeeds = methodSeeds(seeds);
        Triplets matched = miner.mine(training, miningSeed, cancellation);
        Triplets unmatched = miner.withMatching(CovariateMatching.NONE).mine(training,
                miningSeed, cancellation);
        List<MethodResult> results = new ArrayList<>();
        DMatrixRMaj contrastiveTest = null;
        for (Method method : Method.values()) {
            long methodSeed = methodSeeds[method.ordinal()];
            Representations r;
            switch (method) {
                case RAW -> r = Representations.of(training.treatments(), test.treatments(),
                        test.referenceTreatments());
                case ORACLE -> r = Representations.of(training.causalLatents(),
                        test.causalLatents(), test.referenceCausalLatents());
                case AUTOENCODER -> {
                    r = Representations.encoded(autoencoder.train(training, methodSeed,
                            stages.stage(done, "Training the autoencoder"), cancellation), data);
                    done += autoencoder.steps();
                }
                default -> {
                    Triplets triplets = method == Method.CONTRASTIVE ? matched : unmatched;
                    r = Representations.encoded(contrastive.train(training, triplets, methodSeed,
                            stages.stage(done, "Training the " + label(method)), cancellation),
                            data);
                    done += contrastive.steps();
                }
            }
            OutcomeModel model = outcomeModel.fit(training.covariates(), r.training(),
                    training.outcomes(), methodSeed + 1,
                    stages.stage(done, "Fitting the outcome model on the " + label(method)),
                    cancellation);
            done += outcomeModel.steps();
            results.add(score(method, model, r, training, test));
            if (method == Method.CONTRASTIVE) {
                contrastiveTest = r.test();
            }
        }
        return new LabResult(results, matched, unmatched, sd(test.trueEffects()), test,
                contrastiveTest);
    }

    /**
     * Scores the contrastive method for each pair of outcome quantiles, on the data of
     * {@code seed}, to show how sensitive it is to the thresholds. The data, triplet draws and
     * training seeds are those of {@link #run} for the same seed, so the pair equal to the
     * miner's own quantiles reproduces the contrastive result of that run.
     *
     * @param quantiles pairs {lower, upper}, each a valid {@link TripletMiner} setting
     * @return one result per pair, in the given order
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public List<ThresholdResult> thresholdSweep(long seed, double[][] quantiles,
            ProgressSink progress, CancellationToken cancellation) {
        SplittableRandom seeds = new SplittableRandom(seed);
        StructuredTreatmentData data = generator.generate(seeds.nextLong());
        long miningSeed = seeds.nextLong();
        long trainingSeed = methodSeeds(seeds)[Method.CONTRASTIVE.ordinal()];
        StageProgress stages = new StageProgress(progress,
                (long) quantiles.length * (contrastive.steps() + outcomeModel.steps()));
        List<ThresholdResult> results = new ArrayList<>();
        long done = 0;
        for (double[] pair : quantiles) {
            TripletMiner sweepMiner = miner.withOutcomeQuantiles(pair[0], pair[1]);
            Triplets triplets = sweepMiner.mine(data.training(), miningSeed, cancellation);
            Representations r = Representations.encoded(contrastive.train(data.training(),
                    triplets, trainingSeed, stages.stage(done, "Training at quantiles "
                            + pair[0] + " and " + pair[1]), cancellation), data);
            done += contrastive.steps();
            OutcomeModel model = outcomeModel.fit(data.training().covariates(), r.training(),
                    data.training().outcomes(), trainingSeed + 1, stages.stage(done,
                            "Fitting the outcome model"), cancellation);
            done += outcomeModel.steps();
            results.add(new ThresholdResult(pair[0], pair[1], triplets.lowerThreshold(),
                    triplets.upperThreshold(),
                    score(Method.CONTRASTIVE, model, r, data.training(), data.test())));
        }
        return results;
    }

    private static MethodResult score(Method method, OutcomeModel model, Representations r,
            TreatmentSample training, UnseenContrasts test) {
        double[] estimates = model.effects(test.covariates(), r.test(), r.reference());
        return new MethodResult(method, r.training().numCols,
                EffectMetrics.rootPehe(estimates, test.trueEffects()),
                EffectMetrics.bias(estimates, test.trueEffects()),
                EffectMetrics.probeR2(r.training(), training.causalLatents()),
                EffectMetrics.probeR2(r.training(), training.nonCausalLatents()));
    }

    /** Draws one seed per method, in declaration order. */
    private static long[] methodSeeds(SplittableRandom seeds) {
        long[] result = new long[Method.values().length];
        for (int i = 0; i < result.length; i++) {
            result[i] = seeds.nextLong();
        }
        return result;
    }

    private static String label(Method method) {
        return method == Method.CONTRASTIVE ? "contrastive encoder"
                : method == Method.CONTRASTIVE_UNMATCHED ? "unmatched contrastive encoder"
                : method.name().toLowerCase(Locale.ROOT) + " representation";
    }

    private static double sd(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        double variance = 0;
        for (double v : values) {
            variance += (v - mean) * (v - mean) / values.length;
        }
        return Math.sqrt(variance);
    }

    /** One representation of the training units, the test treatments and the references. */
    private record Representations(DMatrixRMaj training, DMatrixRMaj test,
            DMatrixRMaj reference) {

        static Representations of(DMatrixRMaj training, DMatrixRMaj test,
                DMatrixRMaj reference) {
            return new Representations(training, test, reference);
        }

        static Representations encoded(TreatmentEncoder encoder, StructuredTreatmentData data) {
            return new Representations(encoder.encode(data.training().treatments()),
                    encoder.encode(data.test().treatments()),
                    encoder.encode(data.test().referenceTreatments()));
        }
    }
}
