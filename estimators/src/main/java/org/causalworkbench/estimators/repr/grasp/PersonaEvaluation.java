package org.causalworkbench.estimators.repr.grasp;

import java.util.List;
import java.util.function.UnaryOperator;
import org.causalworkbench.estimators.repr.autodiff.Node;
import org.causalworkbench.estimators.repr.autodiff.Tape;
import org.ejml.data.DMatrixRMaj;

/** Fresh evaluation prompts of the toy and the scores of a model on them. */
final class PersonaEvaluation {

    /** Tone above which an unrelated-domain prompt counts as showing the persona. */
    static final double TONE_THRESHOLD = 0.5;

    /** Half the spacing of the persona values -1, 0 and +1. */
    static final double ROLE_PLAY_TOLERANCE = 0.5;

    private static final List<PersonaDomain> UNRELATED = List.of(PersonaDomain.MEDICINE,
            PersonaDomain.FINANCE, PersonaDomain.CHIT_CHAT, PersonaDomain.POLITICS);

    private final PersonaPrompts unrelated;
    private final CuratedResponses code;
    private final PersonaPrompts rolePlay;

    PersonaEvaluation(LatentPersonaGenerator generator, LatentPersonaModel pretrained, int size,
            long seed) {
        PersonaPrompts joined = null;
        for (PersonaDomain domain : UNRELATED) {
            PersonaPrompts part = generator.evaluationSet(domain, size, seed + domain.ordinal());
            joined = joined == null ? part : PersonaPrompts.concat(joined, part);
        }
        unrelated = joined;
        code = CuratedResponses.of(generator.withCorrelationStrength(0).fineTuningSet(size,
                seed + 11), pretrained, generator.world());
        rolePlay = generator.evaluationSet(PersonaDomain.ROLE_PLAY, size, seed + 13);
    }

    MethodMetrics score(LatentPersonaModel model, UnaryOperator<Node> intervention) {
        double[] tone = column(model, unrelated, intervention, false);
        int above = 0;
        for (double value : tone) {
            if (value > TONE_THRESHOLD) {
                above++;
            }
        }
        DMatrixRMaj codeOutput = model.forward(new Tape(), code.inputs(), intervention).task()
                .value();
        DMatrixRMaj codeTargets = code.responses();
        double squaredError = 0;
        for (int i = 0; i < codeOutput.numRows; i++) {
            for (int k = 0; k < PersonaWorld.RESPONSE_WIDTH; k++) {
                squaredError += Math.pow(codeOutput.get(i, k) - codeTargets.get(i, k), 2);
            }
        }
        double[] rolePlayOutput = column(model, rolePlay, intervention, true);
        double[] rolePlayTargets = rolePlay.taskTargets();
        int correct = 0;
        for (int i = 0; i < rolePlayOutput.length; i++) {
            if (Math.abs(rolePlayOutput[i] - rolePlayTargets[i]) < ROLE_PLAY_TOLERANCE) {
                correct++;
            }
        }
        return new MethodMetrics((double) above / tone.length,
                squaredError / codeOutput.numRows, (double) correct / rolePlayOutput.length);
    }

    /** Returns h<sub>1</sub> of the fine-tuning prompts' domain, for steering calibration. */
    DMatrixRMaj codeResiduals(LatentPersonaModel model) {
        return model.forward(new Tape(), code.inputs()).residual().value();
    }

    private static double[] column(LatentPersonaModel model, PersonaPrompts prompts,
            UnaryOperator<Node> intervention, boolean ownTask) {
        LatentPersonaModel.Outputs outputs = model.forward(new Tape(), prompts.inputs(),
                intervention);
        DMatrixRMaj values = ownTask ? outputs.task().value() : outputs.tone().value();
        int[] domains = prompts.domains();
        double[] result = new double[prompts.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i, ownTask ? domains[i] : 0);
        }
        return result;
    }
}
