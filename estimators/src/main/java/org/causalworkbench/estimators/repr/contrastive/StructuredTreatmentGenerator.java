package org.causalworkbench.estimators.repr.contrastive;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Generates the structured-treatment toy with known effects.
 *
 * <ul>
 *   <li>Covariates X ~ N(0, I<sub>5</sub>).</li>
 *   <li>Confounded treatment latents: T<sub>C</sub> = A<sub>C</sub> X + sigma<sub>C</sub>
 *       e<sub>C</sub> in R<sup>2</sup> and T<sub>N</sub> = A<sub>N</sub> X + sigma<sub>N</sub>
 *       e<sub>N</sub> in R<sup>3</sup>, with standard normal noise. The entries of
 *       A<sub>C</sub> are N(0, 0.36 / 5) and those of A<sub>N</sub> are N(0, s<sup>2</sup> / 5)
 *       for the confounding strength s, so each latent's covariate part has variance about
 *       0.36 or s<sup>2</sup>.</li>
 *   <li>Observed treatment T = f(T<sub>C</sub>, T<sub>N</sub>) in R<sup>32</sup>, a fixed
 *       random injective leaky-ReLU network ({@link TreatmentMixing}).</li>
 *   <li>Outcome Y = beta<sup>T</sup> X + (1 + 0.5 X<sub>1</sub>) w<sup>T</sup> T<sub>C</sub>
 *       + sin(T<sub>C,2</sub>) + sigma<sub>Y</sub> e with w = (1, 0.5), beta drawn with norm 0.7,
 *       and X<sub>1</sub> the first covariate. Y depends on T only through T<sub>C</sub>.</li>
 *   <li>Held-out region: the latent combinations with both T<sub>C,1</sub> and T<sub>N,1</sub>
 *       above h of their standard deviations. Training units (X, T<sub>C</sub>,
 *       T<sub>N</sub>) are drawn from the observational model and rejected when they fall
 *       inside it, so each latent's range is seen but not the combination.</li>
 *   <li>Test contrasts: fresh covariates x, an unseen treatment whose latents come from an
 *       observational draw accepted only inside the held-out region, and a reference
 *       treatment from a draw accepted only outside it. Both treatments come from draws
 *       independent of x, as under an intervention, so their T<sub>N</sub> carries no
 *       information about x.</li>
 * </ul>
 *
 * <p>The matrices A<sub>C</sub>, A<sub>N</sub>, beta and the mixing depend on the seed, as do
 * the samples.
 *
 * <p><strong>Limitations.</strong> A toy with known ground truth: the "structured" treatment is
 * a 32-dimensional vector, not text, a graph or a molecule.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class StructuredTreatmentGenerator {

    /** Number of covariates. */
    public static final int COVARIATES = 5;
    /** Number of causal treatment latents. */
    public static final int CAUSAL_LATENTS = 2;
    /** Number of non-causal treatment latents. */
    public static final int NON_CAUSAL_LATENTS = 3;
    /** Width of the observed treatment. */
    public static final int TREATMENT_WIDTH = TreatmentMixing.WIDTH;

    private static final double CAUSAL_LOADING = 0.6;
    private static final double CAUSAL_NOISE = 0.8;
    private static final double OUTCOME_NOISE = 0.3;
    private static final double COVARIATE_EFFECT_NORM = 0.7;
    private static final double[] CAUSAL_WEIGHTS = {1.0, 0.5};
    private static final int MAX_DRAWS_PER_UNIT = 10_000;

    /** The smallest number of training units, enough for the probes of every method. */
    public static final int MIN_TRAINING_SIZE = 100;

    private final int trainingSize;
    private final int testSize;
    private final double confoundingStrength;
    private final double nonCausalNoise;
    private final double holdOutThreshold;

    private StructuredTreatmentGenerator(int trainingSize, int testSize,
            double confoundingStrength, double nonCausalNoise, double holdOutThreshold) {
        if (trainingSize < MIN_TRAINING_SIZE) {
            // The held-out probe of the raw 32-column treatment fits on half the units.
            throw new IllegalArgumentException("training size must be at least "
                    + MIN_TRAINING_SIZE + " units, got " + trainingSize);
        }
        if (testSize < 10) {
            throw new IllegalArgumentException("test size must be at least 10 contrasts, got "
                    + testSize);
        }
        if (!(confoundingStrength >= 0) || confoundingStrength > 10) {
            throw new IllegalArgumentException("confounding strength s scales how strongly the"
                    + " non-causal latents follow X and must lie in [0, 10], got "
                    + confoundingStrength);
        }
        if (!(nonCausalNoise > 0) || nonCausalNoise > 10) {
            throw new IllegalArgumentException("non-causal noise must lie in (0, 10], got "
                    + nonCausalNoise + "; without noise the non-causal latents are a function"
                    + " of X");
        }
        if (!(holdOutThreshold >= 0) || holdOutThreshold > 2) {
            throw new IllegalArgumentException("hold-out threshold h is in standard deviations"
                    + " and must lie in [0, 2], got " + holdOutThreshold);
        }
        this.trainingSize = trainingSize;
        this.testSize = testSize;
        this.confoundingStrength = confoundingStrength;
        this.nonCausalNoise = nonCausalNoise;
        this.holdOutThreshold = holdOutThreshold;
    }

    /**
     * Returns 4,000 training units, 1,000 test contrasts, confounding strength 1, non-causal
     * noise 0.5 and hold-out threshold 0.5.
     */
    public static StructuredTreatmentGenerator withDefaults() {
        return new StructuredTreatmentGenerator(4000, 1000, 1.0, 0.5, 0.5);
    }

    /** Returns a copy with another number of training units, at least 100. */
    public StructuredTreatmentGenerator withTrainingSize(int newTrainingSize) {
        return new StructuredTreatmentGenerator(newTrainingSize, testSize, confoundingStrength,
                nonCausalNoise, holdOutThreshold);
    }

    /** Returns a copy with another number of test contrasts, at least 10. */
    public StructuredTreatmentGenerator withTestSize(int newTestSize) {
        return new StructuredTreatmentGenerator(trainingSize, newTestSize, confoundingStrength,
                nonCausalNoise, holdOutThreshold);
    }

    /** Returns a copy with another scale s in [0, 10] of A<sub>N</sub>. */
    public StructuredTreatmentGenerator withConfoundingStrength(double s) {
        return new StructuredTreatmentGenerator(trainingSize, testSize, s, nonCausalNoise,
                holdOutThreshold);
    }

    /** Returns a copy with another noise SD sigma<sub>N</sub> in (0, 10]. */
    public StructuredTreatmentGenerator withNonCausalNoise(double sigma) {
        return new StructuredTreatmentGenerator(trainingSize, testSize, confoundingStrength,
                sigma, holdOutThreshold);
    }

    /** Returns a copy with another hold-out threshold h in [0, 2] standard deviations. */
    public StructuredTreatmentGenerator withHoldOutThreshold(double h) {
        return new StructuredTreatmentGenerator(trainingSize, testSize, confoundingStrength,
                nonCausalNoise, h);
    }

    /** Returns the number of training units. */
    public int trainingSize() {
        return trainingSize;
    }

    /** Returns the number of test contrasts. */
    public int testSize() {
        return testSize;
    }

    /** Returns the confounding strength s. */
    public double confoundingStrength() {
        return confoundingStrength;
    }

    /**
     * Draws the world and both samples from {@code seed}.
     *
     * @throws IllegalStateException if the held-out region is so rare that a test treatment
     *     needs more than 10,000 draws
     */
    public StructuredTreatmentData generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        World world = new World(random.split());
        SplittableRandom sampling = random.split();

        DMatrixRMaj x = new DMatrixRMaj(trainingSize, COVARIATES);
        DMatrixRMaj t = new DMatrixRMaj(trainingSize, TREATMENT_WIDTH);
        DMatrixRMaj tc = new DMatrixRMaj(trainingSize, CAUSAL_LATENTS);
        DMatrixRMaj tn = new DMatrixRMaj(trainingSize, NON_CAUSAL_LATENTS);
        double[] y = new double[trainingSize];
        for (int i = 0; i < trainingSize; i++) {
            double[][] draw = world.drawUnit(false, sampling);
            double[] covariates = draw[0];
            double[] z = draw[1];
            setRow(x, i, covariates);
            setRow(t, i, world.mixing.apply(z));
            setRow(tc, i, causal(z));
            setRow(tn, i, nonCausal(z));
            y[i] = world.outcomeMean(covariates, causal(z))
                    + OUTCOME_NOISE * sampling.nextGaussian();
        }
        TreatmentSample training = new TreatmentSample(x, t, tc, tn, y);
        return new StructuredTreatmentData(training, contrasts(world, random.split()));
    }

    private UnseenContrasts contrasts(World world, SplittableRandom sampling) {
        DMatrixRMaj x = new DMatrixRMaj(testSize, COVARIATES);
        DMatrixRMaj t = new DMatrixRMaj(testSize, TREATMENT_WIDTH);
        DMatrixRMaj reference = new DMatrixRMaj(testSize, TREATMENT_WIDTH);
        DMatrixRMaj tc = new DMatrixRMaj(testSize, CAUSAL_LATENTS);
        DMatrixRMaj tn = new DMatrixRMaj(testSize, NON_CAUSAL_LATENTS);
        DMatrixRMaj referenceTc = new DMatrixRMaj(testSize, CAUSAL_LATENTS);
        double[] tau = new double[testSize];
        for (int i = 0; i < testSize; i++) {
            double[] covariates = gaussian(COVARIATES, sampling);
            double[] unseen = world.drawUnit(true, sampling)[1];
            double[] seen = world.drawUnit(false, sampling)[1];
            setRow(x, i, covariates);
            setRow(t, i, world.mixing.apply(unseen));
            setRow(reference, i, world.mixing.apply(seen));
            setRow(tc, i, causal(unseen));
            setRow(tn, i, nonCausal(unseen));
            setRow(referenceTc, i, causal(seen));
            tau[i] = world.outcomeMean(covariates, causal(unseen))
                    - world.outcomeMean(covariates, causal(seen));
        }
        return new UnseenContrasts(x, t, reference, tc, tn, referenceTc, tau);
    }

    /** The seed-dependent parts of the model. */
    private final class World {
        final double[][] causalLoadings = new double[CAUSAL_LATENTS][COVARIATES];
        final double[][] nonCausalLoadings = new double[NON_CAUSAL_LATENTS][COVARIATES];
        final double[] covariateEffects;
        final TreatmentMixing mixing;
        final double causalSd;
        final double nonCausalSd;

        World(SplittableRandom random) {
            fill(causalLoadings, CAUSAL_LOADING / Math.sqrt(COVARIATES), random);
            fill(nonCausalLoadings, confoundingStrength / Math.sqrt(COVARIATES), random);
            covariateEffects = gaussian(COVARIATES, random);
            double norm = Math.sqrt(dot(covariateEffects, covariateEffects));
            for (int j = 0; j < COVARIATES; j++) {
                covariateEffects[j] *= COVARIATE_EFFECT_NORM / norm;
            }
            mixing = new TreatmentMixing(CAUSAL_LATENTS + NON_CAUSAL_LATENTS, random);
            causalSd = Math.sqrt(dot(causalLoadings[0], causalLoadings[0])
                    + CAUSAL_NOISE * CAUSAL_NOISE);
            nonCausalSd = Math.sqrt(dot(nonCausalLoadings[0], nonCausalLoadings[0])
                    + nonCausalNoise * nonCausalNoise);
        }

        /**
         * Draws covariates and latents [T_C, T_N] from the observational model, conditioned on
         * the held-out region or on its complement by rejection.
         */
        double[][] drawUnit(boolean heldOut, SplittableRandom random) {
            for (int draw = 0; draw < MAX_DRAWS_PER_UNIT; draw++) {
                double[] x = gaussian(COVARIATES, random);
                double[] z = new double[CAUSAL_LATENTS + NON_CAUSAL_LATENTS];
                for (int k = 0; k < CAUSAL_LATENTS; k++) {
                    z[k] = dot(causalLoadings[k], x) + CAUSAL_NOISE * random.nextGaussian();
                }
                for (int k = 0; k < NON_CAUSAL_LATENTS; k++) {
                    z[CAUSAL_LATENTS + k] = dot(nonCausalLoadings[k], x)
                            + nonCausalNoise * random.nextGaussian();
                }
                if (isHeldOut(z) == heldOut) {
                    return new double[][] {x, z};
                }
            }
            throw new IllegalStateException("no draw fell " + (heldOut ? "inside" : "outside")
                    + " the held-out region in " + MAX_DRAWS_PER_UNIT + " tries; lower the"
                    + " hold-out threshold");
        }

        boolean isHeldOut(double[] z) {
            return z[0] > holdOutThreshold * causalSd
                    && z[CAUSAL_LATENTS] > holdOutThreshold * nonCausalSd;
        }

        double outcomeMean(double[] x, double[] tc) {
            return dot(covariateEffects, x)
                    + (1 + 0.5 * x[0]) * dot(CAUSAL_WEIGHTS, tc) + Math.sin(tc[1]);
        }
    }

    private static double[] causal(double[] z) {
        return new double[] {z[0], z[1]};
    }

    private static double[] nonCausal(double[] z) {
        return new double[] {z[2], z[3], z[4]};
    }

    private static void fill(double[][] matrix, double sd, SplittableRandom random) {
        for (double[] row : matrix) {
            for (int j = 0; j < row.length; j++) {
                row[j] = sd * random.nextGaussian();
            }
        }
    }

    private static double[] gaussian(int n, SplittableRandom random) {
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = random.nextGaussian();
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static void setRow(DMatrixRMaj m, int row, double[] values) {
        System.arraycopy(values, 0, m.data, row * m.numCols, values.length);
    }
}
