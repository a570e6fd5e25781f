package org.causalworkbench.estimators.repr.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Checks SGD and Adam against hand-computed steps, a convex quadratic and their options. */
class OptimizerTest {

    private static final ParameterGroup TRAIN = ParameterGroup.trainable("train");

    private static DMatrixRMaj row(double... values) {
        return new DMatrixRMaj(1, values.length, true, values);
    }

    private static void setGradient(Parameter parameter, double... values) {
        parameter.gradient().setTo(row(values));
    }

    @Test
    void adam_firstTwoStepsMatchHandValues() {
        ParameterSet set = new ParameterSet();
        Parameter theta = set.add("theta", row(1, -2), TRAIN);
        Optimizer adam = Adam.withDefaults().withLearningRate(0.1).create(set);

        // Step 1: m-hat = g and v-hat = g^2, so each coordinate moves by lr g / (|g| + eps).
        setGradient(theta, 0.5, -4);
        adam.step();
        assertEquals(1 - 0.1 * 0.5 / (0.5 + 1e-8), theta.value().get(0, 0), 1e-15);
        assertEquals(-2 + 0.1 * 4 / (4 + 1e-8), theta.value().get(0, 1), 1e-15);

        // Step 2 with g = (1, 1): m = (0.145, -0.26), v = (0.00124975, 0.016984).
        setGradient(theta, 1, 1);
        adam.step();
        assertEquals(0.8034818006385094, theta.value().get(0, 0), 1e-14);
        assertEquals(-1.853053183290273, theta.value().get(0, 1), 1e-14);
        assertEquals(2, adam.stepCount());
    }

    @Test
    void adam_convergesToQuadraticMinimiser() {
        // f(theta) = 1/2 (theta - c) H (theta - c)^T with H positive definite; minimiser c.
        DMatrixRMaj h = new DMatrixRMaj(3, 3, true, 4, 1, 0, 1, 3, -0.5, 0, -0.5, 2);
        DMatrixRMaj c = row(1.5, -0.7, 2.0);
        ParameterSet set = new ParameterSet();
        Parameter theta = set.add("theta", row(0, 0, 0), TRAIN);
        Optimizer adam = Adam.withDefaults().withLearningRate(0.05).create(set);

        for (int step = 0; step < 4000; step++) {
            set.zeroGradients();
            Tape tape = new Tape();
            Node d = MatrixOps.subtract(tape.parameter(theta), tape.constant(c));
            Node quadratic = ReductionOps.sum(MatrixOps.multiply(
                    MatrixOps.matmul(d, tape.constant(h)), d));
            tape.backward(MatrixOps.scale(quadratic, 0.5));
            adam.step();
        }

        assertArrayEquals(c.data, theta.value().data, 1e-6);
    }

    @Test
    void sgdMomentum_firstTwoStepsMatchHandValues() {
        ParameterSet set = new ParameterSet();
        Parameter theta = set.add("theta", row(1), TRAIN);
        Optimizer sgd = Sgd.withDefaults().withLearningRate(0.1).withMomentum(0.9).create(set);

        setGradient(theta, 2);
        sgd.step();
        // v = 2, theta = 1 - 0.2.
        assertEquals(0.8, theta.value().get(0, 0), 1e-15);

        setGradient(theta, -1);
        sgd.step();
        // v = 0.9 * 2 - 1 = 0.8, theta = 0.8 - 0.08.
        assertEquals(0.72, theta.value().get(0, 0), 1e-15);
    }

    @Test
    void weightDecay_shrinksValueWithoutLossGradient() {
        ParameterSet set = new ParameterSet();
        Parameter theta = set.add("theta", row(2, -4), TRAIN);
        Optimizer sgd = Sgd.withDefaults().withLearningRate(0.1).withWeightDecay(0.5).create(set);

        sgd.step();

        assertArrayEquals(new double[] {2 * 0.95, -4 * 0.95}, theta.value().data, 1e-15);
    }

    @Test
    void gradientClipping_scalesGlobalNormDownToMaximum() {
        ParameterSet set = new ParameterSet();
        Parameter first = set.add("first", row(0), TRAIN);
        Parameter second = set.add("second", row(0), TRAIN);
        Optimizer sgd = Sgd.withDefaults().withLearningRate(1).withMaxGradientNorm(1)
                .create(set);
        setGradient(first, 3);
        setGradient(second, 4);

        sgd.step();

        assertEquals(-0.6, first.value().get(0, 0), 1e-15);
        assertEquals(-0.8, second.value().get(0, 0), 1e-15);
    }

    @Test
    void groupLearningRate_overridesOptimiserRate() {
        ParameterSet set = new ParameterSet();
        Parameter slow = set.add("slow", row(0), TRAIN);
        Parameter fast = set.add("fast", row(0),
                ParameterGroup.trainable("fast").withLearningRate(0.5));
        Optimizer sgd = Sgd.withDefaults().withLearningRate(0.1).create(set);
        setGradient(slow, 1);
        setGradient(fast, 1);

        sgd.step();

        assertEquals(-0.1, slow.value().get(0, 0), 1e-15);
        assertEquals(-0.5, fast.value().get(0, 0), 1e-15);
    }

    @Test
    void frozenGroup_neverChanges() {
        ParameterSet set = new ParameterSet();
        Parameter frozen = set.add("frozen", row(1, 2), ParameterGroup.frozen("base"));
        Optimizer adam = Adam.withDefaults().withWeightDecay(0.1).create(set);
        setGradient(frozen, 5, 5);

        adam.step();

        assertArrayEquals(new double[] {1, 2}, frozen.value().data, 0.0);
    }

    @Test
    void step_rejectsNonFiniteGradient() {
        ParameterSet set = new ParameterSet();
        Parameter theta = set.add("theta", row(1, 2), TRAIN);
        Optimizer adam = Adam.withDefaults().create(set);
        setGradient(theta, 1, Double.POSITIVE_INFINITY);

        IllegalStateException error = assertThrows(IllegalStateException.class, adam::step);

        assertEquals("gradient of parameter 'theta' has the non-finite entry Infinity at index 1;"
                + " lower the learning rate or clip the gradient norm", error.getMessage());
    }

    @Test
    void create_rejectsHookOnParameterOutsideSet() {
        ParameterSet other = new ParameterSet();
        Parameter outside = other.add("outside", row(1, 2), TRAIN);
        SubspaceProjection line = SubspaceProjection.offColumns(new DMatrixRMaj(2, 1, true, 1, 0));
        Adam adam = Adam.withDefaults().withProjection(
                ProjectionHook.onUpdate(outside, line, ProjectionHook.Side.INPUT));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> adam.create(new ParameterSet()));

        assertEquals("projection hook names parameter 'outside', which is not in the optimised"
                + " set", error.getMessage());
    }

    @Test
    void adam_rejectsBetaOfOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Adam.withDefaults().withBetas(0.9, 1.0));

        assertEquals("Adam betas must lie in [0, 1), got beta1 = 0.9 and beta2 = 1.0",
                error.getMessage());
    }

    @Test
    void sgd_rejectsNegativeLearningRate() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Sgd.withDefaults().withLearningRate(-0.1));

        assertEquals("learning rate must be positive and finite, got -0.1", error.getMessage());
    }
}
