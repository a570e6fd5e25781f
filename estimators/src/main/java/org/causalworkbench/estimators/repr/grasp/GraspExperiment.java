package org.causalworkbench.estimators.repr.grasp;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.MatrixOps;
import org.causalworkbench.estimators.repr.autodiff.Node;
import org.causalworkbench.estimators.repr.autodiff.SubspaceProjection;
import org.causalworkbench.estimators.repr.autodiff.Tape;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Runs the latent-persona GRASP experiment: pretraining, a naive LoRA fine-tune, unsupervised
 * identification of the spurious directions from the SVD of its weight change, a GRASP
 * fine-tune whose Adam update is projected off them, and the activation baselines.
 *
 * <p>The toy reproduces the mechanism of GRASP (Gilligan-Lee, Egan, Zhu and O'Riordan (2026),
 * arXiv:2605.27676) at toy scale, not the paper's language-model experiments. NOTE: projecting
 * the write-side factor B of an adapter on the MLP down-projection is our reading of the
 * paper's abstract-level description. Its method section has not been checked.
 *
 * <p><strong>Thread safety.</strong> Stateless; each call builds its own models.
 */
public final class GraspExperiment {

    /** Pretraining and the four fine-tunes. */
    private static final int PHASES = 5;

    private GraspExperiment() {
    }

    /**
     * Runs every phase for {@code config}.
     *
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static GraspResult run(GraspConfiguration config, ProgressSink progress,
            CancellationToken cancellation) {
        return run(config, progress, TrainingObserver.NONE, cancellation);
    }

    /**
     * Runs every phase for {@code config} and reports the mean loss of every fine-tuning epoch
     * to {@code observer}. The observer does not change the result.
     *
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static GraspResult run(GraspConfiguration config, ProgressSink progress,
            TrainingObserver observer, CancellationToken cancellation) {
        LatentPersonaModel pretrained = pretrain(config, new PhaseSink(progress, 0, PHASES + 1),
                cancellation);
        return fineTuneAndCompare(pretrained, config, progress, observer, 1, true, cancellation);
    }

    /**
     * Pretrains the persona model of {@code config}'s seed. The pretraining data do not depend
     * on the correlation or the complexity, so a sweep pretrains once per seed.
     */
    static LatentPersonaModel pretrain(GraspConfiguration config, ProgressSink progress,
            CancellationToken cancellation) {
        LatentPersonaGenerator generator = generatorOf(config);
        LatentPersonaModel model = LatentPersonaModel.initialise(config.seed());
        PersonaPretraining.withDefaults().withEpochs(config.pretrainingEpochs())
                .withWeightDecay(config.pretrainingWeightDecay())
                .withShuffleSeed(config.seed() + 3)
                .run(model, generator.pretrainingSet(config.pretrainingSize(), config.seed() + 5),
                        progress, cancellation);
        return model;
    }

    /**
     * Runs the four fine-tunes and the scoring, and the steering curve if
     * {@code withSteeringCurve}. {@code progress} covers them after {@code firstPhase} earlier
     * phases of equal length, the curve counting as one phase.
     */
    static GraspResult fineTuneAndCompare(LatentPersonaModel pretrained,
            GraspConfiguration config, ProgressSink progress, TrainingObserver observer,
            int firstPhase, boolean withSteeringCurve, CancellationToken cancellation) {
        int phases = firstPhase + PHASES - 1 + (withSteeringCurve ? 1 : 0);
        LatentPersonaGenerator generator = generatorOf(config);
        CuratedResponses curated = CuratedResponses.of(generator.fineTuningSet(
                config.fineTuningSize(), config.seed() + 7), pretrained, generator.world());
        PersonaEvaluation evaluation = new PersonaEvaluation(generator, pretrained,
                config.evaluationSize(), config.seed() + 100);
        PersonaProbe probe = fitProbe(pretrained, generator, config);

        progress.message("Naive LoRA fine-tune");
        LatentPersonaModel naive = PersonaFineTuning.run(pretrained, config, curated, null,
                false, UnaryOperator.identity(), lossesOf(observer, GraspMethod.NAIVE),
                new PhaseSink(progress, firstPhase, phases),
                cancellation);
        SpuriousDirections identified = SpuriousDirections.identify(
                naive.downAdapter().orElseThrow().deltaWeight(), config.rank(),
                config.maxDirections());
        DMatrixRMaj directions = identified.directions();
        double[] top = CommonOps_DDRM.extractColumn(directions, 0, null).data;
        double cosine = Math.abs(dot(top, probe.direction()));
        SubspaceProjection blocked = SubspaceProjection.offColumns(directions);
        UnaryOperator<Node> ablate = ablation(directions);

        Map<GraspMethod, MethodMetrics> methods = new EnumMap<>(GraspMethod.class);
        methods.put(GraspMethod.NAIVE, evaluation.score(naive, UnaryOperator.identity()));
        methods.put(GraspMethod.ABLATION, evaluation.score(naive, ablate));

        progress.message("GRASP fine-tune");
        LatentPersonaModel grasp = PersonaFineTuning.run(pretrained, config, curated, blocked,
                config.readSide(), UnaryOperator.identity(),
                lossesOf(observer, GraspMethod.GRASP), new PhaseSink(progress, firstPhase + 1, phases), cancellation);
        methods.put(GraspMethod.GRASP, evaluation.score(grasp, UnaryOperator.identity()));

        progress.message("Fine-tune with ablation during training");
        LatentPersonaModel ablated = PersonaFineTuning.run(pretrained, config, curated, null,
                false, ablate, lossesOf(observer, GraspMethod.ABLATION_DURING_TRAINING),
                new PhaseSink(progress, firstPhase + 2, phases), cancellation);
        methods.put(GraspMethod.ABLATION_DURING_TRAINING,
                evaluation.score(ablated, UnaryOperator.identity()));

        progress.message("Fine-tune with preventative steering");
        double naiveWrite = meanWriteAlong(top, evaluation.codeResiduals(naive),
                evaluation.codeResiduals(pretrained));
        double coefficient = config.steeringScale() * naiveWrite;
        LatentPersonaModel steered = PersonaFineTuning.run(pretrained, config, curated, null,
                false, SteeringCurve.shift(top, coefficient),
                lossesOf(observer, GraspMethod.STEERING),
                new PhaseSink(progress, firstPhase + 3, phases), cancellation);
        methods.put(GraspMethod.STEERING, evaluation.score(steered, UnaryOperator.identity()));

        List<SteeringPoint> curve = List.of();
        if (withSteeringCurve) {
            progress.message("Steering over a range of coefficients");
            curve = SteeringCurve.measure(top, naiveWrite, naive,
                    methods.get(GraspMethod.NAIVE), evaluation,
                    (intervention, sink) -> PersonaFineTuning.run(pretrained, config, curated,
                            null, false, intervention, (epoch, loss) -> { }, sink, cancellation),
                    new PhaseSink(progress, firstPhase + 4, phases));
        }
        return new GraspResult(identified, cosine, probe.rSquared(), coefficient, methods,
                grasp.downAdapter().orElseThrow().deltaWeight(), curve);
    }

    private static PersonaFineTuning.EpochLosses lossesOf(TrainingObserver observer,
            GraspMethod method) {
        return (epoch, meanLoss) -> observer.epochFinished(method, epoch, meanLoss);
    }

    private static LatentPersonaGenerator generatorOf(GraspConfiguration config) {
        return LatentPersonaGenerator.withDefaults().withSeed(config.seed())
                .withCorrelationStrength(config.correlation())
                .withTaskComplexity(config.complexity());
    }

    private static PersonaProbe fitProbe(LatentPersonaModel pretrained,
            LatentPersonaGenerator generator, GraspConfiguration config) {
        PersonaPrompts rolePlay = generator.evaluationSet(PersonaDomain.ROLE_PLAY,
                Math.max(config.evaluationSize(), 2 * LatentPersonaModel.RESIDUAL_WIDTH),
                config.seed() + 9);
        DMatrixRMaj residuals = pretrained.forward(new Tape(), rolePlay.inputs()).residual()
                .value();
        return PersonaProbe.fit(residuals, rolePlay.persona());
    }

    /** Returns h &rarr; h (I - U U<sup>T</sup>), the removal of span(U) from each row. */
    private static UnaryOperator<Node> ablation(DMatrixRMaj directions) {
        int d = directions.numRows;
        DMatrixRMaj projector = CommonOps_DDRM.identity(d);
        CommonOps_DDRM.multAddTransB(-1, directions, directions, projector);
        return h -> MatrixOps.matmul(h, h.tape().constant(projector));
    }

    /** Returns the mean of (h<sub>after</sub> - h<sub>before</sub>) . u over the rows. */
    private static double meanWriteAlong(double[] direction, DMatrixRMaj after,
            DMatrixRMaj before) {
        double sum = 0;
        for (int i = 0; i < after.numRows; i++) {
            for (int j = 0; j < direction.length; j++) {
                sum += (after.get(i, j) - before.get(i, j)) * direction[j];
            }
        }
        return sum / after.numRows;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
