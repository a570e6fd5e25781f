package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class PrincipalPlaneTest {

    @Test
    void project_keepsTwoColumnsAsIs() {
        DMatrixRMaj rows = new DMatrixRMaj(new double[][] {{1, 2}, {3, 4}, {5, 7}});

        double[][] plane = PrincipalPlane.project(rows);

        assertArrayEquals(new double[] {1, 3, 5}, plane[0]);
        assertArrayEquals(new double[] {2, 4, 7}, plane[1]);
    }

    @Test
    void project_findsPlaneOfRankTwoData() {
        // Rows span two orthogonal directions in R^4 with SDs 3 and 1, plus no noise, so the
        // first two components keep all the variance and the first has the larger share.
        SplittableRandom random = new SplittableRandom(4);
        double[] u = {0.5, 0.5, 0.5, 0.5};
        double[] v = {0.5, -0.5, 0.5, -0.5};
        int n = 200;
        DMatrixRMaj rows = new DMatrixRMaj(n, 4);
        double total = 0;
        for (int i = 0; i < n; i++) {
            double a = 3 * random.nextGaussian();
            double b = random.nextGaussian();
            for (int j = 0; j < 4; j++) {
                rows.set(i, j, 10 + a * u[j] + b * v[j]);
            }
        }
        double[] means = new double[4];
        for (int j = 0; j < 4; j++) {
            for (int i = 0; i < n; i++) {
                means[j] += rows.get(i, j) / n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                total += Math.pow(rows.get(i, j) - means[j], 2);
            }
        }

        double[][] plane = PrincipalPlane.project(rows);

        double first = sumOfSquares(plane[0]);
        double second = sumOfSquares(plane[1]);
        assertEquals(total, first + second, 1e-8 * total);
        assertEquals(true, first > 4 * second, "first " + first + ", second " + second);
        assertEquals(0, mean(plane[0]), 1e-9);
    }

    private static double sumOfSquares(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
