package org.causalworkbench.estimators.repr.autodiff;

import java.util.IdentityHashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Stochastic gradient descent with optional heavy-ball momentum:
 * v &larr; mu v + g, theta &larr; theta - eta v. With mu = 0 this is plain SGD.
 *
 * <p>Every step is a linear combination of past gradients, so a gradient projection hook keeps
 * the updates inside range(P) exactly.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable; the optimisers they create are not
 * thread-safe.
 */
public final class Sgd {

    private final OptimizerSettings settings;
    private final double momentum;

    private Sgd(OptimizerSettings settings, double momentum) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must lie in [0, 1), got " + momentum);
        }
        this.settings = settings;
        this.momentum = momentum;
    }

    /** Returns plain SGD with learning rate 0.01 and no momentum, decay, clipping or hooks. */
    public static Sgd withDefaults() {
        return new Sgd(OptimizerSettings.of(0.01), 0);
    }

    /** Returns a copy with another default learning rate, positive and finite. */
    public Sgd withLearningRate(double learningRate) {
        return new Sgd(settings.withLearningRate(learningRate), momentum);
    }

    /** Returns a copy with momentum coefficient mu in [0, 1). */
    public Sgd withMomentum(double newMomentum) {
        return new Sgd(settings, newMomentum);
    }

    /** Returns a copy with L2 weight decay, finite and at least 0. */
    public Sgd withWeightDecay(double weightDecay) {
        return new Sgd(settings.withWeightDecay(weightDecay), momentum);
    }

    /** Returns a copy that clips the global gradient norm, or stops clipping for infinity. */
    public Sgd withMaxGradientNorm(double maxGradientNorm) {
        return new Sgd(settings.withMaxGradientNorm(maxGradientNorm), momentum);
    }

    /** Returns a copy with one more projection hook. */
    public Sgd withProjection(ProjectionHook hook) {
        return new Sgd(settings.withProjection(hook), momentum);
    }

    /** Returns the shared settings. */
    public OptimizerSettings settings() {
        return settings;
    }

    /** Returns the momentum coefficient. */
    public double momentum() {
        return momentum;
    }

    /**
     * Creates an optimiser for {@code parameters}, with zero velocity.
     *
     * @throws IllegalArgumentException if a hook names a parameter outside the set or a frozen one
     */
    public Optimizer create(ParameterSet parameters) {
        return new Running(parameters, settings, momentum);
    }

    private static final class Running extends ProjectedOptimizer {

        private final double momentum;
        private final Map<Parameter, DMatrixRMaj> velocities = new IdentityHashMap<>();

        Running(ParameterSet parameters, OptimizerSettings settings, double momentum) {
            super(parameters, settings);
            this.momentum = momentum;
        }

        @Override
        DMatrixRMaj update(Parameter parameter, DMatrixRMaj gradient, double learningRate,
                long step) {
            DMatrixRMaj velocity = velocities.computeIfAbsent(parameter,
                    p -> new DMatrixRMaj(p.rows(), p.cols()));
            CommonOps_DDRM.scale(momentum, velocity);
            CommonOps_DDRM.addEquals(velocity, gradient);
            DMatrixRMaj change = new DMatrixRMaj(parameter.rows(), parameter.cols());
            CommonOps_DDRM.scale(-learningRate, velocity, change);
            return change;
        }
    }
}
