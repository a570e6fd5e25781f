package org.causalworkbench.estimators.repr.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Checks forward values against hand-computed references, including extreme logits. */
class ForwardValueTest {

    private static Node row(Tape tape, double... values) {
        return tape.constant(new DMatrixRMaj(1, values.length, true, values));
    }

    @Test
    void logSumExp_staysFiniteForHugeLogits() {
        Tape tape = new Tape();

        Node lse = SoftmaxOps.logSumExpRows(row(tape, 1000, 1000, -1000));

        assertEquals(1000 + Math.log(2), lse.scalar(), 1e-12);
    }

    @Test
    void softmax_matchesHandValues() {
        Tape tape = new Tape();

        Node p = SoftmaxOps.softmaxRows(row(tape, 0, Math.log(3)));

        assertEquals(0.25, p.value().get(0, 0), 1e-15);
        assertEquals(0.75, p.value().get(0, 1), 1e-15);
    }

    @Test
    void logSoftmax_staysFiniteForHugeLogits() {
        Tape tape = new Tape();

        Node logP = SoftmaxOps.logSoftmaxRows(row(tape, 800, 0));

        assertEquals(0.0, logP.value().get(0, 0), 1e-12);
        assertEquals(-800.0, logP.value().get(0, 1), 1e-12);
    }

    @Test
    void crossEntropy_matchesHandValue() {
        Tape tape = new Tape();
        DMatrixRMaj logits = new DMatrixRMaj(2, 2, true, 0, Math.log(3), 2, 2);

        Node loss = LossOps.crossEntropy(tape.constant(logits), new int[] {1, 0});

        // Row 0: -log(3/4); row 1: -log(1/2).
        assertEquals((-Math.log(0.75) + Math.log(2)) / 2, loss.scalar(), 1e-15);
    }

    @Test
    void crossEntropy_rejectsLabelOutOfRange() {
        Node logits = new Tape().constant(new DMatrixRMaj(2, 3));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LossOps.crossEntropy(logits, new int[] {0, 3}));

        assertEquals("label 3 at row 1 is outside the 3 classes [0, 3)", error.getMessage());
    }

    @Test
    void binaryCrossEntropy_staysFiniteForHugeLogits() {
        Tape tape = new Tape();
        Node logits = row(tape, 800, -800);
        Node targets = row(tape, 0, 1);

        Node loss = LossOps.binaryCrossEntropyWithLogits(logits, targets);

        assertEquals(800.0, loss.scalar(), 1e-12);
    }

    @Test
    void binaryCrossEntropy_matchesHandValue() {
        Tape tape = new Tape();

        Node loss = LossOps.binaryCrossEntropyWithLogits(row(tape, 0.3), row(tape, 0.25));

        double p = 1 / (1 + Math.exp(-0.3));
        assertEquals(-(0.25 * Math.log(p) + 0.75 * Math.log(1 - p)), loss.scalar(), 1e-15);
    }

    @Test
    void infoNce_matchesDirectFormula() {
        DMatrixRMaj anchors = FiniteDifferenceCheck.gaussian(4, 3, 1);
        DMatrixRMaj positives = FiniteDifferenceCheck.gaussian(4, 3, 2);
        double temperature = 0.3;
        Tape tape = new Tape();

        Node loss = LossOps.infoNce(tape.constant(anchors), tape.constant(positives),
                temperature);

        double expected = 0;
        for (int i = 0; i < 4; i++) {
            double denominator = 0;
            for (int j = 0; j < 4; j++) {
                denominator += Math.exp(dot(anchors, i, positives, j) / temperature);
            }
            expected -= Math.log(Math.exp(dot(anchors, i, positives, i) / temperature)
                    / denominator);
        }
        assertEquals(expected / 4, loss.scalar(), 1e-12);
    }

    @Test
    void tripletMargin_matchesHandValue() {
        Tape tape = new Tape();
        Node anchors = tape.constant(new DMatrixRMaj(2, 1, true, 0, 0));
        Node positives = tape.constant(new DMatrixRMaj(2, 1, true, 1, 3));
        Node negatives = tape.constant(new DMatrixRMaj(2, 1, true, 2, 1));

        Node loss = LossOps.tripletMargin(anchors, positives, negatives, 0.5);

        // Row 0: max(0, 1 - 4 + 0.5) = 0; row 1: max(0, 9 - 1 + 0.5) = 8.5.
        assertEquals(8.5 / 2, loss.scalar(), 1e-15);
    }

    @Test
    void sigmoid_staysInUnitIntervalForHugeInputs() {
        Node s = ActivationOps.sigmoid(row(new Tape(), -800, 800));

        assertEquals(0.0, s.value().get(0, 0), 1e-300);
        assertEquals(1.0, s.value().get(0, 1), 0.0);
    }

    @Test
    void log_rejectsNonPositiveEntry() {
        Node x = row(new Tape(), 1, 0);

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ActivationOps.log(x));

        assertTrue(error.getMessage().startsWith("log needs positive entries, got 0.0 at row 0,"
                + " column 1"), error.getMessage());
    }

    @Test
    void matmul_rejectsMismatchedShapes() {
        Tape tape = new Tape();
        Node a = tape.constant(new DMatrixRMaj(2, 3));
        Node b = tape.constant(new DMatrixRMaj(2, 3));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> MatrixOps.matmul(a, b));

        assertEquals("matmul needs a.cols == b.rows, got 2 x 3 times 2 x 3", error.getMessage());
    }

    private static double dot(DMatrixRMaj a, int i, DMatrixRMaj b, int j) {
        double sum = 0;
        for (int k = 0; k < a.numCols; k++) {
            sum += a.get(i, k) * b.get(j, k);
        }
        return sum;
    }
}
