package org.causalworkbench.estimators.repr.grasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.Tape;
import org.junit.jupiter.api.Test;

/** Checks the per-epoch training losses that the GRASP experiment reports. */
class TrainingObserverTest {

    private static final GraspConfiguration SMALL = GraspConfiguration.withDefaults()
            .withPretraining(1_000, 2).withFineTuning(250, 3).withEvaluationSize(50);

    @Test
    void firstEpoch_equalsLossOfPretrainedModel() {
        // One minibatch per epoch, and a fresh adapter's B is zero, so the first epoch's loss is
        // the pretrained model's loss on the whole curated set.
        GraspConfiguration config = SMALL.withFineTuning(PersonaFineTuning.BATCH_SIZE, 2);
        LatentPersonaModel pretrained = GraspExperiment.pretrain(config, ProgressSink.NONE,
                CancellationToken.NEVER);
        LatentPersonaGenerator generator = LatentPersonaGenerator.withDefaults();
        CuratedResponses examples = CuratedResponses.of(generator.fineTuningSet(
                PersonaFineTuning.BATCH_SIZE, 8), pretrained, generator.world());
        List<double[]> reports = new ArrayList<>();

        PersonaFineTuning.run(pretrained, config, examples, null, false,
                UnaryOperator.identity(), (epoch, loss) -> reports.add(new double[] {epoch, loss}),
                ProgressSink.NONE, CancellationToken.NEVER);

        double expected = PersonaFineTuning.loss(pretrained.forward(new Tape(),
                examples.inputs()), examples).scalar();
        assertEquals(2, reports.size(), "reports");
        assertEquals(1, reports.get(0)[0], "first epoch number");
        assertEquals(expected, reports.get(0)[1], 1e-12 * expected);
        assertTrue(reports.get(1)[1] < reports.get(0)[1], "second epoch loss "
                + reports.get(1)[1] + " against first " + reports.get(0)[1]);
    }

    @Test
    void run_reportsEveryEpochOfEachFineTune() {
        Map<GraspMethod, List<Integer>> epochs = new EnumMap<>(GraspMethod.class);
        List<Double> losses = new ArrayList<>();

        GraspResult observed = GraspExperiment.run(SMALL, ProgressSink.NONE,
                (method, epoch, loss) -> {
                    epochs.computeIfAbsent(method, key -> new ArrayList<>()).add(epoch);
                    losses.add(loss);
                }, CancellationToken.NEVER);

        for (GraspMethod method : List.of(GraspMethod.NAIVE, GraspMethod.GRASP,
                GraspMethod.ABLATION_DURING_TRAINING, GraspMethod.STEERING)) {
            assertEquals(List.of(1, 2, 3), epochs.get(method), method.name());
        }
        assertEquals(4, epochs.size(), "reported methods " + epochs.keySet());
        for (double loss : losses) {
            assertTrue(Double.isFinite(loss), "loss " + loss);
            assertTrue(loss > 0, "loss " + loss);
        }
        GraspResult plain = GraspExperiment.run(SMALL, ProgressSink.NONE,
                CancellationToken.NEVER);
        assertEquals(plain.methods(), observed.methods(), "scores with and without observer");
        assertEquals(plain.cosine(), observed.cosine(), "cosine with and without observer");
    }
}
