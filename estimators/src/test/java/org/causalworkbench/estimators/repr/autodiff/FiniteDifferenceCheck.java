package org.causalworkbench.estimators.repr.autodiff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Compares reverse-mode gradients with central finite differences in double precision.
 *
 * <p>Step h = 1e-6 max(1, |theta|) per entry. The error of input k is
 * |g_AD - g_FD| / max(|g_AD|, |g_FD|, 1e-8) in the Frobenius norm, and must stay below 1e-6.
 */
final class FiniteDifferenceCheck {

    static final double RELATIVE_TOLERANCE = 1e-6;

    private static final double STEP_FACTOR = 1e-6;
    private static final double NORM_FLOOR = 1e-8;

    /** A scalar function of the input leaves, recorded on a tape. */
    @FunctionalInterface
    interface Loss {
        Node record(Tape tape, List<Node> inputs);
    }

    private FiniteDifferenceCheck() {
    }

    /**
     * Asserts that the gradients that {@code loss} leaves in {@code checked} agree with central
     * differences of {@code reference}, perturbing each parameter value in place. Pass the same
     * function twice unless the loss contains gradient reversal, whose gradient is by design not
     * the derivative of its forward value.
     */
    static void assertParameterGradientsMatch(String context, Function<Tape, Node> loss,
            Function<Tape, Node> reference, ParameterSet set, List<Parameter> checked) {
        set.zeroGradients();
        Tape tape = new Tape();
        tape.backward(loss.apply(tape));
        for (Parameter parameter : checked) {
            DMatrixRMaj analytic = parameter.gradient().copy();
            DMatrixRMaj value = parameter.value();
            DMatrixRMaj numerical = new DMatrixRMaj(value.numRows, value.numCols);
            for (int i = 0; i < value.getNumElements(); i++) {
                double original = value.data[i];
                double h = STEP_FACTOR * Math.max(1, Math.abs(original));
                value.data[i] = original + h;
                double plus = reference.apply(new Tape()).scalar();
                value.data[i] = original - h;
                double minus = reference.apply(new Tape()).scalar();
                value.data[i] = original;
                numerical.data[i] = (plus - minus) / (2 * h);
            }
            DMatrixRMaj difference = new DMatrixRMaj(value.numRows, value.numCols);
            CommonOps_DDRM.subtract(analytic, numerical, difference);
            double scale = Math.max(NORM_FLOOR, Math.max(NormOps_DDRM.normF(analytic),
                    NormOps_DDRM.normF(numerical)));
            double error = NormOps_DDRM.normF(difference) / scale;
            assertTrue(error < RELATIVE_TOLERANCE, context + ": parameter " + parameter.name()
                    + " relative gradient error " + error);
        }
    }

    /** Returns the relative error of each input's gradient. */
    static double[] relativeErrors(Loss loss, DMatrixRMaj... inputs) {
        Tape tape = new Tape();
        List<Node> leaves = new ArrayList<>();
        for (DMatrixRMaj input : inputs) {
            leaves.add(tape.variable(input.copy()));
        }
        tape.backward(loss.record(tape, leaves));

        double[] errors = new double[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            DMatrixRMaj analytic = leaves.get(k).gradient();
            DMatrixRMaj numerical = numericalGradient(loss, inputs, k);
            DMatrixRMaj difference = new DMatrixRMaj(analytic.numRows, analytic.numCols);
            CommonOps_DDRM.subtract(analytic, numerical, difference);
            double scale = Math.max(NORM_FLOOR, Math.max(NormOps_DDRM.normF(analytic),
                    NormOps_DDRM.normF(numerical)));
            errors[k] = NormOps_DDRM.normF(difference) / scale;
        }
        return errors;
    }

    /** Asserts that every input's gradient agrees with central differences. */
    static void assertGradientsMatch(String context, Loss loss, DMatrixRMaj... inputs) {
        double[] errors = relativeErrors(loss, inputs);
        for (int k = 0; k < errors.length; k++) {
            assertTrue(errors[k] < RELATIVE_TOLERANCE, context + ": input " + k
                    + " relative gradient error " + errors[k]);
        }
    }

    /** Returns the scalar value of the loss at the given inputs, on a fresh tape. */
    static double value(Loss loss, DMatrixRMaj... inputs) {
        Tape tape = new Tape();
        List<Node> leaves = new ArrayList<>();
        for (DMatrixRMaj input : inputs) {
            leaves.add(tape.constant(input));
        }
        return loss.record(tape, leaves).scalar();
    }

    private static DMatrixRMaj numericalGradient(Loss loss, DMatrixRMaj[] inputs, int k) {
        DMatrixRMaj[] shifted = new DMatrixRMaj[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            shifted[i] = inputs[i].copy();
        }
        DMatrixRMaj target = shifted[k];
        DMatrixRMaj gradient = new DMatrixRMaj(target.numRows, target.numCols);
        for (int i = 0; i < target.getNumElements(); i++) {
            double original = target.data[i];
            double h = STEP_FACTOR * Math.max(1, Math.abs(original));
            target.data[i] = original + h;
            double plus = value(loss, shifted);
            target.data[i] = original - h;
            double minus = value(loss, shifted);
            target.data[i] = original;
            gradient.data[i] = (plus - minus) / (2 * h);
        }
        return gradient;
    }

    /** Returns the sum of out .* weights, a scalar that exercises every output entry. */
    static Node weightedSum(Node out, DMatrixRMaj weights) {
        return ReductionOps.sum(MatrixOps.multiply(out, out.tape().constant(weights)));
    }

    /** Returns a seeded standard normal matrix. */
    static DMatrixRMaj gaussian(int rows, int cols, long seed) {
        Random random = new Random(seed);
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = random.nextGaussian();
        }
        return m;
    }

    /** Returns a seeded normal matrix whose entries keep at least 0.05 away from zero. */
    static DMatrixRMaj awayFromZero(int rows, int cols, long seed) {
        DMatrixRMaj m = gaussian(rows, cols, seed);
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] += Math.copySign(0.05, m.data[i]);
        }
        return m;
    }
}
