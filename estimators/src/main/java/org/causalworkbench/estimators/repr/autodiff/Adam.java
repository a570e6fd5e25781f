package org.causalworkbench.estimators.repr.autodiff;

import java.util.IdentityHashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;

/**
 * Adam with bias correction (Kingma and Ba (2015), ICLR, arXiv:1412.6980). At step t:
 * m &larr; beta1 m + (1 - beta1) g, v &larr; beta2 v + (1 - beta2) g<sup>2</sup>, and
 * theta &larr; theta - eta m&#770; / (sqrt(v&#770;) + epsilon) with
 * m&#770; = m / (1 - beta1<sup>t</sup>) and v&#770; = v / (1 - beta2<sup>t</sup>).
 *
 * <p>Weight decay is the coupled L2 form added to the gradient, not the decoupled AdamW form.
 * The division by sqrt(v&#770;) differs per coordinate, so only an update projection hook keeps
 * Adam's steps off a subspace; see {@link ProjectionHook}.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable; the optimisers they create are not
 * thread-safe.
 */
public final class Adam {

    private final OptimizerSettings settings;
    private final double beta1;
    private final double beta2;
    private final double epsilon;

    private Adam(OptimizerSettings settings, double beta1, double beta2, double epsilon) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam betas must lie in [0, 1), got beta1 = "
                    + beta1 + " and beta2 = " + beta2);
        }
        Shapes.requireFinitePositive("Adam epsilon", epsilon);
        this.settings = settings;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** Returns Adam with learning rate 0.001, betas 0.9 and 0.999 and epsilon 1e-8. */
    public static Adam withDefaults() {
        return new Adam(OptimizerSettings.of(1e-3), 0.9, 0.999, 1e-8);
    }

    /** Returns a copy with another default learning rate, positive and finite. */
    public Adam withLearningRate(double learningRate) {
        return new Adam(settings.withLearningRate(learningRate), beta1, beta2, epsilon);
    }

    /** Returns a copy with other moment decay rates, each in [0, 1). */
    public Adam withBetas(double newBeta1, double newBeta2) {
        return new Adam(settings, newBeta1, newBeta2, epsilon);
    }

    /** Returns a copy with another denominator offset, positive and finite. */
    public Adam withEpsilon(double newEpsilon) {
        return new Adam(settings, beta1, beta2, newEpsilon);
    }

    /** Returns a copy with coupled L2 weight decay, finite and at least 0. */
    public Adam withWeightDecay(double weightDecay) {
        return new Adam(settings.withWeightDecay(weightDecay), beta1, beta2, epsilon);
    }

    /** Returns a copy that clips the global gradient norm, or stops clipping for infinity. */
    public Adam withMaxGradientNorm(double maxGradientNorm) {
        return new Adam(settings.withMaxGradientNorm(maxGradientNorm), beta1, beta2, epsilon);
    }

    /** Returns a copy with one more projection hook. */
    public Adam withProjection(ProjectionHook hook) {
        return new Adam(settings.withProjection(hook), beta1, beta2, epsilon);
    }

    /** Returns the shared settings. */
    public OptimizerSettings settings() {
        return settings;
    }

    /**
     * Creates an optimiser for {@code parameters}, with zero moments.
     *
     * @throws IllegalArgumentException if a hook names a parameter outside the set or a frozen one
     */
    public Optimizer create(ParameterSet parameters) {
        return new Running(parameters, this);
    }

    private static final class Running extends ProjectedOptimizer {

        private final Adam config;
        private final Map<Parameter, DMatrixRMaj[]> moments = new IdentityHashMap<>();

        Running(ParameterSet parameters, Adam config) {
            super(parameters, config.settings);
            this.config = config;
        }

        @Override
        DMatrixRMaj update(Parameter parameter, DMatrixRMaj gradient, double learningRate,
                long step) {
            DMatrixRMaj[] state = moments.computeIfAbsent(parameter, p -> new DMatrixRMaj[] {
                new DMatrixRMaj(p.rows(), p.cols()), new DMatrixRMaj(p.rows(), p.cols())});
            double[] m = state[0].data;
            double[] v = state[1].data;
            double firstCorrection = 1 - Math.pow(config.beta1, step);
            double secondCorrection = 1 - Math.pow(config.beta2, step);
            DMatrixRMaj change = new DMatrixRMaj(parameter.rows(), parameter.cols());
            for (int i = 0; i < change.getNumElements(); i++) {
                double g = gradient.data[i];
                m[i] = config.beta1 * m[i] + (1 - config.beta1) * g;
                v[i] = config.beta2 * v[i] + (1 - config.beta2) * g * g;
                double mHat = m[i] / firstCorrection;
                double vHat = v[i] / secondCorrection;
                change.data[i] = -learningRate * mHat / (Math.sqrt(vHat) + config.epsilon);
            }
            return change;
        }
    }
}
