package org.causalworkbench.estimators.repr.autodiff;

import static org.causalworkbench.estimators.repr.autodiff.FiniteDifferenceCheck.gaussian;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** Checks the tape's bookkeeping: leaves, accumulation, frozen parameters and misuse. */
class TapeTest {

    @Test
    void backward_accumulatesParameterGradientAcrossTapes() {
        ParameterSet set = new ParameterSet();
        Parameter w = set.add("w", gaussian(2, 2, 1), ParameterGroup.trainable("all"));

        for (int pass = 0; pass < 2; pass++) {
            Tape tape = new Tape();
            tape.backward(ReductionOps.sum(tape.parameter(w)));
        }

        assertArrayEquals(new double[] {2, 2, 2, 2}, w.gradient().data, 0.0);
        set.zeroGradients();
        assertArrayEquals(new double[] {0, 0, 0, 0}, w.gradient().data, 0.0);
    }

    @Test
    void backward_sumsGradientOfNodeUsedTwice() {
        Tape tape = new Tape();
        Node x = tape.variable(new DMatrixRMaj(1, 1, true, 3));

        tape.backward(MatrixOps.add(MatrixOps.scale(x, 2), MatrixOps.multiply(x, x)));

        // d(2x + x^2)/dx = 2 + 2x = 8 at x = 3.
        assertEquals(8.0, x.gradient().get(0, 0), 0.0);
    }

    @Test
    void backward_leavesFrozenParameterWithoutGradient() {
        ParameterSet set = new ParameterSet();
        Parameter frozen = set.add("w0", gaussian(2, 2, 2), ParameterGroup.frozen("base"));
        Tape tape = new Tape();
        Node leaf = tape.parameter(frozen);

        tape.backward(ReductionOps.sum(MatrixOps.multiply(leaf, leaf)));

        assertFalse(leaf.requiresGradient());
        assertEquals(0.0, CommonOps_DDRM.elementMaxAbs(frozen.gradient()), 0.0);
    }

    @Test
    void backward_rejectsSecondCall() {
        Tape tape = new Tape();
        Node loss = ReductionOps.sum(tape.variable(gaussian(2, 2, 3)));
        tape.backward(loss);

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> tape.backward(loss));

        assertEquals("backward already ran on this tape; record a new tape for every forward"
                + " pass", error.getMessage());
    }

    @Test
    void backward_rejectsNonScalarLoss() {
        Tape tape = new Tape();
        Node matrix = tape.variable(gaussian(2, 3, 4));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> tape.backward(matrix));

        assertEquals("loss must be 1 x 1, got 2 x 3; reduce it with ReductionOps.sum or mean"
                + " first", error.getMessage());
    }

    @Test
    void record_rejectsNodeFromAnotherTape() {
        Node a = new Tape().variable(gaussian(2, 2, 5));
        Node b = new Tape().variable(gaussian(2, 2, 6));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MatrixOps.add(a, b));

        assertEquals("input 1 was recorded on another tape; build the whole forward pass on one"
                + " tape", error.getMessage());
    }

    @Test
    void parameterSet_rejectsDuplicateName() {
        ParameterSet set = new ParameterSet();
        set.add("w", gaussian(1, 1, 7), ParameterGroup.trainable("all"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> set.add("w", gaussian(1, 1, 8), ParameterGroup.trainable("all")));

        assertEquals("parameter name 'w' is already used in this set; choose another name",
                error.getMessage());
    }

    @Test
    void parameterSet_rejectsNonFiniteValue() {
        ParameterSet set = new ParameterSet();
        DMatrixRMaj value = new DMatrixRMaj(1, 2, true, 1, Double.NaN);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> set.add("w", value, ParameterGroup.trainable("all")));

        assertEquals("initial value of parameter 'w' has the non-finite entry NaN at index 1",
                error.getMessage());
    }

    @Test
    void scalar_rejectsMatrixNode() {
        Node matrix = new Tape().constant(new DMatrixRMaj(2, 1));

        assertThrows(IllegalArgumentException.class, matrix::scalar);
    }
}
