package org.causalworkbench.estimators.repr.grasp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.MatrixOps;
import org.causalworkbench.estimators.repr.autodiff.Node;
import org.ejml.data.DMatrixRMaj;

/**
 * Scores steering along u&#770;<sub>1</sub> over a range of coefficients, at inference and
 * preventatively. Both baselines keep the genuine use only where the coefficient matches the
 * naive fine-tune's write, which a user cannot know without that fine-tune (decision record
 * 0020). GRASP has no such coefficient.
 */
final class SteeringCurve {

    /** Multiples of the naive mean write that the curve visits, 0 being no steering. */
    static final double[] MULTIPLES = {0, 0.5, 0.75, 1, 1.25, 1.5, 2, 3};

    private SteeringCurve() {
    }

    /**
     * Measures the curve.
     *
     * @param naiveWrite the naive fine-tune's mean write along {@code direction} on code prompts
     * @param naive the naive fine-tune, which is also preventative steering at multiple 0
     * @param unsteered the naive fine-tune's scores, already computed by the caller
     * @param steeredFineTune runs a fine-tune with the given intervention during training
     */
    static List<SteeringPoint> measure(double[] direction, double naiveWrite,
            LatentPersonaModel naive, MethodMetrics unsteered, PersonaEvaluation evaluation,
            SteeredFineTune steeredFineTune, ProgressSink progress) {
        List<SteeringPoint> points = new ArrayList<>();
        for (int i = 0; i < MULTIPLES.length; i++) {
            double coefficient = MULTIPLES[i] * naiveWrite;
            if (MULTIPLES[i] == 0) {
                points.add(new SteeringPoint(0, 0, unsteered, unsteered));
            } else {
                MethodMetrics inference = evaluation.score(naive, shift(direction,
                        -coefficient));
                LatentPersonaModel steered = steeredFineTune.run(shift(direction, coefficient),
                        new PhaseSink(progress, i, MULTIPLES.length));
                points.add(new SteeringPoint(MULTIPLES[i], coefficient, inference,
                        evaluation.score(steered, UnaryOperator.identity())));
            }
        }
        return List.copyOf(points);
    }

    /** Returns h &rarr; h + c u<sup>T</sup> for every row. */
    static UnaryOperator<Node> shift(double[] direction, double coefficient) {
        DMatrixRMaj row = new DMatrixRMaj(1, direction.length);
        for (int j = 0; j < direction.length; j++) {
            row.data[j] = coefficient * direction[j];
        }
        return h -> MatrixOps.addRowVector(h, h.tape().constant(row));
    }

    /** A fine-tune from the pretrained model with an intervention during training. */
    interface SteeredFineTune {
        LatentPersonaModel run(UnaryOperator<Node> intervention, ProgressSink progress);
    }
}
