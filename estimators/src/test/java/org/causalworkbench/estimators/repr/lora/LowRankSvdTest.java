package org.causalworkbench.estimators.repr.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LowRankSvdTest {

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of(40, 30, 4, 0.5),
                Arguments.of(30, 40, 8, 2.0),
                Arguments.of(64, 64, 1, 16.0),
                Arguments.of(3, 50, 5, 1.0),
                Arguments.of(50, 2, 6, -0.75));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void decompose_matchesDenseSvdOfProduct(int outputs, int inputs, int rank, double scale) {
        Random random = new Random(31L * outputs + inputs + rank);
        DMatrixRMaj b = KnownAdapter.gaussian(outputs, rank, random);
        DMatrixRMaj a = KnownAdapter.gaussian(rank, inputs, random);
        DMatrixRMaj product = new DMatrixRMaj(outputs, inputs);
        CommonOps_DDRM.mult(scale, b, a, product);
        SingularValueDecomposition_F64<DMatrixRMaj> dense =
                DecompositionFactory_DDRM.svd(outputs, inputs, true, true, true);
        dense.decompose(product.copy());
        DMatrixRMaj u = dense.getU(null, false);
        DMatrixRMaj w = dense.getW(null);
        DMatrixRMaj v = dense.getV(null, false);
        SingularOps_DDRM.descendingOrder(u, false, w, v, false);

        LowRankSvd_DDRM.Result result = LowRankSvd_DDRM.decompose(b, a, scale);

        int k = Math.min(rank, Math.min(outputs, inputs));
        assertEquals(k, result.singularValues().length);
        for (int i = 0; i < k; i++) {
            double expected = w.get(i, i);
            assertEquals(expected, result.singularValues()[i], 1e-10 * expected, "value " + i);
            assertParallel(column(u, i), column(result.left(), i), 1e-9, "left vector " + i);
            assertParallel(column(v, i), column(result.right(), i), 1e-9, "right vector " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void decompose_reconstructsProduct(int outputs, int inputs, int rank, double scale) {
        Random random = new Random(7L * outputs + inputs + rank);
        DMatrixRMaj b = KnownAdapter.gaussian(outputs, rank, random);
        DMatrixRMaj a = KnownAdapter.gaussian(rank, inputs, random);
        DMatrixRMaj product = new DMatrixRMaj(outputs, inputs);
        CommonOps_DDRM.mult(scale, b, a, product);

        LowRankSvd_DDRM.Result result = LowRankSvd_DDRM.decompose(b, a, scale);

        DMatrixRMaj scaledLeft = result.left().copy();
        for (int row = 0; row < scaledLeft.numRows; row++) {
            for (int i = 0; i < scaledLeft.numCols; i++) {
                scaledLeft.set(row, i, scaledLeft.get(row, i) * result.singularValues()[i]);
            }
        }
        DMatrixRMaj rebuilt = new DMatrixRMaj(outputs, inputs);
        CommonOps_DDRM.multTransB(scaledLeft, result.right(), rebuilt);
        double norm = CommonOps_DDRM.elementMaxAbs(product);
        for (int i = 0; i < product.data.length; i++) {
            assertEquals(product.data[i], rebuilt.data[i], 1e-12 * norm, "entry " + i);
        }
        assertOrthonormalColumns(result.left());
        assertOrthonormalColumns(result.right());
    }

    @Test
    void decompose_signsLeftVectorsPositive() {
        Random random = new Random(5);
        LowRankSvd_DDRM.Result result = LowRankSvd_DDRM.decompose(
                KnownAdapter.gaussian(20, 3, random), KnownAdapter.gaussian(3, 10, random), -1);

        for (int i = 0; i < 3; i++) {
            double[] left = column(result.left(), i);
            double largest = 0;
            for (double entry : left) {
                largest = Math.abs(entry) > Math.abs(largest) ? entry : largest;
            }
            assertTrue(largest > 0, "direction " + i);
        }
    }

    @Test
    void decompose_returnsZerosForZeroFactor() {
        Random random = new Random(9);
        LowRankSvd_DDRM.Result result = LowRankSvd_DDRM.decompose(new DMatrixRMaj(12, 2),
                KnownAdapter.gaussian(2, 8, random), 1);

        assertEquals(0.0, result.singularValues()[0], 0.0);
        assertEquals(0.0, result.singularValues()[1], 0.0);
    }

    @Test
    void decompose_handlesRankDeficientFactor() {
        Random random = new Random(11);
        DMatrixRMaj b = KnownAdapter.gaussian(15, 3, random);
        for (int row = 0; row < b.numRows; row++) {
            b.set(row, 2, 2 * b.get(row, 0));
        }
        DMatrixRMaj a = KnownAdapter.gaussian(3, 9, random);
        DMatrixRMaj product = new DMatrixRMaj(15, 9);
        CommonOps_DDRM.mult(b, a, product);

        LowRankSvd_DDRM.Result result = LowRankSvd_DDRM.decompose(b, a, 1);

        double[] dense = SingularOps_DDRM.singularValues(product);
        java.util.Arrays.sort(dense);
        assertEquals(dense[dense.length - 1], result.singularValues()[0], 1e-10 * dense[8]);
        assertEquals(dense[dense.length - 2], result.singularValues()[1], 1e-10 * dense[8]);
        assertEquals(0.0, result.singularValues()[2], 1e-12 * dense[8]);
        assertOrthonormalColumns(result.left());
        assertOrthonormalColumns(result.right());
    }

    @Test
    void decompose_rejectsFactorsThatDoNotChain() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LowRankSvd_DDRM.decompose(new DMatrixRMaj(5, 3), new DMatrixRMaj(4, 6),
                        1));

        assertEquals("B is 5 x 3 and A is 4 x 6; B's columns must equal A's rows",
                error.getMessage());
    }

    static double[] column(DMatrixRMaj matrix, int column) {
        double[] values = new double[matrix.numRows];
        for (int row = 0; row < values.length; row++) {
            values[row] = matrix.get(row, column);
        }
        return values;
    }

    /** Asserts that two unit vectors agree up to sign. */
    static void assertParallel(double[] expected, double[] actual, double tolerance,
            String what) {
        double dot = 0;
        for (int i = 0; i < expected.length; i++) {
            dot += expected[i] * actual[i];
        }
        double sign = Math.signum(dot);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], sign * actual[i], tolerance, what + ", entry " + i);
        }
    }

    private static void assertOrthonormalColumns(DMatrixRMaj matrix) {
        DMatrixRMaj gram = new DMatrixRMaj(matrix.numCols, matrix.numCols);
        CommonOps_DDRM.multTransA(matrix, matrix, gram);
        for (int i = 0; i < gram.numRows; i++) {
            for (int j = 0; j < gram.numCols; j++) {
                assertEquals(i == j ? 1.0 : 0.0, gram.get(i, j), 1e-12, "Gram " + i + "," + j);
            }
        }
    }
}
