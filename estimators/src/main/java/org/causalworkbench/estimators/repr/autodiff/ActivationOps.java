package org.causalworkbench.estimators.repr.autodiff;

import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * Element-wise functions of tape nodes. Each reverse rule multiplies the output gradient by the
 * derivative, computed from the recorded input or output value.
 */
public final class ActivationOps {

    private ActivationOps() {
    }

    /** Derivative of one entry from its input x and output y. */
    @FunctionalInterface
    private interface Derivative {
        double at(double x, double y);
    }

    /** Returns max(x, 0). At x = 0 the rule uses the derivative 0. */
    public static Node relu(Node a) {
        return elementWise(a, x -> x > 0 ? x : 0, (x, y) -> x > 0 ? 1 : 0);
    }

    /**
     * Returns x for x &gt; 0 and {@code slope} x otherwise.
     *
     * @param slope the slope on the negative side, finite
     */
    public static Node leakyRelu(Node a, double slope) {
        if (!Double.isFinite(slope)) {
            throw new IllegalArgumentException("leaky-ReLU slope must be finite, got " + slope);
        }
        return elementWise(a, x -> x > 0 ? x : slope * x, (x, y) -> x > 0 ? 1 : slope);
    }

    /** Returns tanh(x). */
    public static Node tanh(Node a) {
        return elementWise(a, Math::tanh, (x, y) -> 1 - y * y);
    }

    /** Returns 1 / (1 + exp(-x)), evaluated without overflow for large |x|. */
    public static Node sigmoid(Node a) {
        return elementWise(a, ActivationOps::stableSigmoid, (x, y) -> y * (1 - y));
    }

    /** Returns exp(x). */
    public static Node exp(Node a) {
        return elementWise(a, Math::exp, (x, y) -> y);
    }

    /**
     * Returns the natural logarithm.
     *
     * @throws IllegalArgumentException if an entry is not positive
     */
    public static Node log(Node a) {
        double[] values = a.value().data;
        for (int i = 0; i < a.value().getNumElements(); i++) {
            if (!(values[i] > 0)) {
                throw new IllegalArgumentException("log needs positive entries, got " + values[i]
                        + " at row " + i / a.cols() + ", column " + i % a.cols()
                        + "; use LossOps or SoftmaxOps for log-probabilities of logits");
            }
        }
        return elementWise(a, Math::log, (x, y) -> 1 / x);
    }

    static double stableSigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    private static Node elementWise(Node a, DoubleUnaryOperator function, Derivative derivative) {
        int n = a.value().getNumElements();
        double[] x = a.value().data;
        DMatrixRMaj out = new DMatrixRMaj(a.rows(), a.cols());
        for (int i = 0; i < n; i++) {
            out.data[i] = function.applyAsDouble(x[i]);
        }
        return a.tape().record(out, g -> {
            double[] da = a.gradientBuffer().data;
            for (int i = 0; i < n; i++) {
                da[i] += g.data[i] * derivative.at(x[i], out.data[i]);
            }
        }, a);
    }
}
