package org.causalworkbench.estimators.repr.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Checks seeded initialisation: reproducible weights, the stated scales and seeded training. */
class DeterminismTest {

    @Test
    void initializers_sameSeedGivesSameWeights() {
        DMatrixRMaj first = Initializers.xavierUniform(7, 5, new SplittableRandom(42));
        DMatrixRMaj second = Initializers.xavierUniform(7, 5, new SplittableRandom(42));
        DMatrixRMaj other = Initializers.xavierUniform(7, 5, new SplittableRandom(43));

        assertArrayEquals(first.data, second.data, 0.0);
        assertFalse(Arrays.equals(first.data, other.data));
    }

    @Test
    void xavierUniform_staysWithinLimit() {
        DMatrixRMaj w = Initializers.xavierUniform(40, 60, new SplittableRandom(1));
        double limit = Math.sqrt(6.0 / 100);

        double largest = 0;
        for (double x : w.data) {
            largest = Math.max(largest, Math.abs(x));
        }

        assertTrue(largest <= limit, "largest |w| " + largest + " above " + limit);
        assertTrue(largest > 0.95 * limit, "largest |w| " + largest + " far below " + limit);
    }

    @Test
    void heNormal_hasStatedStandardDeviation() {
        DMatrixRMaj w = Initializers.heNormal(200, 100, new SplittableRandom(2));

        double sumOfSquares = 0;
        for (double x : w.data) {
            sumOfSquares += x * x;
        }
        double sampleDeviation = Math.sqrt(sumOfSquares / w.getNumElements());

        // 20 000 draws: the sample deviation is within 2 % of sqrt(2 / 100) with high probability.
        assertEquals(Math.sqrt(0.02), sampleDeviation, 0.02 * Math.sqrt(0.02));
    }

    @Test
    void seededTraining_isBitwiseReproducible() {
        double[] first = trainedWeights(7);
        double[] second = trainedWeights(7);
        double[] other = trainedWeights(8);

        assertArrayEquals(first, second, 0.0);
        assertFalse(Arrays.equals(first, other));
    }

    private static double[] trainedWeights(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ParameterSet set = new ParameterSet();
        ParameterGroup group = ParameterGroup.trainable("mlp");
        Parameter w1 = set.add("w1", Initializers.heNormal(8, 3, random), group);
        Parameter w2 = set.add("w2", Initializers.xavierNormal(1, 8, random), group);
        DMatrixRMaj x = Initializers.normal(32, 3, 1, random);
        DMatrixRMaj y = Initializers.normal(32, 1, 1, random);
        Optimizer adam = Adam.withDefaults().withLearningRate(0.01).create(set);

        TrainingLoop.run(adam, 50, (tape, step) -> {
            Node hidden = ActivationOps.relu(MatrixOps.matmulTransB(tape.constant(x),
                    tape.parameter(w1)));
            Node prediction = MatrixOps.matmulTransB(hidden, tape.parameter(w2));
            return LossOps.meanSquaredError(prediction, tape.constant(y));
        }, ProgressSink.NONE, CancellationToken.NEVER);

        double[] weights = Arrays.copyOf(w1.value().data, 32);
        System.arraycopy(w2.value().data, 0, weights, 24, 8);
        return weights;
    }
}
