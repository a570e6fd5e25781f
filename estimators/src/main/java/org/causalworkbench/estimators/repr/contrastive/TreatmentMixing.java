package org.causalworkbench.estimators.repr.contrastive;

import java.util.SplittableRandom;

/**
 * A fixed random injective map from the 5 treatment latents [t<sub>C</sub>, t<sub>N</sub>] to a
 * 32-dimensional observed treatment: t = W<sub>2</sub> lrelu(W<sub>1</sub> z + b<sub>1</sub>)
 * passed once more through lrelu, with leaky-ReLU slope 0.2.
 *
 * <p>W<sub>1</sub> (32 x 5) has full column rank and W<sub>2</sub> (32 x 32) is invertible with
 * probability 1 for Gaussian entries, and leaky ReLU is a bijection of each coordinate, so the
 * map is injective: every latent combination gives a different treatment.
 */
final class TreatmentMixing {

    /** Width of the observed treatment. */
    static final int WIDTH = 32;

    private static final double SLOPE = 0.2;

    private final double[][] first;
    private final double[] firstBias;
    private final double[][] second;

    TreatmentMixing(int latentWidth, SplittableRandom random) {
        first = new double[WIDTH][latentWidth];
        firstBias = new double[WIDTH];
        second = new double[WIDTH][WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            for (int j = 0; j < latentWidth; j++) {
                first[i][j] = random.nextGaussian();
            }
            firstBias[i] = 0.5 * random.nextGaussian();
            for (int j = 0; j < WIDTH; j++) {
                second[i][j] = random.nextGaussian() / Math.sqrt(WIDTH);
            }
        }
    }

    /** Returns the observed treatment of the latents {@code z}. */
    double[] apply(double[] z) {
        double[] hidden = new double[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            double sum = firstBias[i];
            for (int j = 0; j < z.length; j++) {
                sum += first[i][j] * z[j];
            }
            hidden[i] = leaky(sum);
        }
        double[] out = new double[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            double sum = 0;
            for (int j = 0; j < WIDTH; j++) {
                sum += second[i][j] * hidden[j];
            }
            out[i] = leaky(sum);
        }
        return out;
    }

    private static double leaky(double x) {
        return x > 0 ? x : SLOPE * x;
    }
}
