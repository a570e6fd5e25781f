package org.causalworkbench.estimators.interference.simulate;

import org.apache.commons.math3.random.RandomGenerator;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.SignatureBuilder;

/**
 * Simulates households of equal size under Bernoulli allocation with an additive outcome:
 * <pre>
 *   T_i ~ Bernoulli(p)        I_i = fraction of the other household members treated
 *   Y_i = 2 T_i + 3 I_i + N(0, 1)
 * </pre>
 * The true TACE is 2, and there are no covariates (X = 0). Because allocation is at random, the
 * naive estimate is also unbiased here, which makes the process a check for the
 * Hudgens-Halloran estimands: under this additive outcome their direct effect at every
 * allocation equals minus the TACE with the sign convention {@code DE = Y(0) - Y(1)}.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 */
public final class HouseholdSimulation implements InterferenceProcess {

    /** Effect of a unit's own treatment, which is the TACE. */
    public static final double TREATMENT_EFFECT = 2;
    /** Coefficient of the treated fraction of the other members. */
    public static final double SPILLOVER_COEFFICIENT = 3;

    private final int households;
    private final int householdSize;
    private final double allocation;
    private final long seed;

    private HouseholdSimulation(int households, int householdSize, double allocation,
            long seed) {
        this.households = households;
        this.householdSize = householdSize;
        this.allocation = allocation;
        this.seed = seed;
    }

    /** Returns 1,000 households of 4 with allocation probability 0.5 and seed 1. */
    public static HouseholdSimulation withDefaults() {
        return new HouseholdSimulation(1000, 4, 0.5, 1);
    }

    /** Returns a copy with another number of households, at least 1. */
    public HouseholdSimulation withHouseholds(int count) {
        if (count < 1 || (long) count * householdSize > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("Invalid number of households " + count
                    + ": use 1 or more, for example 1000.");
        }
        return new HouseholdSimulation(count, householdSize, allocation, seed);
    }

    /** Returns a copy with another household size, at least 2 so that I is defined. */
    public HouseholdSimulation withHouseholdSize(int size) {
        if (size < 2 || (long) households * size > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("Invalid household size " + size
                    + ": use 2 or more, for example 4.");
        }
        return new HouseholdSimulation(households, size, allocation, seed);
    }

    /** Returns a copy with another allocation probability p in (0, 1). */
    public HouseholdSimulation withAllocation(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("Invalid allocation probability " + p
                    + ": use a value strictly between 0 and 1, for example 0.5.");
        }
        return new HouseholdSimulation(households, householdSize, p, seed);
    }

    @Override
    public HouseholdSimulation withSeed(long newSeed) {
        return new HouseholdSimulation(households, householdSize, allocation, newSeed);
    }

    @Override
    public String name() {
        return "households";
    }

    @Override
    public long seed() {
        return seed;
    }

    /** Returns the allocation probability p. */
    public double allocation() {
        return allocation;
    }

    @Override
    public SimulatedUnits generate() {
        int n = households * householdSize;
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
            groups[i] = i / householdSize;
        }
        RandomGenerator treatmentRandom = UnitDraws.stream(seed, 0);
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = UnitDraws.bernoulli(treatmentRandom, allocation);
        }
        ExactFraction[] signature =
                SignatureBuilder.withDefaults().groupFraction(UnitDraws.labels(groups), t);
        RandomGenerator noise = UnitDraws.stream(seed, 1);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = TREATMENT_EFFECT * t[i] + SPILLOVER_COEFFICIENT * signature[i].doubleValue()
                    + noise.nextGaussian();
        }
        return new SimulatedUnits(name(), groups, new double[n], t, y,
                SignatureBuilder.combine(signature), UnitDraws.groupNeighbours(groups, households),
                truth());
    }

    @Override
    public ProcessTruth truth() {
        return new ProcessTruth("2T", "3I", "fraction of the other household members treated",
                TREATMENT_EFFECT, 0, SPILLOVER_COEFFICIENT);
    }
}
