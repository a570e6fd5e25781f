package org.causalworkbench.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the shipped synthetic panel {@code factor-panel.csv} from a linear factor model
 * with a known treatment effect.
 *
 * <h2>Layout</h2>
 *
 * <p>The panel has 20 units, {@code Region 01} to {@code Region 20}, observed in periods 1 to
 * 30. {@code Region 01} is the treated unit and the other 19 regions are donors. The
 * intervention starts at period 21, so periods 21 to 30 are post-intervention periods. The CSV
 * text has the header {@code region,period,outcome,treated}, one row per region and period,
 * sorted by region and then by period. The {@code treated} column is {@code True} for
 * {@code Region 01} in periods 21 to 30 and {@code False} in every other row. Outcomes are
 * rounded half-even to 4 decimals and written with a {@code .} decimal separator, and lines
 * end with {@code \n}.
 *
 * <h2>Model</h2>
 *
 * <p>Every unit i has an untreated potential outcome in period t:
 *
 * <pre>
 *   Y_it(0) = a_i + lambda_i1 * f_1t + lambda_i2 * f_2t + lambda_i3 * f_3t + e_it
 * </pre>
 *
 * <p>The K = 3 latent factors are shared by all units:
 *
 * <pre>
 *   f_1t = f_1,t-1 + 0.5 + 0.5 * u_1t,   f_1,0 = 0            (random walk with drift)
 *   f_kt = 0.8 * f_k,t-1 + u_kt,          f_k,0 ~ N(0, 1 / (1 - 0.8^2))   for k = 2, 3
 *   u_kt ~ N(0, 1), independent
 * </pre>
 *
 * <p>Factor 1 is a common upward trend, and factors 2 and 3 are stationary AR(1) processes
 * that start in their stationary distribution. Each donor draws its own parameters:
 *
 * <pre>
 *   a_i                  ~ Uniform(65, 100)
 *   lambda_i1            ~ Uniform(0.5, 1.5)
 *   lambda_i2, lambda_i3 ~ Uniform(-2, 2)
 * </pre>
 *
 * <p>The treated unit draws no parameters. Its intercept and each of its loadings are the
 * convex combination 0.4 * Region 06 + 0.3 * Region 11 + 0.2 * Region 18 + 0.1 * Region 19 of
 * those four donors' values. A synthetic control with these weights therefore reproduces the
 * treated unit's untreated outcome up to noise. These four donors were picked for this seed
 * so that the unit tests can detect likely mistakes in the combination. Reversed weights,
 * equal weights, or each donor replaced by its neighbor all leave a residual of several noise
 * standard deviations.
 *
 * <p>The idiosyncratic noise {@code e_it ~ N(0, 0.5^2)} is drawn independently for every unit
 * and period, the treated unit included, so no synthetic control fits exactly.
 *
 * <p>The observed outcome is {@code Y_it = Y_it(0) - 5} for {@code Region 01} in periods 21 to
 * 30 and {@code Y_it = Y_it(0)} otherwise. The true effect on the treated is exactly -5 in
 * every post-intervention period. With this seed the outcomes range from about 65 to 112, like
 * a rate per 1,000. A unit test checks that all of them lie between 50 and 150, which other
 * seeds or parameters need not satisfy.
 *
 * <h2>Random numbers</h2>
 *
 * <p>One {@link Random} with seed 20240917 ({@link #SEED}) supplies every draw. The output is
 * the same on every Java 17 or later JVM. The {@code java.util.Random} Javadoc specifies the
 * algorithms of {@code nextDouble} and {@code nextGaussian}, Java 17 evaluates all
 * floating-point arithmetic strictly (JEP 306), and {@code Math.sqrt} is correctly rounded.
 * Draws are taken in this order:
 *
 * <ol>
 *   <li>the starting values f_2,0 and f_3,0,
 *   <li>for t = 1 to 30, the innovations u_1t, u_2t and u_3t,
 *   <li>for Region 02 to Region 20, a_i, lambda_i1, lambda_i2 and lambda_i3,
 *   <li>for Region 01 to Region 20 and, within each region, t = 1 to 30, the noise e_it.
 * </ol>
 *
 * <p>Any change to this order or to a parameter changes the panel, so the shipped resource
 * must then be regenerated.
 *
 * <h2>Regenerating the resource</h2>
 *
 * <p>From the repository root:
 *
 * <pre>
 *   mvn -q -pl sample-data compile
 *   java -cp sample-data/target/classes org.causalworkbench.sample.FactorModelPanelGenerator \
 *       sample-data/src/main/resources/org/causalworkbench/sample/factor-panel.csv
 * </pre>
 */
public final class FactorModelPanelGenerator {

    /** Seed of the single random number generator behind every draw. */
    public static final long SEED = 20_240_917L;

    /** Number of units, the treated unit included. */
    public static final int UNIT_COUNT = 20;

    /** Number of periods, numbered from 1. */
    public static final int PERIOD_COUNT = 30;

    /** Name of the treated unit. */
    public static final String TREATED_UNIT = "Region 01";

    /** First post-intervention period. */
    public static final int INTERVENTION_PERIOD = 21;

    /** True effect of the intervention on the treated unit in every post-intervention period. */
    public static final double TRUE_EFFECT = -5.0;

    /** Standard deviation of the idiosyncratic noise e_it. */
    public static final double NOISE_STANDARD_DEVIATION = 0.5;

    /** Lower bound on every outcome in the generated panel, checked by a unit test. */
    public static final double MIN_OUTCOME = 50.0;

    /** Upper bound on every outcome in the generated panel, checked by a unit test. */
    public static final double MAX_OUTCOME = 150.0;

    static final String UNIT_COLUMN = "region";
    static final String TIME_COLUMN = "period";
    static final String OUTCOME_COLUMN = "outcome";
    static final String TREATMENT_COLUMN = "treated";
    static final String HEADER =
            UNIT_COLUMN + "," + TIME_COLUMN + "," + OUTCOME_COLUMN + "," + TREATMENT_COLUMN;

    /** Donors whose parameters the treated unit mixes, in the order of {@link #DONOR_WEIGHTS}. */
    static final List<String> COMBINED_DONORS =
            List.of("Region 06", "Region 11", "Region 18", "Region 19");

    /** Convex weights of {@link #COMBINED_DONORS} in the treated unit's parameters. */
    static final List<Double> DONOR_WEIGHTS = List.of(0.4, 0.3, 0.2, 0.1);

    static final int FACTOR_COUNT = 3;

    private static final int OUTCOME_DECIMALS = 4;

    private static final double TREND_DRIFT = 0.5;
    private static final double TREND_INNOVATION_STANDARD_DEVIATION = 0.5;
    private static final double AR_COEFFICIENT = 0.8;
    private static final double MIN_INTERCEPT = 65.0;
    private static final double MAX_INTERCEPT = 100.0;
    private static final double MIN_TREND_LOADING = 0.5;
    private static final double MAX_TREND_LOADING = 1.5;
    private static final double STATIONARY_LOADING_BOUND = 2.0;

    private static final int TREATED_INDEX = 0;

    private FactorModelPanelGenerator() {
    }

    /**
     * Outcomes of every unit in every period, indexed {@code [unit][period - 1]} with units in
     * the order {@code Region 01} to {@code Region 20}.
     *
     * @param untreated the untreated potential outcomes Y_it(0)
     * @param observed the observed outcomes, which include the effect on the treated unit
     */
    record Outcomes(double[][] untreated, double[][] observed) {
    }

    /**
     * Generates the panel as CSV text, identical on every call and every Java 17 or later JVM.
     *
     * @return the header and 600 data rows, each line ending with {@code \n}
     */
    public static String generateCsv() {
        double[][] observed = generateOutcomes().observed();
        StringBuilder csv = new StringBuilder(HEADER.length() + 1 + UNIT_COUNT * PERIOD_COUNT * 32);
        csv.append(HEADER).append('\n');
        for (int unit = 0; unit < UNIT_COUNT; unit++) {
            String name = unitName(unit);
            for (int period = 1; period <= PERIOD_COUNT; period++) {
                csv.append(name)
                        .append(',')
                        .append(period)
                        .append(',')
                        .append(formatOutcome(observed[unit][period - 1]))
                        .append(',')
                        .append(isTreated(unit, period) ? "True" : "False")
                        .append('\n');
            }
        }
        return csv.toString();
    }

    /**
     * Writes the panel to the file named by the single argument, replacing any existing file.
     *
     * <p>Prints a usage message and exits with status 2 unless there is exactly one non-blank
     * argument, and exits with status 1 if the file cannot be written.
     *
     * @param args the output path
     */
    public static void main(String[] args) {
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("Usage: java -cp sample-data/target/classes "
                    + FactorModelPanelGenerator.class.getName() + " OUTPUT_CSV");
            System.err.println("Writes the synthetic factor-model panel to OUTPUT_CSV,"
                    + " replacing the file if it exists.");
            System.err.println("To regenerate the shipped panel, pass"
                    + " sample-data/src/main/resources/org/causalworkbench/sample/"
                    + "factor-panel.csv");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        try {
            Files.writeString(output, generateCsv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Failed to write " + output.toAbsolutePath() + ": " + e);
            System.exit(1);
        }
        System.out.println("Wrote " + output.toAbsolutePath());
    }

    /**
     * Generates the untreated and observed outcomes behind {@link #generateCsv()}.
     *
     * @return new arrays on every call, so callers may modify them
     */
    static Outcomes generateOutcomes() {
        Random random = new Random(SEED);
        double[][] factors = simulateFactors(random);

        double[] intercepts = new double[UNIT_COUNT];
        double[][] loadings = new double[UNIT_COUNT][FACTOR_COUNT];
        drawDonorParameters(random, intercepts, loadings);
        combineTreatedParameters(intercepts, loadings);

        double[][] untreated = new double[UNIT_COUNT][PERIOD_COUNT];
        double[][] observed = new double[UNIT_COUNT][PERIOD_COUNT];
        for (int unit = 0; unit < UNIT_COUNT; unit++) {
            for (int period = 1; period <= PERIOD_COUNT; period++) {
                double systematic = intercepts[unit];
                for (int k = 0; k < FACTOR_COUNT; k++) {
                    systematic += loadings[unit][k] * factors[period - 1][k];
                }
                double outcome = systematic + NOISE_STANDARD_DEVIATION * random.nextGaussian();
                untreated[unit][period - 1] = outcome;
                observed[unit][period - 1] =
                        isTreated(unit, period) ? outcome + TRUE_EFFECT : outcome;
            }
        }
        return new Outcomes(untreated, observed);
    }

    /**
     * Returns the unit names {@code Region 01} to {@code Region 20}, in row order.
     */
    static List<String> unitNames() {
        List<String> names = new ArrayList<>(UNIT_COUNT);
        for (int unit = 0; unit < UNIT_COUNT; unit++) {
            names.add(unitName(unit));
        }
        return List.copyOf(names);
    }

    /**
     * Formats an outcome the way the CSV text does, rounded half-even to 4 decimals.
     */
    static String formatOutcome(double outcome) {
        // Rounds the exact binary value instead of using String.format, whose digit generation
        // for doubles has changed between JDK releases.
        return new BigDecimal(outcome).setScale(OUTCOME_DECIMALS, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    /** Simulates the factor paths, indexed {@code [period - 1][k]}. */
    private static double[][] simulateFactors(Random random) {
        double stationaryStandardDeviation = 1.0 / Math.sqrt(1.0 - AR_COEFFICIENT * AR_COEFFICIENT);
        double[] previous = new double[FACTOR_COUNT];
        previous[0] = 0.0;
        for (int k = 1; k < FACTOR_COUNT; k++) {
            previous[k] = stationaryStandardDeviation * random.nextGaussian();
        }

        double[][] factors = new double[PERIOD_COUNT][FACTOR_COUNT];
        for (int period = 1; period <= PERIOD_COUNT; period++) {
            double[] current = factors[period - 1];
            double trendInnovation = TREND_INNOVATION_STANDARD_DEVIATION * random.nextGaussian();
            current[0] = previous[0] + TREND_DRIFT + trendInnovation;
            for (int k = 1; k < FACTOR_COUNT; k++) {
                current[k] = AR_COEFFICIENT * previous[k] + random.nextGaussian();
            }
            previous = current;
        }
        return factors;
    }

    private static void drawDonorParameters(
            Random random, double[] intercepts, double[][] loadings) {
        for (int unit = 0; unit < UNIT_COUNT; unit++) {
            if (unit == TREATED_INDEX) {
                continue;
            }
            intercepts[unit] = uniform(random, MIN_INTERCEPT, MAX_INTERCEPT);
            loadings[unit][0] = uniform(random, MIN_TREND_LOADING, MAX_TREND_LOADING);
            for (int k = 1; k < FACTOR_COUNT; k++) {
                loadings[unit][k] =
                        uniform(random, -STATIONARY_LOADING_BOUND, STATIONARY_LOADING_BOUND);
            }
        }
    }

    private static void combineTreatedParameters(double[] intercepts, double[][] loadings) {
        List<String> names = unitNames();
        double intercept = 0.0;
        double[] loading = new double[FACTOR_COUNT];
        for (int j = 0; j < COMBINED_DONORS.size(); j++) {
            int donor = names.indexOf(COMBINED_DONORS.get(j));
            double weight = DONOR_WEIGHTS.get(j);
            intercept += weight * intercepts[donor];
            for (int k = 0; k < FACTOR_COUNT; k++) {
                loading[k] += weight * loadings[donor][k];
            }
        }
        intercepts[TREATED_INDEX] = intercept;
        loadings[TREATED_INDEX] = loading;
    }

    private static double uniform(Random random, double min, double max) {
        return min + (max - min) * random.nextDouble();
    }

    private static boolean isTreated(int unit, int period) {
        return unit == TREATED_INDEX && period >= INTERVENTION_PERIOD;
    }

    private static String unitName(int unit) {
        return String.format(Locale.ROOT, "Region %02d", unit + 1);
    }
}
