package org.causalworkbench.estimators.repr.grasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.Adam;
import org.causalworkbench.estimators.repr.autodiff.LoraLinear;
import org.causalworkbench.estimators.repr.autodiff.Optimizer;
import org.causalworkbench.estimators.repr.autodiff.Tape;
import org.causalworkbench.estimators.repr.autodiff.TrainingLoop;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that pretraining the persona model fits the tasks and that the role-play task
 * genuinely uses the persona.
 */
class LatentPersonaModelTest {

    private static final LatentPersonaGenerator GENERATOR = LatentPersonaGenerator.withDefaults();

    private static LatentPersonaModel model;
    private static double[] history;

    @BeforeAll
    static void pretrain() {
        model = LatentPersonaModel.initialise(3);
        history = PersonaPretraining.withDefaults().withEpochs(15).run(model,
                GENERATOR.pretrainingSet(6000, 21), ProgressSink.NONE, CancellationToken.NEVER);
    }

    @Test
    void pretraining_lowersLoss() {
        double last = history[history.length - 1];

        assertTrue(last < 0.05 * history[0], "loss " + history[0] + " -> " + last);
    }

    @Test
    void rolePlayPrediction_followsPersonaCue() {
        PersonaPrompts prompts = GENERATOR.evaluationSet(PersonaDomain.ROLE_PLAY, 600, 22);
        double[] predicted = predictions(prompts, true);

        double squaredError = 0;
        for (int i = 0; i < prompts.size(); i++) {
            double error = predicted[i] - prompts.taskTargets()[i];
            squaredError += error * error;
        }

        assertTrue(squaredError / prompts.size() < 0.05, "role-play MSE "
                + squaredError / prompts.size());
    }

    @Test
    void tone_followsPersonaOnlyInRolePlay() {
        PersonaPrompts rolePlay = GENERATOR.evaluationSet(PersonaDomain.ROLE_PLAY, 600, 23);
        PersonaPrompts code = GENERATOR.evaluationSet(PersonaDomain.CODE, 600, 24);

        double[] rolePlayTone = predictions(rolePlay, false);
        double[] codeTone = predictions(code, false);

        for (int i = 0; i < rolePlay.size(); i++) {
            assertEquals(rolePlay.persona()[i], rolePlayTone[i], 0.3, "role-play tone " + i);
            assertEquals(0.0, codeTone[i], 0.3, "code tone " + i);
        }
    }

    @Test
    void probe_readsPersonaFromResidualStream() {
        PersonaPrompts training = GENERATOR.evaluationSet(PersonaDomain.ROLE_PLAY, 600, 26);
        PersonaPrompts heldOut = GENERATOR.evaluationSet(PersonaDomain.ROLE_PLAY, 300, 27);

        PersonaProbe probe = PersonaProbe.fit(residuals(training), training.persona());

        DMatrixRMaj heldOutResiduals = residuals(heldOut);
        double squaredError = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            double fitted = probe.intercept();
            for (int j = 0; j < LatentPersonaModel.RESIDUAL_WIDTH; j++) {
                fitted += probe.coefficients()[j] * heldOutResiduals.get(i, j);
            }
            squaredError += Math.pow(fitted - heldOut.persona()[i], 2);
        }
        // The persona is uniform on {-1, 0, 1}, variance 2/3.
        assertTrue(probe.rSquared() > 0.95, "training R^2 " + probe.rSquared());
        assertTrue(squaredError / heldOut.size() < 0.05 * 2 / 3.0,
                "held-out probe MSE " + squaredError / heldOut.size());
    }

    @Test
    void probe_rejectsConstantPersona() {
        PersonaPrompts code = GENERATOR.evaluationSet(PersonaDomain.CODE, 100, 28);

        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class,
                () -> PersonaProbe.fit(residuals(code), code.persona()));

        assertEquals("persona values are all equal; the probe needs prompts with different"
                + " personas", error.getMessage());
    }

    @Test
    void pretraining_isDeterministic() {
        LatentPersonaModel first = LatentPersonaModel.initialise(4);
        LatentPersonaModel second = LatentPersonaModel.initialise(4);
        PersonaPrompts prompts = GENERATOR.pretrainingSet(300, 25);
        PersonaPretraining training = PersonaPretraining.withDefaults().withEpochs(2);

        training.run(first, prompts, ProgressSink.NONE, CancellationToken.NEVER);
        training.run(second, prompts, ProgressSink.NONE, CancellationToken.NEVER);

        assertArrayEquals(first.down().value().data, second.down().value().data, 0.0);
    }

    @Test
    void downAdapter_startsAtPretrainedOutputs() {
        PersonaPrompts prompts = GENERATOR.pretrainingSet(200, 29);
        LatentPersonaModel tuned = model.withDownAdapter(2, 2.0, 5);

        DMatrixRMaj before = model.forward(new Tape(), prompts.inputs()).tone().value();
        DMatrixRMaj after = tuned.forward(new Tape(), prompts.inputs()).tone().value();

        assertArrayEquals(before.data, after.data, 0.0);
    }

    @Test
    void downAdapter_trainsOnlyTheAdapter() {
        LatentPersonaModel tuned = model.withDownAdapter(2, 2.0, 5);
        PersonaPrompts curated = GENERATOR.fineTuningSet(256, 30);
        double[] pretrainedDown = model.down().value().data.clone();
        Optimizer adam = Adam.withDefaults().withLearningRate(0.01).create(tuned.parameters());

        TrainingLoop.run(adam, 20, (tape, step) -> LatentPersonaModel.pretrainingLoss(
                tuned.forward(tape, curated.inputs()), curated), ProgressSink.NONE,
                CancellationToken.NEVER);

        LoraLinear adapter = tuned.downAdapter().orElseThrow();
        assertEquals(2, tuned.parameters().trainable().size());
        assertArrayEquals(pretrainedDown, tuned.down().value().data, 0.0);
        assertArrayEquals(pretrainedDown, model.down().value().data, 0.0);
        assertTrue(NormOps_DDRM.normF(adapter.deltaWeight()) > 0.01, "adapter learned");
    }

    @Test
    void downAdapter_rejectsSecondAdapter() {
        LatentPersonaModel tuned = model.withDownAdapter(1, 1.0, 5);

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> tuned.withDownAdapter(1, 1.0, 6));

        assertEquals("this model already has a LoRA adapter on W_down; start the fine-tune from"
                + " the pretrained model instead", error.getMessage());
    }

    private static DMatrixRMaj residuals(PersonaPrompts prompts) {
        return model.forward(new Tape(), prompts.inputs()).residual().value();
    }

    private static double[] predictions(PersonaPrompts prompts, boolean task) {
        Tape tape = new Tape();
        LatentPersonaModel.Outputs outputs = model.forward(tape, prompts.inputs());
        DMatrixRMaj values = task ? outputs.task().value() : outputs.tone().value();
        double[] result = new double[prompts.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = task ? values.get(i, prompts.domains()[i]) : values.get(i, 0);
        }
        return result;
    }
}
