package org.causalworkbench.estimators.repr.autodiff;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The step shared by every optimiser: clip, add weight decay, project gradients, let the
 * algorithm turn the gradient into an update, project the update, and add it to the value.
 */
abstract class ProjectedOptimizer implements Optimizer {

    private final ParameterSet parameters;
    private final OptimizerSettings settings;
    private long steps;

    ProjectedOptimizer(ParameterSet parameters, OptimizerSettings settings) {
        for (ProjectionHook hook : settings.projections()) {
            Parameter target = hook.parameter();
            if (!parameters.contains(target)) {
                throw new IllegalArgumentException("projection hook names parameter '"
                        + target.name() + "', which is not in the optimised set");
            }
            if (!target.isTrainable()) {
                throw new IllegalArgumentException("projection hook names frozen parameter '"
                        + target.name() + "'; frozen parameters never change");
            }
        }
        this.parameters = parameters;
        this.settings = settings;
    }

    /**
     * Returns the change to add to {@code parameter}, from the processed gradient.
     *
     * @param step the 1-based number of this step
     */
    abstract DMatrixRMaj update(Parameter parameter, DMatrixRMaj gradient, double learningRate,
            long step);

    @Override
    public final void step() {
        List<Parameter> trainable = parameters.trainable();
        double clipFactor = clipFactor(trainable);
        steps++;
        for (Parameter parameter : trainable) {
            DMatrixRMaj gradient = parameter.gradient().copy();
            CommonOps_DDRM.scale(clipFactor, gradient);
            if (settings.weightDecay() > 0) {
                CommonOps_DDRM.addEquals(gradient, settings.weightDecay(), parameter.value());
            }
            applyHooks(parameter, ProjectionHook.Target.GRADIENT, gradient);

            double learningRate = parameter.group().learningRate()
                    .orElse(settings.learningRate());
            DMatrixRMaj change = update(parameter, gradient, learningRate, steps);
            applyHooks(parameter, ProjectionHook.Target.UPDATE, change);
            CommonOps_DDRM.addEquals(parameter.value(), change);
        }
    }

    @Override
    public final long stepCount() {
        return steps;
    }

    @Override
    public final ParameterSet parameters() {
        return parameters;
    }

    private void applyHooks(Parameter parameter, ProjectionHook.Target target, DMatrixRMaj m) {
        for (ProjectionHook hook : settings.projections()) {
            if (hook.parameter() == parameter && hook.target() == target) {
                hook.apply(m);
            }
        }
    }

    /** Returns the factor that scales the global gradient norm down to the maximum, or 1. */
    private double clipFactor(List<Parameter> trainable) {
        double sumOfSquares = 0;
        for (Parameter parameter : trainable) {
            DMatrixRMaj gradient = parameter.gradient();
            for (int i = 0; i < gradient.getNumElements(); i++) {
                double g = gradient.data[i];
                if (!Double.isFinite(g)) {
                    throw new IllegalStateException("gradient of parameter '" + parameter.name()
                            + "' has the non-finite entry " + g + " at index " + i
                            + "; lower the learning rate or clip the gradient norm");
                }
                sumOfSquares += g * g;
            }
        }
        double norm = Math.sqrt(sumOfSquares);
        return norm > settings.maxGradientNorm() ? settings.maxGradientNorm() / norm : 1.0;
    }
}
