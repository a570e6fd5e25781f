package org.causalworkbench.estimators.obsexp.simulate;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.obsexp.ObservationalCate;

/**
 * Generates the linear variant of the IHDP-style semi-synthetic simulation of Fawkes et al.
 * (2025) on a synthetic {@link IhdpLikeCovariates} table: a large observational sample with a
 * linear confounded CATE, and a small RCT restricted to the rows with cig = 1 (mother smoked
 * during pregnancy) and sex = 1.
 *
 * <p>The steps, where each random step draws from its own stream:
 * <ol>
 *   <li>Draw the table and z-score its six continuous columns with the sample mean and the
 *       sample SD (denominator n - 1). Other columns stay raw, with first coded 1/2.</li>
 *   <li>Draw sparse weights \( w_0 = N(0, 1)^{28} \odot \text{Bernoulli}(W_{prop}) \) and
 *       \( w_1 = N(0, 1)^{28} \odot \text{Bernoulli}(WT_{prop}) \), so
 *       \( \tilde\mu_t(x) = x^\top w_0 + t\, x^\top w_1 \).</li>
 *   <li>Draw h0 and h1, independent 28-dimensional {@link RandomFourierFunction}s.</li>
 *   <li>Observational: n_O rows with replacement from the table, \( T \sim \text{Bernoulli}(q) \)
 *       with a constant q because the real treat column is not available, and
 *       \( Y = \tilde\mu_T(x) + \sigma\varepsilon \).</li>
 *   <li>Fit \( \hat\omega(x) = x^\top \hat\beta \) by OLS of Y on [X, X∘T] with no intercept,
 *       \( \hat\beta \) being the X∘T block, through
 *       {@link ObservationalCate#fitInteraction(double[][], double[], double[])}.</li>
 *   <li>RCT: n_E rows with replacement from the rows with cig = 1 and sex = 1,
 *       \( T \sim \text{Bernoulli}(\pi) \) and
 *       \( Y = \tilde\mu_T(x) + (1 - T)h_0(x) + T h_1(x) + \sigma\varepsilon \).</li>
 *   <li>Evaluation: rows with replacement from the RCT rows (inside the support) and from the
 *       whole table (outside), or from the table without the RCT rows when set by
 *       {@link #withOutOfSupportExcludingRctRows(boolean)}.</li>
 * </ol>
 * The truth is \( \tau(x) = x^\top w_1 + h_1(x) - h_0(x) \) and \( \Delta = \tau - \hat\omega \).
 *
 * <ul>
 *   <li>The same seed gives the same data.</li>
 *   <li>Over draws of the functions, Var(h1 - h0) = 2 at every point, since each RFF function
 *       has unit variance.</li>
 *   <li>By default about 18 % of the out-of-support rows are RCT-type rows, because
 *       P(cig = 1, sex = 1) = .351 · .507 in the synthetic table, as in the authors' scheme.</li>
 * </ul>
 *
 * <p><strong>Limitations.</strong> Only the linear variant: the robust variant with
 * \( \sqrt{|x|} \) features is not implemented. The table is synthetic with independent columns
 * ({@link IhdpLikeCovariates}). The default table size of 1000 rows is a round number chosen
 * here, not the size of the real table.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 *
 * <p>Reference: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), The hardness of
 * validating observational studies with experimental data, arXiv:2503.14795.
 */
public final class IhdpLikeSimulation {

    private static final IhdpLikeSimulation DEFAULTS = new IhdpLikeSimulation(
            new IhdpLikeSettings(1000, 400, 2000, 0.5, 0.5, 0.2, 0.2, 0.5, 1500,
                    GpGapSimulation.DEFAULT_LENGTHSCALE, 500, 2000, false));

    private final IhdpLikeSettings settings;

    private IhdpLikeSimulation(IhdpLikeSettings settings) {
        this.settings = settings;
    }

    /**
     * Returns the simulation with the settings of the authors' linear configuration: π = 0.5,
     * n_E = 400, n_O = 2000, W_prop = WT_prop = 0.2, plus σ = 0.5, observational P(T = 1) = 0.5,
     * S = 1500 features of lengthscale 0.6931, 500 and 2000 evaluation rows and a table of 1000
     * rows.
     */
    public static IhdpLikeSimulation withDefaults() {
        return DEFAULTS;
    }

    /** Returns the current settings. */
    public IhdpLikeSettings settings() {
        return settings;
    }

    /** Returns a copy with another number of synthetic table rows, at least 2. */
    public IhdpLikeSimulation withTableSize(int rows) {
        return new IhdpLikeSimulation(settings.withTableSize(rows));
    }

    /** Returns a copy with other RCT and observational sizes, each at least 1. */
    public IhdpLikeSimulation withSampleSizes(int experimental, int observational) {
        return new IhdpLikeSimulation(settings.withSampleSizes(experimental, observational));
    }

    /** Returns a copy with other treatment probabilities, each strictly inside (0, 1). */
    public IhdpLikeSimulation withTreatmentProbabilities(double rct, double observational) {
        return new IhdpLikeSimulation(settings.withTreatmentProbabilities(rct, observational));
    }

    /** Returns a copy with other W_prop and WT_prop, each in [0, 1]. */
    public IhdpLikeSimulation withWeightProportions(double base, double interaction) {
        return new IhdpLikeSimulation(settings.withWeightProportions(base, interaction));
    }

    /** Returns a copy with another outcome noise standard deviation, zero or positive. */
    public IhdpLikeSimulation withNoiseSd(double sigma) {
        return new IhdpLikeSimulation(settings.withNoiseSd(sigma));
    }

    /** Returns a copy whose h0 and h1 have another feature count and lengthscale. */
    public IhdpLikeSimulation withGapFunction(int featureCount, double lengthscale) {
        return new IhdpLikeSimulation(settings.withGapFunction(featureCount, lengthscale));
    }

    /** Returns a copy with other numbers of evaluation rows inside and outside, each >= 1. */
    public IhdpLikeSimulation withEvaluationSizes(int inSupport, int outOfSupport) {
        return new IhdpLikeSimulation(settings.withEvaluationSizes(inSupport, outOfSupport));
    }

    /** Returns a copy whose out-of-support rows skip, or not, the RCT-type rows. */
    public IhdpLikeSimulation withOutOfSupportExcludingRctRows(boolean exclude) {
        return new IhdpLikeSimulation(settings.withOutOfSupportExcludingRctRows(exclude));
    }

    /**
     * Generates one data set.
     *
     * @param seed the seed. The same seed and settings give the same data.
     * @return the data, with the columns of {@link IhdpLikeCovariates#COLUMNS}
     * @throws IllegalStateException if the drawn table has no row with cig = 1 and sex = 1, or
     *     only such rows while they are excluded from the out-of-support rows
     * @throws DataFormatException if the observational regression for ω̂ is rank-deficient, for
     *     example with fewer than 56 observational rows or a covariate that is 0 in every
     *     treated row
     */
    public SimulatedData generate(long seed) {
        double[][] table = IhdpLikeCovariates.generate(settings.tableSize(),
                SimulationRandom.stream(seed, 0));
        standardiseContinuous(table);
        List<Integer> rctRows = new ArrayList<>();
        List<Integer> otherRows = new ArrayList<>();
        for (int i = 0; i < table.length; i++) {
            boolean rctType = table[i][IhdpLikeCovariates.CIG] == 1
                    && table[i][IhdpLikeCovariates.SEX] == 1;
            (rctType ? rctRows : otherRows).add(i);
        }
        List<Integer> outRows = settings.outOfSupportExcludesRctRows() ? otherRows : allRows(table);
        checkNotEmpty(rctRows, "with cig = 1 and sex = 1");
        checkNotEmpty(outRows, "outside the RCT support");

        int d = IhdpLikeCovariates.COLUMNS.size();
        RandomGenerator weightRandom = SimulationRandom.stream(seed, 1);
        double[] baseWeights = sparseWeights(weightRandom, d, settings.baseWeightProportion());
        double[] interactionWeights =
                sparseWeights(weightRandom, d, settings.interactionWeightProportion());
        RandomFourierFunction h0 = RandomFourierFunction.draw(d, settings.featureCount(),
                settings.lengthscale(), SimulationRandom.stream(seed, 2));
        RandomFourierFunction h1 = RandomFourierFunction.draw(d, settings.featureCount(),
                settings.lengthscale(), SimulationRandom.stream(seed, 3));

        RowSample observational = drawRows(SimulationRandom.stream(seed, 4), table,
                allRows(table), settings.observationalSize(),
                settings.observationalTreatmentProbability());
        for (int i = 0; i < observational.y.length; i++) {
            observational.y[i] += confoundedMean(observational, i, baseWeights,
                    interactionWeights);
        }
        double[] omegaCoefficients = ObservationalCate.fitInteraction(observational.x,
                toDoubles(observational.t), observational.y).cateCoefficients();
        IhdpLikeTruth truth = new IhdpLikeTruth(interactionWeights, omegaCoefficients, h0, h1);

        RowSample experimental = drawRows(SimulationRandom.stream(seed, 5), table, rctRows,
                settings.experimentalSize(), settings.treatmentProbability());
        for (int i = 0; i < experimental.y.length; i++) {
            experimental.y[i] += confoundedMean(experimental, i, baseWeights, interactionWeights)
                    + truth.armShift(experimental.t[i], experimental.x[i]);
        }

        double[][] inPoints = pickRows(SimulationRandom.stream(seed, 6), table, rctRows,
                settings.inSupportSize());
        double[][] outPoints = pickRows(SimulationRandom.stream(seed, 7), table, outRows,
                settings.outOfSupportSize());
        return new SimulatedData(IhdpLikeCovariates.COLUMNS, settings.treatmentProbability(),
                seed, SimulatedSample.of(experimental.x, experimental.t, experimental.y, truth),
                SimulatedSample.of(observational.x, observational.t, observational.y, truth),
                EvaluationPoints.evaluate(inPoints, truth),
                EvaluationPoints.evaluate(outPoints, truth), truth);
    }

    /** Z-scores the continuous columns in place with the sample mean and SD (n - 1). */
    static void standardiseContinuous(double[][] table) {
        int n = table.length;
        for (int j = 0; j < IhdpLikeCovariates.CONTINUOUS_COUNT; j++) {
            double mean = 0;
            for (double[] row : table) {
                mean += row[j];
            }
            mean /= n;
            double sumOfSquares = 0;
            for (double[] row : table) {
                sumOfSquares += (row[j] - mean) * (row[j] - mean);
            }
            double sd = Math.sqrt(sumOfSquares / (n - 1));
            for (double[] row : table) {
                row[j] = (row[j] - mean) / sd;
            }
        }
    }

    private static double[] sparseWeights(RandomGenerator random, int d, double proportion) {
        double[] weights = new double[d];
        for (int j = 0; j < d; j++) {
            weights[j] = random.nextGaussian();
        }
        for (int j = 0; j < d; j++) {
            weights[j] *= SimulationRandom.bernoulli(random, proportion);
        }
        return weights;
    }

    private static double confoundedMean(RowSample sample, int i, double[] baseWeights,
            double[] interactionWeights) {
        double[] x = sample.x[i];
        return IhdpLikeTruth.dot(x, baseWeights)
                + sample.t[i] * IhdpLikeTruth.dot(x, interactionWeights);
    }

    /**
     * Draws rows with replacement, a treatment for each and the noise term of its outcome. The
     * caller adds the mean.
     */
    private RowSample drawRows(RandomGenerator random, double[][] table, List<Integer> rows,
            int size, double treatmentProbability) {
        RowSample sample = new RowSample(size);
        for (int i = 0; i < size; i++) {
            sample.x[i] = table[rows.get(random.nextInt(rows.size()))].clone();
            sample.t[i] = SimulationRandom.bernoulli(random, treatmentProbability);
            sample.y[i] = settings.noiseSd() * random.nextGaussian();
        }
        return sample;
    }

    private static double[][] pickRows(RandomGenerator random, double[][] table,
            List<Integer> rows, int size) {
        double[][] points = new double[size][];
        for (int i = 0; i < size; i++) {
            points[i] = table[rows.get(random.nextInt(rows.size()))].clone();
        }
        return points;
    }

    private static double[] toDoubles(int[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static List<Integer> allRows(double[][] table) {
        List<Integer> rows = new ArrayList<>(table.length);
        for (int i = 0; i < table.length; i++) {
            rows.add(i);
        }
        return rows;
    }

    private void checkNotEmpty(List<Integer> rows, String description) {
        if (rows.isEmpty()) {
            throw new IllegalStateException("the synthetic table of " + settings.tableSize()
                    + " rows has no row " + description + "; increase the table size.");
        }
    }

    /** Covariates, treatments and outcomes being filled in by {@link #generate(long)}. */
    private static final class RowSample {
        final double[][] x;
        final int[] t;
        final double[] y;

        RowSample(int size) {
            x = new double[size][];
            t = new int[size];
            y = new double[size];
        }
    }
}
