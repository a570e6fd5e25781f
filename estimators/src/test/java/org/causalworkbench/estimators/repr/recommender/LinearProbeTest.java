package org.causalworkbench.estimators.repr.recommender;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class LinearProbeTest {

    @Test
    void heldOutR2_isOneForLinearTarget() {
        SplittableRandom random = new SplittableRandom(4);
        DMatrixRMaj x = new DMatrixRMaj(200, 3);
        DMatrixRMaj y = new DMatrixRMaj(200, 2);
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < 3; j++) {
                x.set(i, j, random.nextGaussian());
            }
            y.set(i, 0, 2 * x.get(i, 0) - x.get(i, 2) + 5);
            y.set(i, 1, x.get(i, 1));
        }

        assertEquals(1.0, LinearProbe.heldOutR2(x, y), 1e-12);
    }

    @Test
    void heldOutR2_redundantColumnsIgnored() {
        SplittableRandom random = new SplittableRandom(8);
        DMatrixRMaj single = new DMatrixRMaj(100, 1);
        DMatrixRMaj doubled = new DMatrixRMaj(100, 2);
        DMatrixRMaj withConstant = new DMatrixRMaj(100, 2);
        DMatrixRMaj y = new DMatrixRMaj(100, 1);
        for (int i = 0; i < 100; i++) {
            double x = random.nextGaussian();
            single.set(i, 0, x);
            doubled.set(i, 0, x);
            doubled.set(i, 1, 2 * x);
            withConstant.set(i, 0, x);
            withConstant.set(i, 1, 3.0);
            y.set(i, 0, x + 0.5 * random.nextGaussian());
        }

        double expected = LinearProbe.heldOutR2(single, y);
        assertTrue(expected > 0.5, "the single-column probe should explain most variance");
        assertEquals(expected, LinearProbe.heldOutR2(doubled, y), 1e-9);
        assertEquals(expected, LinearProbe.heldOutR2(withConstant, y), 1e-9);
    }

    @Test
    void heldOutR2_isNearZeroForIndependentTarget() {
        SplittableRandom random = new SplittableRandom(5);
        DMatrixRMaj x = new DMatrixRMaj(2000, 4);
        DMatrixRMaj y = new DMatrixRMaj(2000, 1);
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = random.nextGaussian();
        }
        for (int i = 0; i < 2000; i++) {
            y.set(i, 0, random.nextGaussian());
        }

        double r2 = LinearProbe.heldOutR2(x, y);

        assertTrue(Math.abs(r2) < 0.02, "R2 of independent noise was " + r2);
    }

    @Test
    void heldOutR2_halfExplainedVariance() {
        // y = x + e with var(x) = var(e) = 1, so the population R2 is 0.5.
        SplittableRandom random = new SplittableRandom(6);
        DMatrixRMaj x = new DMatrixRMaj(20_000, 1);
        DMatrixRMaj y = new DMatrixRMaj(20_000, 1);
        for (int i = 0; i < 20_000; i++) {
            x.data[i] = random.nextGaussian();
            y.data[i] = x.data[i] + random.nextGaussian();
        }

        assertEquals(0.5, LinearProbe.heldOutR2(x, y), 0.02);
    }

    @Test
    void heldOutR2_rejectsTooFewRows() {
        assertThrows(IllegalArgumentException.class,
                () -> LinearProbe.heldOutR2(new DMatrixRMaj(5, 4), new DMatrixRMaj(5, 1)));
    }
}
