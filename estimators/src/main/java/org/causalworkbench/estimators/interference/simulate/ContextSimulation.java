package org.causalworkbench.estimators.interference.simulate;

import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.SignatureBuilder;

/**
 * Simulates units in disjoint contexts whose treatment is confounded through a context effect,
 * as in O'Riordan and Gilligan-Lee (2025), Sec. 6.1 and App. B.
 *
 * <p>With C contexts and N = m C units (m = 11 by default):
 * <pre>
 *   X_i ~ U{0.1, 0.2, 0.3, 0.4}        L_i ~ U{1..C}        U_L ~ U{s/4, s/2, 3s/4, s}
 *   T_i ~ Bernoulli(X_i + U_{L_i})
 *   J_i = sum_{j != i, L_j = L_i} T_j / #{j != i : L_j = L_i}
 *   I_i = max(0, J_i - c T_i)          (c = 0 in Sec. 6.1, c = 1/10 in App. B)
 *   W_i ~ Bernoulli(I_i)               Y_i ~ N(4 X_i + T_i + k W_i, 1)
 * </pre>
 * The true TACE is 1. The context strength s (default 0.4) sets how strongly the context drives
 * both a unit's treatment and its peers' treatments, and so the association of T with I. The
 * defaults give naive bias 0.400 = 4 * 0.05 (X imbalance) + 4 * 0.05 (I imbalance).
 *
 * <ul>
 *   <li>A unit alone in its context has J = 0/0: its signature is missing, W = 0, and the TACE
 *       estimator leaves it out. At the defaults this happens to about 1.8 units per data set
 *       (probability about e^-11 per unit).</li>
 *   <li>{@link InterferenceShape#COVARIATE_DEPENDENT} replaces k W by {@code 10 k X I^2}.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 */
public final class ContextSimulation implements InterferenceProcess {

    /** Number of contexts, as in O'Riordan and Gilligan-Lee (2025), Sec. 6.1. */
    public static final int DEFAULT_CONTEXTS = 10_000;
    /** Units per context on average: N = 11 C. */
    public static final int DEFAULT_UNITS_PER_CONTEXT = 11;
    /** Largest context effect s. */
    public static final double DEFAULT_CONTEXT_STRENGTH = 0.4;
    /** Interference coefficient k. */
    public static final double DEFAULT_INTERFERENCE_COEFFICIENT = 4;

    private static final ExactFraction APPENDIX_REDUCTION = new ExactFraction(1, 10);

    private final int contexts;
    private final int unitsPerContext;
    private final double contextStrength;
    private final double interferenceCoefficient;
    private final ExactFraction ownTreatmentReduction;
    private final InterferenceShape shape;
    private final long seed;

    private ContextSimulation(int contexts, int unitsPerContext, double contextStrength,
            double interferenceCoefficient, ExactFraction ownTreatmentReduction,
            InterferenceShape shape, long seed) {
        this.contexts = contexts;
        this.unitsPerContext = unitsPerContext;
        this.contextStrength = contextStrength;
        this.interferenceCoefficient = interferenceCoefficient;
        this.ownTreatmentReduction = ownTreatmentReduction;
        this.shape = shape;
        this.seed = seed;
    }

    /** Returns the Sec. 6.1 process: 10,000 contexts, 110,000 units, k = 4, seed 1. */
    public static ContextSimulation withDefaults() {
        return new ContextSimulation(DEFAULT_CONTEXTS, DEFAULT_UNITS_PER_CONTEXT,
                DEFAULT_CONTEXT_STRENGTH, DEFAULT_INTERFERENCE_COEFFICIENT, ExactFraction.ZERO,
                InterferenceShape.BERNOULLI_LINEAR, 1);
    }

    /**
     * Returns the App. B variant, whose signature {@code max(0, J - T/10)} depends on the unit's
     * own treatment. Treated units never have I above 9/10.
     */
    public static ContextSimulation appendixVariant() {
        return withDefaults().withOwnTreatmentReduction(APPENDIX_REDUCTION);
    }

    /** Returns a copy with C contexts and N = C times the units per context. */
    public ContextSimulation withContexts(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("Invalid number of contexts " + count
                    + ": use 1 or more, for example 10000.");
        }
        checkUnitCount(count, unitsPerContext);
        return new ContextSimulation(count, unitsPerContext, contextStrength,
                interferenceCoefficient, ownTreatmentReduction, shape, seed);
    }

    /** Returns a copy with N = C times {@code units} units. */
    public ContextSimulation withUnitsPerContext(int units) {
        if (units < 1) {
            throw new IllegalArgumentException("Invalid number of units per context " + units
                    + ": use 1 or more, for example 11.");
        }
        checkUnitCount(contexts, units);
        return new ContextSimulation(contexts, units, contextStrength, interferenceCoefficient,
                ownTreatmentReduction, shape, seed);
    }

    /**
     * Returns a copy with another context strength s: U_L is drawn from
     * {@code {s/4, s/2, 3s/4, s}}, and 0 removes the context confounding.
     *
     * @param strength in [0, 0.6], so that X + U_L stays a probability
     */
    public ContextSimulation withContextStrength(double strength) {
        if (!(strength >= 0 && strength <= 0.6)) {
            throw new IllegalArgumentException("Invalid context strength " + strength
                    + ": use a value in [0, 0.6] so that X + U stays at most 1.");
        }
        return new ContextSimulation(contexts, unitsPerContext, strength,
                interferenceCoefficient, ownTreatmentReduction, shape, seed);
    }

    /** Returns a copy with another finite interference coefficient k. */
    public ContextSimulation withInterferenceCoefficient(double k) {
        if (!Double.isFinite(k)) {
            throw new IllegalArgumentException("Invalid interference coefficient " + k
                    + ": use a finite number such as 4.");
        }
        return new ContextSimulation(contexts, unitsPerContext, contextStrength, k,
                ownTreatmentReduction, shape, seed);
    }

    /** Returns a copy whose signature is {@code max(0, J - c T)}, with c in [0, 1]. */
    public ContextSimulation withOwnTreatmentReduction(ExactFraction c) {
        if (c.compareTo(ExactFraction.ZERO) < 0 || c.compareTo(ExactFraction.of(1)) > 0) {
            throw new IllegalArgumentException("Invalid own-treatment reduction " + c
                    + ": use a fraction in [0, 1], for example 1/10.");
        }
        return new ContextSimulation(contexts, unitsPerContext, contextStrength,
                interferenceCoefficient, c, shape, seed);
    }

    /** Returns a copy with another form of g(I, X). */
    public ContextSimulation withShape(InterferenceShape form) {
        if (form == null) {
            throw new IllegalArgumentException("The interference shape must not be null.");
        }
        return new ContextSimulation(contexts, unitsPerContext, contextStrength,
                interferenceCoefficient, ownTreatmentReduction, form, seed);
    }

    @Override
    public ContextSimulation withSeed(long newSeed) {
        return new ContextSimulation(contexts, unitsPerContext, contextStrength,
                interferenceCoefficient, ownTreatmentReduction, shape, newSeed);
    }

    @Override
    public String name() {
        return ownTreatmentReduction.equals(ExactFraction.ZERO) ? "context simulation"
                : "context simulation with own-treatment signature";
    }

    @Override
    public long seed() {
        return seed;
    }

    /** Returns the number of contexts C. */
    public int contexts() {
        return contexts;
    }

    /** Returns the number of units N. */
    public int unitCount() {
        return contexts * unitsPerContext;
    }

    /** Returns the context strength s. */
    public double contextStrength() {
        return contextStrength;
    }

    /** Returns the interference coefficient k. */
    public double interferenceCoefficient() {
        return interferenceCoefficient;
    }

    /** Returns the own-treatment reduction c. */
    public ExactFraction ownTreatmentReduction() {
        return ownTreatmentReduction;
    }

    /** Returns the form of g(I, X). */
    public InterferenceShape shape() {
        return shape;
    }

    @Override
    public SimulatedUnits generate() {
        int n = unitCount();
        RandomGenerator contextRandom = UnitDraws.stream(seed, 0);
        double[] contextEffect = new double[contexts];
        for (int c = 0; c < contexts; c++) {
            contextEffect[c] = contextStrength * (1 + contextRandom.nextInt(4)) / 4;
        }

        RandomGenerator unitRandom = UnitDraws.stream(seed, 1);
        double[] x = UnitDraws.covariates(unitRandom, n);
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
            groups[i] = unitRandom.nextInt(contexts);
        }
        RandomGenerator treatmentRandom = UnitDraws.stream(seed, 2);
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = UnitDraws.bernoulli(treatmentRandom, x[i] + contextEffect[groups[i]]);
        }

        SignatureBuilder builder = SignatureBuilder.withDefaults()
                .withIsolatedUnitPolicy(IsolatedUnitPolicy.MISSING);
        ExactFraction[] signature = builder.groupFraction(UnitDraws.labels(groups), t);
        if (!ownTreatmentReduction.equals(ExactFraction.ZERO)) {
            signature = builder.ownTreatmentModifier(signature, t, ownTreatmentReduction);
        }

        RandomGenerator outcomeRandom = UnitDraws.stream(seed, 3);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double interference = signature[i] == null ? 0 : signature[i].doubleValue();
            double g = shape == InterferenceShape.BERNOULLI_LINEAR
                    ? interferenceCoefficient
                            * UnitDraws.bernoulli(outcomeRandom, interference)
                    : 10 * interferenceCoefficient * x[i] * interference * interference;
            y[i] = 4 * x[i] + t[i] + g + outcomeRandom.nextGaussian();
        }
        return new SimulatedUnits(name(), groups, x, t, y, SignatureBuilder.combine(signature),
                UnitDraws.groupNeighbours(groups, contexts), truth());
    }

    @Override
    public ProcessTruth truth() {
        String base = "fraction of the other context members treated";
        String signature = ownTreatmentReduction.equals(ExactFraction.ZERO) ? base
                : "max(0, " + base + " - " + ownTreatmentReduction + " T)";
        if (shape == InterferenceShape.BERNOULLI_LINEAR) {
            return new ProcessTruth("4X + T", interferenceCoefficient + " W, W ~ Bernoulli(I)",
                    signature, 1, 4, interferenceCoefficient);
        }
        return new ProcessTruth("4X + T", 10 * interferenceCoefficient + " X I^2", signature, 1,
                Double.NaN, Double.NaN);
    }

    private static void checkUnitCount(int contexts, int unitsPerContext) {
        if ((long) contexts * unitsPerContext > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException(contexts + " contexts of " + unitsPerContext
                    + " units are too many units for one data set: use fewer contexts.");
        }
    }
}
