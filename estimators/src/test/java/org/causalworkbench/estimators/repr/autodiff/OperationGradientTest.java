package org.causalworkbench.estimators.repr.autodiff;

import static org.causalworkbench.estimators.repr.autodiff.FiniteDifferenceCheck.awayFromZero;
import static org.causalworkbench.estimators.repr.autodiff.FiniteDifferenceCheck.gaussian;
import static org.causalworkbench.estimators.repr.autodiff.FiniteDifferenceCheck.weightedSum;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the reverse rule of every operation against central finite differences. Operations
 * with a matrix output are reduced to a scalar by a fixed random weighting, so every output
 * entry contributes. Inputs of kinked functions keep away from the kink.
 */
class OperationGradientTest {

    private static final DMatrixRMaj W34 = gaussian(3, 4, 901);
    private static final DMatrixRMaj W32 = gaussian(3, 2, 902);
    private static final DMatrixRMaj W31 = gaussian(3, 1, 903);
    private static final DMatrixRMaj W37 = gaussian(3, 7, 905);

    static Stream<Arguments> operations() {
        return Stream.of(
                op("matmul", (t, in) -> weightedSum(MatrixOps.matmul(in.get(0), in.get(1)), W32),
                        gaussian(3, 5, 1), gaussian(5, 2, 2)),
                op("matmulTransB", (t, in) -> weightedSum(
                        MatrixOps.matmulTransB(in.get(0), in.get(1)), W32),
                        gaussian(3, 5, 3), gaussian(2, 5, 4)),
                op("add", (t, in) -> weightedSum(MatrixOps.add(in.get(0), in.get(1)), W34),
                        gaussian(3, 4, 5), gaussian(3, 4, 6)),
                op("subtract", (t, in) -> weightedSum(
                        MatrixOps.subtract(in.get(0), in.get(1)), W34),
                        gaussian(3, 4, 7), gaussian(3, 4, 8)),
                op("multiply", (t, in) -> weightedSum(
                        MatrixOps.multiply(in.get(0), in.get(1)), W34),
                        gaussian(3, 4, 9), gaussian(3, 4, 10)),
                op("multiply same node", (t, in) -> weightedSum(
                        MatrixOps.multiply(in.get(0), in.get(0)), W34), gaussian(3, 4, 11)),
                op("scale", (t, in) -> weightedSum(MatrixOps.scale(in.get(0), -2.5), W34),
                        gaussian(3, 4, 12)),
                op("addRowVector", (t, in) -> weightedSum(
                        MatrixOps.addRowVector(in.get(0), in.get(1)), W34),
                        gaussian(3, 4, 13), gaussian(1, 4, 14)),
                op("concatColumns", (t, in) -> weightedSum(
                        MatrixOps.concatColumns(in.get(0), in.get(1), in.get(0)), W37),
                        gaussian(3, 2, 15), gaussian(3, 3, 16)),
                op("gatherRows with a repeated row", (t, in) -> weightedSum(
                        MatrixOps.gatherRows(in.get(0), new int[] {2, 0, 2}), W34),
                        gaussian(4, 4, 17)),
                op("sum", (t, in) -> ReductionOps.sum(
                        MatrixOps.multiply(in.get(0), in.get(0))), gaussian(3, 4, 18)),
                op("mean", (t, in) -> ReductionOps.mean(
                        MatrixOps.multiply(in.get(0), in.get(0))), gaussian(3, 4, 19)),
                op("rowSums", (t, in) -> weightedSum(ReductionOps.rowSums(in.get(0)), W31),
                        gaussian(3, 4, 20)),
                op("rowNorms", (t, in) -> weightedSum(ReductionOps.rowNorms(in.get(0)), W31),
                        gaussian(3, 4, 21)),
                op("normalizeRows", (t, in) -> weightedSum(
                        ReductionOps.normalizeRows(in.get(0)), W34), gaussian(3, 4, 22)),
                op("relu", (t, in) -> weightedSum(ActivationOps.relu(in.get(0)), W34),
                        awayFromZero(3, 4, 23)),
                op("leakyRelu", (t, in) -> weightedSum(
                        ActivationOps.leakyRelu(in.get(0), 0.1), W34), awayFromZero(3, 4, 24)),
                op("tanh", (t, in) -> weightedSum(ActivationOps.tanh(in.get(0)), W34),
                        gaussian(3, 4, 25)),
                op("sigmoid", (t, in) -> weightedSum(ActivationOps.sigmoid(in.get(0)), W34),
                        scaled(gaussian(3, 4, 26), 3)),
                op("exp", (t, in) -> weightedSum(ActivationOps.exp(in.get(0)), W34),
                        gaussian(3, 4, 27)),
                op("log", (t, in) -> weightedSum(ActivationOps.log(in.get(0)), W34),
                        positive(gaussian(3, 4, 28))),
                op("logSumExpRows", (t, in) -> weightedSum(
                        SoftmaxOps.logSumExpRows(in.get(0)), W31), scaled(gaussian(3, 4, 29), 4)),
                op("softmaxRows", (t, in) -> weightedSum(
                        SoftmaxOps.softmaxRows(in.get(0)), W34), gaussian(3, 4, 30)),
                op("logSoftmaxRows", (t, in) -> weightedSum(
                        SoftmaxOps.logSoftmaxRows(in.get(0)), W34), gaussian(3, 4, 31)),
                op("crossEntropy", (t, in) -> LossOps.crossEntropy(in.get(0),
                        new int[] {2, 0, 3}), scaled(gaussian(3, 4, 32), 2)),
                op("meanSquaredError", (t, in) -> LossOps.meanSquaredError(in.get(0),
                        in.get(1)), gaussian(3, 4, 33), gaussian(3, 4, 34)),
                op("binaryCrossEntropyWithLogits", (t, in) ->
                        LossOps.binaryCrossEntropyWithLogits(in.get(0), in.get(1)),
                        scaled(gaussian(3, 4, 35), 3), unitInterval(gaussian(3, 4, 36))),
                op("infoNce", (t, in) -> LossOps.infoNce(in.get(0), in.get(1), 0.5),
                        gaussian(3, 4, 37), gaussian(3, 4, 38)),
                op("infoNce cosine", (t, in) -> LossOps.infoNce(
                        ReductionOps.normalizeRows(in.get(0)),
                        ReductionOps.normalizeRows(in.get(1)), 0.1),
                        gaussian(5, 3, 39), gaussian(5, 3, 40)),
                op("tripletMargin", (t, in) -> LossOps.tripletMargin(in.get(0), in.get(1),
                        in.get(2), 0.5), gaussian(4, 3, 41), gaussian(4, 3, 42),
                        gaussian(4, 3, 43)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void reverseRule_matchesFiniteDifferences(String name, FiniteDifferenceCheck.Loss loss,
            DMatrixRMaj[] inputs) {
        FiniteDifferenceCheck.assertGradientsMatch(name, loss, inputs);
    }

    @Test
    void checker_catchesWrongReverseRule() {
        // A square whose rule omits the factor 2 of d(x^2)/dx = 2x.
        FiniteDifferenceCheck.Loss wrongSquare = (tape, in) -> {
            Node x = in.get(0);
            DMatrixRMaj out = new DMatrixRMaj(x.rows(), x.cols());
            CommonOps_DDRM.elementMult(x.value(), x.value(), out);
            Node square = tape.record(out,
                    g -> CommonOps_DDRM.elementMult(g, x.value(), x.gradientBuffer()), x);
            return ReductionOps.sum(square);
        };

        double error = FiniteDifferenceCheck.relativeErrors(wrongSquare, gaussian(3, 3, 46))[0];

        assertTrue(error > 0.1, "relative error of the wrong rule: " + error);
    }

    private static Arguments op(String name, FiniteDifferenceCheck.Loss loss,
            DMatrixRMaj... inputs) {
        return Arguments.of(name, loss, inputs);
    }

    private static DMatrixRMaj scaled(DMatrixRMaj m, double factor) {
        CommonOps_DDRM.scale(factor, m);
        return m;
    }

    private static DMatrixRMaj positive(DMatrixRMaj m) {
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = 0.2 + Math.abs(m.data[i]);
        }
        return m;
    }

    private static DMatrixRMaj unitInterval(DMatrixRMaj m) {
        for (int i = 0; i < m.getNumElements(); i++) {
            m.data[i] = ActivationOps.stableSigmoid(m.data[i]);
        }
        return m;
    }
}
