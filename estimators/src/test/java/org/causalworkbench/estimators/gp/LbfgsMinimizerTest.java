package org.causalworkbench.estimators.gp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.causalworkbench.estimators.CancellationToken;
import org.junit.jupiter.api.Test;

/** Checks the L-BFGS minimiser on standard test functions and on its failure paths. */
class LbfgsMinimizerTest {

    /** The extended Rosenbrock function, minimum 0 at (1, ..., 1). */
    private static double rosenbrock(double[] x, double[] gradient) {
        double value = 0;
        java.util.Arrays.fill(gradient, 0);
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            value += 100 * a * a + b * b;
            gradient[i] += -400 * a * x[i] - 2 * b;
            gradient[i + 1] += 200 * a;
        }
        return value;
    }

    @Test
    void minimize_findsRosenbrockMinimum_classicStart() {
        LbfgsMinimizer.Result result = LbfgsMinimizer.withDefaults()
                .minimize(LbfgsMinimizerTest::rosenbrock, new double[] {-1.2, 1},
                        CancellationToken.NEVER);

        assertTrue(result.converged(), result.status().toString());
        assertEquals(1.0, result.point()[0], 1e-5);
        assertEquals(1.0, result.point()[1], 1e-5);
        assertEquals(0.0, result.value(), 1e-10);
    }

    @Test
    void minimize_findsRosenbrockMinimum_tenDimensions() {
        double[] start = new double[10];
        for (int i = 0; i < start.length; i++) {
            start[i] = i % 2 == 0 ? -1.2 : 1;
        }

        LbfgsMinimizer.Result result = LbfgsMinimizer.withDefaults().withMaxIterations(1000)
                .minimize(LbfgsMinimizerTest::rosenbrock, start, CancellationToken.NEVER);

        assertTrue(result.converged(), result.status().toString());
        for (int i = 0; i < start.length; i++) {
            assertEquals(1.0, result.point()[i], 1e-4, "coordinate " + i);
        }
    }

    @Test
    void minimize_backtracksFromUndefinedPoints() {
        // f(x) = x - log x has its minimum at 1 and no value for x <= 0.
        LbfgsMinimizer.Objective objective = (x, gradient) -> {
            if (x[0] <= 0) {
                return Double.NaN;
            }
            gradient[0] = 1 - 1 / x[0];
            return x[0] - Math.log(x[0]);
        };

        LbfgsMinimizer.Result result = LbfgsMinimizer.withDefaults()
                .minimize(objective, new double[] {30}, CancellationToken.NEVER);

        assertTrue(result.converged(), result.status().toString());
        assertEquals(1.0, result.point()[0], 1e-6);
    }

    @Test
    void minimize_stopsAtIterationLimit() {
        LbfgsMinimizer.Result result = LbfgsMinimizer.withDefaults().withMaxIterations(3)
                .minimize(LbfgsMinimizerTest::rosenbrock, new double[] {-1.2, 1},
                        CancellationToken.NEVER);

        assertEquals(LbfgsMinimizer.Status.MAX_ITERATIONS, result.status());
        assertEquals(3, result.iterations());
    }

    @Test
    void minimize_rejectsNonFiniteStart() {
        LbfgsMinimizer.Objective objective = (x, gradient) -> Double.POSITIVE_INFINITY;

        assertThrows(IllegalArgumentException.class, () -> LbfgsMinimizer.withDefaults()
                .minimize(objective, new double[] {0}, CancellationToken.NEVER));
    }

    @Test
    void minimize_throwsCancellation_betweenIterations() {
        AtomicInteger checks = new AtomicInteger();
        CancellationToken cancelOnSecondCheck = () -> checks.incrementAndGet() >= 2;

        assertThrows(CancellationException.class, () -> LbfgsMinimizer.withDefaults()
                .minimize(LbfgsMinimizerTest::rosenbrock, new double[] {-1.2, 1},
                        cancelOnSecondCheck));
        assertEquals(2, checks.get());
    }
}
