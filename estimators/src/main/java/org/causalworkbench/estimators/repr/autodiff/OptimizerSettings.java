package org.causalworkbench.estimators.repr.autodiff;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings every optimiser shares: learning rate, L2 weight decay, optional clipping of the
 * global gradient norm, and projection hooks.
 *
 * @param learningRate the default step size, positive and finite; a group may override it
 * @param weightDecay the L2 coefficient c, at least 0; c times the value is added to the
 *     gradient before the optimiser uses it
 * @param maxGradientNorm the largest Euclidean norm of all trainable gradients together; larger
 *     gradients are scaled down to it. Infinity turns clipping off.
 * @param projections the hooks, copied
 */
public record OptimizerSettings(double learningRate, double weightDecay, double maxGradientNorm,
        List<ProjectionHook> projections) {

    /** Checks every setting. */
    public OptimizerSettings {
        Shapes.requireFinitePositive("learning rate", learningRate);
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be finite and at least 0, got "
                    + weightDecay);
        }
        if (!(maxGradientNorm > 0)) {
            throw new IllegalArgumentException("maximum gradient norm must be positive, or"
                    + " infinite to turn clipping off, got " + maxGradientNorm);
        }
        projections = List.copyOf(projections);
    }

    /** Returns settings with this learning rate, no weight decay, no clipping and no hooks. */
    static OptimizerSettings of(double learningRate) {
        return new OptimizerSettings(learningRate, 0, Double.POSITIVE_INFINITY, List.of());
    }

    OptimizerSettings withLearningRate(double newLearningRate) {
        return new OptimizerSettings(newLearningRate, weightDecay, maxGradientNorm, projections);
    }

    OptimizerSettings withWeightDecay(double newWeightDecay) {
        return new OptimizerSettings(learningRate, newWeightDecay, maxGradientNorm, projections);
    }

    OptimizerSettings withMaxGradientNorm(double newMaxGradientNorm) {
        return new OptimizerSettings(learningRate, weightDecay, newMaxGradientNorm, projections);
    }

    OptimizerSettings withProjection(ProjectionHook hook) {
        List<ProjectionHook> extended = new ArrayList<>(projections);
        extended.add(hook);
        return new OptimizerSettings(learningRate, weightDecay, maxGradientNorm, extended);
    }
}
