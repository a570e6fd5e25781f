package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** Checks the Cholesky factorisation with jitter on definite, singular and indefinite input. */
class JitteredCholeskyTest {

    private static DMatrixRMaj reconstruct(DMatrixRMaj lower) {
        DMatrixRMaj product = new DMatrixRMaj(lower.numRows, lower.numRows);
        CommonOps_DDRM.multTransB(lower, lower, product);
        return product;
    }

    @Test
    void decompose_needsNoJitter_positiveDefinite() {
        DMatrixRMaj matrix = new DMatrixRMaj(new double[][] {{4, 2, 0.4}, {2, 3, 0.5},
            {0.4, 0.5, 2}});
        DMatrixRMaj original = matrix.copy();
        DMatrixRMaj lower = new DMatrixRMaj(1, 1);

        double jitter = new JitteredCholesky_DDRM().decompose(matrix, lower);

        assertEquals(0.0, jitter);
        assertEquals(0.0, lower.get(0, 2), "upper triangle is zero");
        DMatrixRMaj product = reconstruct(lower);
        for (int i = 0; i < 9; i++) {
            assertEquals(original.data[i], product.data[i], 1e-14, "entry " + i);
            assertEquals(original.data[i], matrix.data[i], "input not modified");
        }
    }

    @Test
    void decompose_addsInitialJitter_repeatedRow() {
        double[][] values = new double[4][4];
        double[] x = {0.0, 0.3, 0.3, 1.1};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                values[i][j] = Math.exp(-0.5 * (x[i] - x[j]) * (x[i] - x[j]));
            }
        }
        DMatrixRMaj matrix = new DMatrixRMaj(values);
        DMatrixRMaj lower = new DMatrixRMaj(4, 4);

        double jitter = new JitteredCholesky_DDRM().decompose(matrix, lower);

        assertEquals(JitteredCholesky_DDRM.INITIAL_JITTER, jitter);
        DMatrixRMaj product = reconstruct(lower);
        for (int i = 0; i < 4; i++) {
            assertEquals(values[i][i] + jitter, product.get(i, i), 1e-12, "diagonal " + i);
        }
    }

    @Test
    void decompose_raisesJitterTenfold_untilItSucceeds() {
        // Eigenvalues 1 and -5e-5, so jitter 1e-4 is the first that makes the matrix definite.
        double a = (1 - 5e-5) / 2;
        double b = (1 + 5e-5) / 2;
        DMatrixRMaj matrix = new DMatrixRMaj(new double[][] {{a, b}, {b, a}});
        DMatrixRMaj lower = new DMatrixRMaj(2, 2);

        double jitter = new JitteredCholesky_DDRM().decompose(matrix, lower);

        assertEquals(1e-4, jitter, 1e-18);
    }

    @Test
    void decompose_throwsSingular_beyondMaxJitter() {
        DMatrixRMaj matrix = new DMatrixRMaj(new double[][] {{1, 0}, {0, -1}});
        DMatrixRMaj lower = new DMatrixRMaj(2, 2);

        SingularKernelMatrixException error = assertThrows(SingularKernelMatrixException.class,
                () -> new JitteredCholesky_DDRM().decompose(matrix, lower));

        assertTrue(error.getMessage().startsWith("kernel matrix is singular"),
                error.getMessage());
        assertEquals(JitteredCholesky_DDRM.DEFAULT_MAX_JITTER, error.maxJitter());
    }

    @Test
    void decompose_triesNoJitter_maxJitterZero() {
        DMatrixRMaj matrix = new DMatrixRMaj(new double[][] {{1, 1}, {1, 1}});
        DMatrixRMaj lower = new DMatrixRMaj(2, 2);

        assertThrows(SingularKernelMatrixException.class,
                () -> new JitteredCholesky_DDRM(0).decompose(matrix, lower));
    }

    @Test
    void decompose_rejectsInvalidInput() {
        DMatrixRMaj lower = new DMatrixRMaj(2, 2);

        assertThrows(IllegalArgumentException.class,
                () -> new JitteredCholesky_DDRM().decompose(new DMatrixRMaj(2, 3), lower));
        assertThrows(SingularKernelMatrixException.class, () -> new JitteredCholesky_DDRM()
                .decompose(new DMatrixRMaj(new double[][] {{Double.NaN}}), lower));
        assertThrows(IllegalArgumentException.class, () -> new JitteredCholesky_DDRM(-1));
    }
}
