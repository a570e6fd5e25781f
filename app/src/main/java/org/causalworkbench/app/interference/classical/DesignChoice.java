package org.causalworkbench.app.interference.classical;

import java.util.Locale;
import org.causalworkbench.estimators.interference.classical.AssignmentDesign;

/**
 * The randomisation design chosen for the Aronow-Samii exposure probabilities.
 *
 * @param kind Bernoulli or complete randomisation
 * @param probability p of the Bernoulli design
 * @param treated m of the complete randomisation design
 * @param exact whether to enumerate every assignment instead of drawing R of them
 * @param draws R, the number of Monte Carlo draws
 * @param seed the seed of the draws
 */
public record DesignChoice(Kind kind, double probability, int treated, boolean exact,
        int draws, long seed) {

    /** The maximum number of units of an exact Bernoulli design in {@link AssignmentDesign}. */
    static final int MAX_EXACT_BERNOULLI_UNITS = 20;

    /** The design families offered. */
    public enum Kind {
        /** Each unit treated independently with probability p. */
        BERNOULLI("Bernoulli p"),
        /** Exactly m of the n units treated, every subset equally likely. */
        COMPLETE("Complete randomisation, m of n");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Builds the design over n units.
     *
     * @param units n
     * @return the design
     * @throws IllegalArgumentException naming the invalid setting and what to change
     */
    public AssignmentDesign toDesign(int units) {
        if (kind == Kind.BERNOULLI && !(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("Invalid treatment probability " + probability
                    + ": use a value strictly between 0 and 1.");
        }
        if (kind == Kind.COMPLETE && (treated < 0 || treated > units)) {
            throw new IllegalArgumentException("Invalid number treated " + treated + ": use a"
                    + " whole number from 0 to the " + units + " units.");
        }
        if (!exact && draws < 1) {
            throw new IllegalArgumentException("Invalid number of draws " + draws + ": use at"
                    + " least 1, and 1000 or more for stable probabilities.");
        }
        if (exact) {
            return exactDesign(units);
        }
        return kind == Kind.BERNOULLI
                ? AssignmentDesign.bernoulliDraws(units, probability, draws, seed)
                : AssignmentDesign.completeRandomisationDraws(units, treated, draws, seed);
    }

    /** Builds the enumerated design, or raises a message in the window's words if too large. */
    private AssignmentDesign exactDesign(int units) {
        if (kind == Kind.BERNOULLI) {
            if (units > MAX_EXACT_BERNOULLI_UNITS) {
                throw new IllegalArgumentException("Exact Bernoulli enumeration lists all 2^n"
                        + " assignments, so it covers at most " + MAX_EXACT_BERNOULLI_UNITS
                        + " units, but the table has " + units + ". Untick Exact to use R"
                        + " draws.");
            }
            return AssignmentDesign.bernoulli(units, probability);
        }
        try {
            return AssignmentDesign.completeRandomisation(units, treated);
        } catch (IllegalArgumentException tooMany) {
            throw new IllegalArgumentException("Complete randomisation of " + treated + " of "
                    + units + " units has more than " + AssignmentDesign.MAX_ENUMERATED
                    + " assignments to enumerate. Untick Exact to use R draws.", tooMany);
        }
    }

    /** Returns a short description for the status line. */
    public String describe() {
        String design = kind == Kind.BERNOULLI
                ? String.format(Locale.ROOT, "Bernoulli(%s)", probability)
                : "complete randomisation of " + treated;
        return exact ? design + ", exact" : design + ", " + draws + " draws, seed " + seed;
    }
}
