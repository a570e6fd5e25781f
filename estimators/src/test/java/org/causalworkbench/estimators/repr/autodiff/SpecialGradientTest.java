package org.causalworkbench.estimators.repr.autodiff;

import static org.causalworkbench.estimators.repr.autodiff.FiniteDifferenceCheck.gaussian;
import static org.causalworkbench.estimators.repr.autodiff.FiniteDifferenceCheck.weightedSum;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * Checks the operations whose gradient deliberately differs from the derivative of the forward
 * pass: gradient reversal and stop-gradient.
 */
class SpecialGradientTest {

    private static final DMatrixRMaj WEIGHTS = gaussian(3, 4, 1);

    @Test
    void gradientReversal_isIdentityForward() {
        Tape tape = new Tape();
        DMatrixRMaj x = gaussian(3, 4, 2);

        Node reversed = MatrixOps.gradientReversal(tape.variable(x), 0.7);

        assertArrayEquals(x.data, reversed.value().data, 0.0);
    }

    @Test
    void gradientReversal_negatesAndScalesGradientExactly() {
        DMatrixRMaj x = gaussian(3, 4, 3);
        Tape plainTape = new Tape();
        Node plain = plainTape.variable(x);
        plainTape.backward(weightedSum(ActivationOps.tanh(plain), WEIGHTS));
        Tape reversedTape = new Tape();
        Node reversed = reversedTape.variable(x);
        reversedTape.backward(weightedSum(ActivationOps.tanh(
                MatrixOps.gradientReversal(reversed, 0.7)), WEIGHTS));

        DMatrixRMaj expected = plain.gradient().copy();
        CommonOps_DDRM.scale(-0.7, expected);

        assertArrayEquals(expected.data, reversed.gradient().data, 0.0);
    }

    @Test
    void gradientReversal_rejectsNegativeWeight() {
        Node x = new Tape().variable(gaussian(2, 2, 4));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MatrixOps.gradientReversal(x, -1));

        assertEquals("gradient-reversal weight must be finite and at least 0, got -1.0",
                error.getMessage());
    }

    @Test
    void stopGradient_blocksOnlyItsBranch() {
        DMatrixRMaj x = gaussian(3, 4, 5);
        Tape tape = new Tape();
        Node leaf = tape.variable(x);

        // f = sum(w .* x .* stop(x)): the stopped factor acts as a constant, so df/dx = w .* x.
        tape.backward(weightedSum(MatrixOps.multiply(leaf, MatrixOps.stopGradient(leaf)),
                WEIGHTS));

        DMatrixRMaj expected = new DMatrixRMaj(3, 4);
        CommonOps_DDRM.elementMult(WEIGHTS, x, expected);
        assertArrayEquals(expected.data, leaf.gradient().data, 1e-15);
    }
}
