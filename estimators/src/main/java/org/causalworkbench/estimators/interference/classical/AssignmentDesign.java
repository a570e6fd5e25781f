package org.causalworkbench.estimators.interference.classical;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A randomisation design: the treatment assignment vectors a study could have drawn, each
 * with its probability. Exposure probabilities follow from applying an exposure mapping to
 * every assignment.
 *
 * <ul>
 *   <li>Exact designs list the whole support: a given list of assignments with probabilities,
 *       complete randomisation of m of n units, or independent Bernoulli(p) assignment.</li>
 *   <li>Monte Carlo designs draw R assignments with a seed, each with weight 1/R, so every
 *       probability is the plain relative frequency {@code count / R}. A probability below
 *       about 1/R is likely estimated as 0, and the estimators then reject or flag the unit.
 *       The add-one frequency {@code (count + 1) / (R + 1)} of the R package
 *       {@code interference} (Zonszein, Samii and Aronow) is not used here, because it is
 *       not the probability of any design.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 * A Monte Carlo design replays the same draws on every pass.
 */
public final class AssignmentDesign {

    /** Largest number of assignments an exact design may enumerate. */
    public static final long MAX_ENUMERATED = 1_000_000L;

    /** Receives one assignment of a design with its probability. */
    @FunctionalInterface
    interface AssignmentVisitor {
        void accept(int[] assignment, double probability);
    }

    @FunctionalInterface
    private interface Generator {
        void generate(AssignmentVisitor visitor);
    }

    private final int unitCount;
    private final long assignmentCount;
    private final boolean exact;
    private final String description;
    private final Generator generator;

    private AssignmentDesign(int unitCount, long assignmentCount, boolean exact,
            String description, Generator generator) {
        this.unitCount = unitCount;
        this.assignmentCount = assignmentCount;
        this.exact = exact;
        this.description = description;
        this.generator = generator;
    }

    /**
     * Builds an exact design from listed assignments and their probabilities.
     *
     * @param assignments 0 or 1 per unit in each, all of the same length. Not modified.
     * @param probabilities one positive probability per assignment, summing to 1 within 1e-9.
     *     Not modified.
     * @return the design
     * @throws IllegalArgumentException if the lists are empty or differ in length, an entry is
     *     not 0 or 1, or the probabilities are invalid
     */
    public static AssignmentDesign enumerated(List<int[]> assignments, double[] probabilities) {
        if (assignments.isEmpty() || assignments.size() != probabilities.length) {
            throw new IllegalArgumentException("The design has " + assignments.size()
                    + " assignments and " + probabilities.length + " probabilities; give one"
                    + " positive probability per assignment, at least one assignment.");
        }
        int n = assignments.get(0).length;
        List<int[]> copies = new ArrayList<>();
        double sum = 0;
        for (int r = 0; r < assignments.size(); r++) {
            int[] assignment = assignments.get(r);
            if (assignment.length != n) {
                throw new IllegalArgumentException("Assignment " + r + " has "
                        + assignment.length + " entries, but assignment 0 has " + n + ".");
            }
            checkBinary(assignment, "Assignment " + r);
            if (!(probabilities[r] > 0 && probabilities[r] <= 1)) {
                throw new IllegalArgumentException("Invalid probability " + probabilities[r]
                        + " of assignment " + r + ": use a value in (0, 1], or leave the"
                        + " assignment out.");
            }
            sum += probabilities[r];
            copies.add(assignment.clone());
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("The assignment probabilities sum to " + sum
                    + ", not 1; list the design's whole support.");
        }
        double[] weights = probabilities.clone();
        return new AssignmentDesign(n, copies.size(), true,
                copies.size() + " listed assignments", visitor -> {
                    for (int r = 0; r < copies.size(); r++) {
                        visitor.accept(copies.get(r).clone(), weights[r]);
                    }
                });
    }

    /**
     * Builds the exact design that treats m of n units, every subset equally likely.
     *
     * @param units n, positive
     * @param treated m in {@code [0, n]}
     * @return the design, enumerating all C(n, m) assignments
     * @throws IllegalArgumentException if C(n, m) exceeds {@value #MAX_ENUMERATED}
     */
    public static AssignmentDesign completeRandomisation(int units, int treated) {
        checkCounts(units, treated);
        long count = binomial(units, treated);
        if (count > MAX_ENUMERATED) {
            throw new IllegalArgumentException("Complete randomisation of " + treated + " of "
                    + units + " units has more than " + MAX_ENUMERATED + " assignments to"
                    + " enumerate, so use completeRandomisationDraws.");
        }
        double probability = 1.0 / count;
        return new AssignmentDesign(units, count, true,
                "complete randomisation of " + treated + " of " + units + " units",
                visitor -> Combinations.forEach(units, treated,
                        assignment -> visitor.accept(assignment, probability)));
    }

    /**
     * Builds the exact design that treats each of n units independently with probability p.
     *
     * @param units n in {@code [1, 20]}, since all 2^n assignments are enumerated
     * @param probability p in {@code (0, 1)}
     * @return the design
     */
    public static AssignmentDesign bernoulli(int units, double probability) {
        if (units < 1 || units > 20) {
            throw new IllegalArgumentException("Exact Bernoulli enumeration covers 1 to 20"
                    + " units, but " + units + " were given; use bernoulliDraws.");
        }
        checkProbability(probability);
        return new AssignmentDesign(units, 1L << units, true,
                "Bernoulli(" + probability + ") over " + units + " units", visitor -> {
                    for (long mask = 0; mask < (1L << units); mask++) {
                        int[] assignment = new int[units];
                        int treated = 0;
                        for (int i = 0; i < units; i++) {
                            assignment[i] = (int) ((mask >>> i) & 1);
                            treated += assignment[i];
                        }
                        visitor.accept(assignment, Math.pow(probability, treated)
                                * Math.pow(1 - probability, units - treated));
                    }
                });
    }

    /**
     * Builds a Monte Carlo design of R independent Bernoulli(p) assignments.
     *
     * @param units n, positive
     * @param probability p in {@code (0, 1)}
     * @param draws R, positive
     * @param seed the seed, so equal seeds give equal draws
     * @return the design
     */
    public static AssignmentDesign bernoulliDraws(int units, double probability, int draws,
            long seed) {
        checkCounts(units, 0);
        checkProbability(probability);
        checkDraws(draws);
        return new AssignmentDesign(units, draws, false, draws + " Bernoulli(" + probability
                + ") draws over " + units + " units, seed " + seed, visitor -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    for (int r = 0; r < draws; r++) {
                        int[] assignment = new int[units];
                        for (int i = 0; i < units; i++) {
                            assignment[i] = random.nextDouble() < probability ? 1 : 0;
                        }
                        visitor.accept(assignment, 1.0 / draws);
                    }
                });
    }

    /**
     * Builds a Monte Carlo design of R independent draws of complete randomisation of m of n.
     *
     * @param units n, positive
     * @param treated m in {@code [0, n]}
     * @param draws R, positive
     * @param seed the seed, so equal seeds give equal draws
     * @return the design
     */
    public static AssignmentDesign completeRandomisationDraws(int units, int treated,
            int draws, long seed) {
        checkCounts(units, treated);
        checkDraws(draws);
        return new AssignmentDesign(units, draws, false, draws + " draws of complete"
                + " randomisation of " + treated + " of " + units + " units, seed " + seed,
                visitor -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    for (int r = 0; r < draws; r++) {
                        visitor.accept(Combinations.shuffled(units, treated, random),
                                1.0 / draws);
                    }
                });
    }

    /** Returns the number of units n of every assignment. */
    public int unitCount() {
        return unitCount;
    }

    /** Returns the number of assignments enumerated, or the number of draws R. */
    public long assignmentCount() {
        return assignmentCount;
    }

    /** Returns whether the design lists its whole support with exact probabilities. */
    public boolean isExact() {
        return exact;
    }

    /** Returns a short description such as "complete randomisation of 1 of 4 units". */
    public String description() {
        return description;
    }

    /** Passes every assignment to the visitor, which may keep or modify the array. */
    void forEach(AssignmentVisitor visitor) {
        generator.generate(visitor);
    }

    static void checkBinary(int[] assignment, String name) {
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] != 0 && assignment[i] != 1) {
                throw new IllegalArgumentException(name + " has treatment " + assignment[i]
                        + " for unit " + i + ": use 0 or 1.");
            }
        }
    }

    private static void checkCounts(int units, int treated) {
        if (units < 1 || treated < 0 || treated > units) {
            throw new IllegalArgumentException("Invalid design with " + treated + " treated of "
                    + units + " units: use at least 1 unit and 0 to n treated.");
        }
    }

    private static void checkProbability(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("Invalid treatment probability " + probability
                    + ": use a value strictly between 0 and 1.");
        }
    }

    private static void checkDraws(int draws) {
        if (draws < 1) {
            throw new IllegalArgumentException("Invalid number of draws " + draws
                    + ": use a positive number, for example 10000.");
        }
    }

    /** Returns C(n, k), or {@code Long.MAX_VALUE} once it exceeds {@link #MAX_ENUMERATED}. */
    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= Math.min(k, n - k); i++) {
            result = result * (n - i + 1) / i;
            if (result > MAX_ENUMERATED) {
                return Long.MAX_VALUE;
            }
        }
        return result;
    }
}
