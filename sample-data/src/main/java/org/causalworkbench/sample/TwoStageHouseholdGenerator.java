package org.causalworkbench.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates the shipped unit table {@code two-stage-households.csv}: a two-stage randomised
 * experiment on households, in the design of Hudgens and Halloran (2008), with known direct,
 * indirect, total and overall effects.
 *
 * <h2>Layout</h2>
 *
 * <p>The header is {@code id,household,strategy,treated,y}, with one row per person, sorted by
 * household and then by member. Ids read {@code S001-1} to {@code S256-4}, households
 * {@code S001} to {@code S256}. {@code strategy} is {@code low} or {@code high}, {@code treated}
 * is 1 or 0, and {@code y} is rounded half-even to 4 decimals. Lines end with {@code \n}.
 *
 * <h2>Design</h2>
 *
 * <ol>
 *   <li>Stage 1: of the 256 households of 4 people, exactly 128 are drawn at random for strategy
 *       {@code low} and the other 128 get {@code high}.</li>
 *   <li>Stage 2: in a {@code low} household exactly 1 of the 4 members is treated, in a
 *       {@code high} household exactly 3, each subset of that size equally likely.</li>
 * </ol>
 *
 * <h2>Outcome</h2>
 *
 * <p>The outcome is a score of illness, so lower is better. With {@code F} the fraction of the
 * other 3 members treated, {@code b_h ~ N(0, 1)} per household and {@code e ~ N(0, 1)} per
 * person:
 *
 * <pre>
 *   Y = 10 + b_h - 2 A - 3 F + 1.5 A F + e
 * </pre>
 *
 * <p>Treatment protects the person treated and, through F, the other members; the protection of
 * a treated person from treated housemates is smaller (the {@code + 1.5 A F} term).
 *
 * <h2>True effects</h2>
 *
 * <p>Under complete randomisation of m of 4 members, a member with own treatment a has exactly
 * {@code F = (m - a) / 3}, so every averaged potential outcome is linear in the noise and the
 * household and person terms cancel from each difference. With the "0 minus 1" signs of Hudgens
 * and Halloran (protective effects are positive), the finite-population effects are exactly
 *
 * <pre>
 *   DE(low)        = 2 - 1 - 0         = 1      DE(high) = 2 - 1 - 1.5 * 2/3 = 0
 *   IE(low, high)  = -3 (1/3 - 3/3)    = 2
 *   TE(low, high)  = DE(high) + IE     = 2
 *   OE(low, high)  = -1.25 - (-3)      = 1.75
 * </pre>
 *
 * <p>where {@code Y(psi)} minus the household and person terms is
 * {@code -5 m / 4 + 1.5 (m / 4) (m - 1) / 3}: -1.25 for low, -3 for high.
 *
 * <h2>Random numbers</h2>
 *
 * <p>One {@link Random} with seed {@link #SEED} supplies every draw, so the text is the same on
 * every Java 17 or later JVM. The draws are, in order: a Fisher-Yates shuffle of the household
 * numbers ({@code nextInt(i + 1)} for i from 255 down to 1), whose first 128 get {@code low};
 * then per household in order b_h ({@code nextGaussian()}), a Fisher-Yates shuffle of the 4
 * members whose first m are treated, and per member the noise ({@code nextGaussian()}). Any
 * change to this order or to a parameter changes the table, so the shipped resource must then
 * be regenerated.
 *
 * <h2>Regenerating the resource</h2>
 *
 * <pre>
 *   mvn -q -pl sample-data compile
 *   java -cp sample-data/target/classes org.causalworkbench.sample.TwoStageHouseholdGenerator \
 *       sample-data/src/main/resources/org/causalworkbench/sample/two-stage-households.csv
 * </pre>
 */
public final class TwoStageHouseholdGenerator {

    /** Seed of the single random number generator behind every draw. */
    public static final long SEED = 20_261_205L;

    /**
     * Number of households. 256 households of 4 are 1024 units, the most for which the
     * classical tab computes Aronow-Samii exposure probabilities. More households would shrink
     * the standard errors further but leave that estimator without its example.
     */
    public static final int HOUSEHOLD_COUNT = 256;

    /** Members per household. */
    public static final int HOUSEHOLD_SIZE = 4;

    /** Label of the strategy that treats 1 member per household. */
    public static final String LOW = "low";

    /** Label of the strategy that treats 3 members per household. */
    public static final String HIGH = "high";

    /** True {@code DE(low)}, with the "0 minus 1" sign convention. */
    public static final double DIRECT_LOW = 1.0;

    /** True {@code DE(high)}. */
    public static final double DIRECT_HIGH = 0.0;

    /** True {@code IE(low, high)}. */
    public static final double INDIRECT = 2.0;

    /** True {@code TE(low, high)}. */
    public static final double TOTAL = 2.0;

    /** True {@code OE(low, high)}. */
    public static final double OVERALL = 1.75;

    static final String ID_COLUMN = "id";
    static final String GROUP_COLUMN = "household";
    static final String STRATEGY_COLUMN = "strategy";
    static final String TREATMENT_COLUMN = "treated";
    static final String OUTCOME_COLUMN = "y";
    static final String HEADER = String.join(",", ID_COLUMN, GROUP_COLUMN, STRATEGY_COLUMN,
            TREATMENT_COLUMN, OUTCOME_COLUMN);

    static final double BASELINE = 10;
    static final double OWN_COEFFICIENT = -2;
    static final double SPILLOVER_COEFFICIENT = -3;
    static final double INTERACTION_COEFFICIENT = 1.5;

    private static final int LOW_TREATED = 1;
    private static final int HIGH_TREATED = 3;
    private static final int OUTCOME_DECIMALS = 4;

    private TwoStageHouseholdGenerator() {
    }

    /**
     * One generated person, before rounding.
     *
     * @param household the household number, from 1
     * @param member the member number within the household, from 1
     * @param strategy {@link #LOW} or {@link #HIGH}
     * @param treated A, 0 or 1
     * @param otherTreatedFraction F, the fraction of the other members treated
     * @param outcome Y
     */
    record Person(int household, int member, String strategy, int treated,
            double otherTreatedFraction, double outcome) {
    }

    /**
     * Generates every person, identical on every call.
     *
     * @return the people in household and member order
     */
    static List<Person> generatePeople() {
        Random random = new Random(SEED);
        int[] order = shuffled(HOUSEHOLD_COUNT, random);
        String[] strategies = new String[HOUSEHOLD_COUNT];
        for (int k = 0; k < HOUSEHOLD_COUNT; k++) {
            strategies[order[k]] = k < HOUSEHOLD_COUNT / 2 ? LOW : HIGH;
        }
        List<Person> people = new ArrayList<>();
        for (int h = 0; h < HOUSEHOLD_COUNT; h++) {
            double householdEffect = random.nextGaussian();
            int treatedCount = strategies[h].equals(LOW) ? LOW_TREATED : HIGH_TREATED;
            int[] members = shuffled(HOUSEHOLD_SIZE, random);
            int[] treated = new int[HOUSEHOLD_SIZE];
            for (int k = 0; k < treatedCount; k++) {
                treated[members[k]] = 1;
            }
            for (int i = 0; i < HOUSEHOLD_SIZE; i++) {
                double others = (double) (treatedCount - treated[i]) / (HOUSEHOLD_SIZE - 1);
                double outcome = BASELINE + householdEffect + OWN_COEFFICIENT * treated[i]
                        + SPILLOVER_COEFFICIENT * others
                        + INTERACTION_COEFFICIENT * treated[i] * others + random.nextGaussian();
                people.add(new Person(h + 1, i + 1, strategies[h], treated[i], others,
                        outcome));
            }
        }
        return people;
    }

    /** Returns 0..n-1 in the order of a Fisher-Yates shuffle. */
    private static int[] shuffled(int n, Random random) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /**
     * Generates the table as CSV text, identical on every call and every Java 17 or later JVM.
     *
     * @return the header and one row per person, each line ending with {@code \n}
     */
    public static String generateCsv() {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Person person : generatePeople()) {
            String household = String.format(Locale.ROOT, "S%03d", person.household());
            csv.append(household).append('-').append(person.member()).append(',')
                    .append(household).append(',')
                    .append(person.strategy()).append(',')
                    .append(person.treated()).append(',')
                    .append(new BigDecimal(person.outcome())
                            .setScale(OUTCOME_DECIMALS, RoundingMode.HALF_EVEN).toPlainString())
                    .append('\n');
        }
        return csv.toString();
    }

    /**
     * Writes the table to the file named by the single argument, replacing any existing file.
     * Prints a usage message and exits with status 2 unless there is exactly one non-blank
     * argument, and exits with status 1 if the file cannot be written.
     *
     * @param args the output path
     */
    public static void main(String[] args) {
        SampleFileWriter.writeOrExit(args, TwoStageHouseholdGenerator.class,
                "the two-stage household table", TwoStageHouseholdGenerator::generateCsv);
    }
}
