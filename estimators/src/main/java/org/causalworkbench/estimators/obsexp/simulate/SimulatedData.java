package org.causalworkbench.estimators.obsexp.simulate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated data set: an RCT sample, an optional observational sample, evaluation points
 * inside and outside the RCT support, and the true effect functions behind them.
 *
 * <p>The RCT randomises treatment with the known probability {@link #treatmentProbability()}.
 * All parts share the covariate names and dimension.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 */
public final class SimulatedData {

    private final List<String> covariateNames;
    private final double treatmentProbability;
    private final long seed;
    private final SimulatedSample experimental;
    private final SimulatedSample observational;
    private final EvaluationPoints inSupport;
    private final EvaluationPoints outOfSupport;
    private final TrueEffects truth;

    /**
     * Creates a data set after checking that all parts have the same dimension.
     *
     * @param covariateNames one name per covariate column
     * @param treatmentProbability the RCT's known P(T = 1)
     * @param seed the seed the data were generated from
     * @param experimental the RCT sample
     * @param observational the observational sample, or {@code null} when none was generated
     * @param inSupport evaluation points inside the RCT support
     * @param outOfSupport evaluation points outside the RCT support
     * @param truth the effect functions
     * @throws IllegalArgumentException if a dimension differs from the number of names
     */
    public SimulatedData(List<String> covariateNames, double treatmentProbability, long seed,
            SimulatedSample experimental, SimulatedSample observational,
            EvaluationPoints inSupport, EvaluationPoints outOfSupport, TrueEffects truth) {
        this.covariateNames = List.copyOf(covariateNames);
        this.treatmentProbability = SimulationChecks.requireOpenProbability(
                treatmentProbability, "treatment probability");
        this.seed = seed;
        this.experimental = Objects.requireNonNull(experimental, "experimental");
        this.observational = observational;
        this.inSupport = Objects.requireNonNull(inSupport, "inSupport");
        this.outOfSupport = Objects.requireNonNull(outOfSupport, "outOfSupport");
        this.truth = Objects.requireNonNull(truth, "truth");
        int d = this.covariateNames.size();
        checkDimension("the RCT sample", experimental.dimension(), d);
        if (observational != null) {
            checkDimension("the observational sample", observational.dimension(), d);
        }
        checkDimension("the in-support points", inSupport.dimension(), d);
        checkDimension("the out-of-support points", outOfSupport.dimension(), d);
        checkDimension("the truth", truth.dimension(), d);
    }

    private static void checkDimension(String part, int dimension, int names) {
        if (dimension != names) {
            throw new IllegalArgumentException(part + " has " + dimension
                    + " covariates but " + names + " names were given; give one name each.");
        }
    }

    /** Returns the covariate column names, for example x1..xd or the IHDP names. */
    public List<String> covariateNames() {
        return covariateNames;
    }

    /** Returns the number of covariates. */
    public int dimension() {
        return covariateNames.size();
    }

    /** Returns the known RCT randomisation probability P(T = 1). */
    public double treatmentProbability() {
        return treatmentProbability;
    }

    /** Returns the seed the data were generated from. */
    public long seed() {
        return seed;
    }

    /** Returns the RCT sample. */
    public SimulatedSample experimental() {
        return experimental;
    }

    /** Returns the observational sample, or empty when none was generated. */
    public Optional<SimulatedSample> observational() {
        return Optional.ofNullable(observational);
    }

    /** Returns the evaluation points inside the RCT support. */
    public EvaluationPoints inSupport() {
        return inSupport;
    }

    /** Returns the evaluation points outside the RCT support. */
    public EvaluationPoints outOfSupport() {
        return outOfSupport;
    }

    /** Returns the true effect functions, which can be evaluated at any point. */
    public TrueEffects truth() {
        return truth;
    }
}
