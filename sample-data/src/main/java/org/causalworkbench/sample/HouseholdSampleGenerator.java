package org.causalworkbench.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the shipped unit table {@code households.csv}: people in households whose
 * treatment spills over to the other members, with confounded interference and a known true
 * average causal effect (TACE) of exactly 2.
 *
 * <h2>Layout</h2>
 *
 * <p>The header is {@code id,household,x,treated,y}, with one row per person, sorted by
 * household and then by member. Ids read {@code H001-1}, {@code H001-2} and so on, households
 * {@code H001} to {@code H400}. {@code x} is a whole number from 0 to 3, {@code treated} is 1 or
 * 0, and {@code y} is rounded half-even to 4 decimals with a {@code .} separator. Lines end with
 * {@code \n}.
 *
 * <h2>Model</h2>
 *
 * <p>Each of the 400 households h draws a size and a household propensity shift:
 *
 * <pre>
 *   n_h ~ Uniform{2, 3, 4, 5, 6}
 *   U_h ~ Uniform{0.1, 0.2, 0.3, 0.4}
 * </pre>
 *
 * <p>Each member i of household h then draws
 *
 * <pre>
 *   X_i ~ Uniform{0, 1, 2, 3}
 *   T_i ~ Bernoulli(0.1 + 0.1 X_i + U_h)               (so P(T = 1) lies in [0.2, 0.8])
 *   I_i = sum_{j != i in h} T_j / (n_h - 1)            (fraction of the other members treated)
 *   Y_i = 2 T_i + X_i + 3 I_i + e_i,   e_i ~ N(0, 1)
 * </pre>
 *
 * <p>The outcome is additive in a treatment part {@code f(T, X) = 2T + X} and an interference
 * part {@code g(I) = 3I}, so the TACE {@code E[f(1, X) - f(0, X)]} is exactly 2. Interference
 * is confounded: U_h raises the treatment probability of every member, so a treated person
 * tends to have more treated housemates (a higher I), and X raises both T and Y. The naive
 * difference in means is therefore biased upwards by X and by I, adjusting for X alone removes
 * only the part due to X, and adjusting for (X, I) with the group-fraction signature removes
 * both. Every household has at least two members, so no signature is 0/0.
 *
 * <h2>Random numbers</h2>
 *
 * <p>One {@link Random} with seed {@link #SEED} supplies every draw, so the text is the same on
 * every Java 17 or later JVM (the {@code java.util.Random} algorithms are specified and Java 17
 * evaluates floating point strictly). For each household in order the draws are: the size
 * ({@code nextInt(5)}), U_h ({@code nextInt(4)}), then per member X_i ({@code nextInt(4)}) and
 * the treatment uniform ({@code nextDouble()}), then per member the noise
 * ({@code nextGaussian()}). Any change to this order or to a parameter changes the table, so
 * the shipped resource must then be regenerated.
 *
 * <h2>Regenerating the resource</h2>
 *
 * <pre>
 *   mvn -q -pl sample-data compile
 *   java -cp sample-data/target/classes org.causalworkbench.sample.HouseholdSampleGenerator \
 *       sample-data/src/main/resources/org/causalworkbench/sample/households.csv
 * </pre>
 */
public final class HouseholdSampleGenerator {

    /** Seed of the single random number generator behind every draw. */
    public static final long SEED = 20_261_204L;

    /** Number of households. */
    public static final int HOUSEHOLD_COUNT = 400;

    /** Smallest household size. */
    public static final int MIN_SIZE = 2;

    /** Largest household size. */
    public static final int MAX_SIZE = 6;

    /** True average causal effect of the treatment with interference removed. */
    public static final double TRUE_EFFECT = 2.0;

    /** Coefficient of the covariate X in the outcome. */
    static final double COVARIATE_COEFFICIENT = 1.0;

    /** Coefficient of the interference signature I in the outcome. */
    static final double INTERFERENCE_COEFFICIENT = 3.0;

    static final String ID_COLUMN = "id";
    static final String GROUP_COLUMN = "household";
    static final String COVARIATE_COLUMN = "x";
    static final String TREATMENT_COLUMN = "treated";
    static final String OUTCOME_COLUMN = "y";
    static final String HEADER = String.join(",", ID_COLUMN, GROUP_COLUMN, COVARIATE_COLUMN,
            TREATMENT_COLUMN, OUTCOME_COLUMN);

    private static final int COVARIATE_LEVELS = 4;
    private static final int SHIFT_LEVELS = 4;
    private static final int OUTCOME_DECIMALS = 4;

    private HouseholdSampleGenerator() {
    }

    /**
     * One generated person, before rounding.
     *
     * @param household the household number, from 1
     * @param member the member number within the household, from 1
     * @param covariate X
     * @param treated T, 0 or 1
     * @param signature I, the fraction of the other members treated
     * @param outcome Y
     */
    record Person(int household, int member, int covariate, int treated, double signature,
            double outcome) {
    }

    /**
     * Generates every person, identical on every call.
     *
     * @return the people in household and member order
     */
    static List<Person> generatePeople() {
        Random random = new Random(SEED);
        List<Person> people = new ArrayList<>();
        for (int h = 1; h <= HOUSEHOLD_COUNT; h++) {
            int size = MIN_SIZE + random.nextInt(MAX_SIZE - MIN_SIZE + 1);
            double shift = 0.1 * (1 + random.nextInt(SHIFT_LEVELS));
            int[] x = new int[size];
            int[] t = new int[size];
            int treatedTotal = 0;
            for (int i = 0; i < size; i++) {
                x[i] = random.nextInt(COVARIATE_LEVELS);
                double probability = 0.1 + 0.1 * x[i] + shift;
                t[i] = random.nextDouble() < probability ? 1 : 0;
                treatedTotal += t[i];
            }
            for (int i = 0; i < size; i++) {
                double signature = (double) (treatedTotal - t[i]) / (size - 1);
                double outcome = TRUE_EFFECT * t[i] + COVARIATE_COEFFICIENT * x[i]
                        + INTERFERENCE_COEFFICIENT * signature + random.nextGaussian();
                people.add(new Person(h, i + 1, x[i], t[i], signature, outcome));
            }
        }
        return people;
    }

    /**
     * Generates the table as CSV text, identical on every call and every Java 17 or later JVM.
     *
     * @return the header and one row per person, each line ending with {@code \n}
     */
    public static String generateCsv() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Person person : generatePeople()) {
            String household = householdName(person.household());
            csv.append(household).append('-').append(person.member()).append(',')
                    .append(household).append(',')
                    .append(person.covariate()).append(',')
                    .append(person.treated()).append(',')
                    .append(new BigDecimal(person.outcome())
                            .setScale(OUTCOME_DECIMALS, RoundingMode.HALF_EVEN).toPlainString())
                    .append('\n');
        }
        return csv.toString();
    }

    /** Returns {@code H001} for household 1. */
    static String householdName(int household) {
        return String.format(Locale.ROOT, "H%03d", household);
    }

    /**
     * Writes the table to the file named by the single argument, replacing any existing file.
     * Prints a usage message and exits with status 2 unless there is exactly one non-blank
     * argument, and exits with status 1 if the file cannot be written.
     *
     * @param args the output path
     */
    public static void main(String[] args) {
        SampleFileWriter.writeOrExit(args, HouseholdSampleGenerator.class,
                "the synthetic household table", HouseholdSampleGenerator::generateCsv);
    }
}
