package org.causalworkbench.estimators.interference.simulate;

import java.util.Random;
import org.apache.commons.math3.random.RandomGenerator;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.SignatureBuilder;

/**
 * Simulates units on a generated graph with an additive outcome and treatment confounded
 * through the covariates of the unit and of its neighbours:
 * <pre>
 *   X_i ~ U{0.1, 0.2, 0.3, 0.4}
 *   T_i ~ Bernoulli(X_i + mean of X_j over the neighbours j of i)   (0.25 without neighbours)
 *   I_i = sum_{j in N(i)} T_j / |N(i)|
 *   Y_i = b_X X_i + tau T_i + b_I I_i + N(0, 1)
 * </pre>
 * A unit and its neighbours share the neighbours' covariates, so T_i and I_i are associated
 * and the naive and covariate-only estimates are biased, while {@code E[Y | T, X, I]} stays
 * additive and the signature-adjusted estimate is unbiased for TACE = tau.
 *
 * <p><strong>Limitations.</strong> The only shared cause of a unit's treatment and its
 * neighbours' treatments is the covariates they have in common, so the signature imbalance is
 * small: on a Watts-Strogatz graph of 5,000 nodes with k = 10 it adds about 0.04 to the naive
 * bias, against 0.2 from X. Context processes ({@link ContextSimulation}) show interference
 * bias more strongly.
 *
 * <p>A unit without neighbours has a missing signature and contributes 0 to {@code b_I I}.
 * The graph comes from a stream of the seed, so a seed fixes both the graph and the units.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared between threads.
 */
public final class GraphSimulation implements InterferenceProcess {

    /** Mean of X over its levels, the stand-in neighbour mean of a unit without neighbours. */
    private static final double COVARIATE_MEAN = 0.25;

    private final GraphModel model;
    private final double treatmentEffect;
    private final double covariateCoefficient;
    private final double signatureCoefficient;
    private final long seed;

    private GraphSimulation(GraphModel model, double treatmentEffect,
            double covariateCoefficient, double signatureCoefficient, long seed) {
        this.model = model;
        this.treatmentEffect = treatmentEffect;
        this.covariateCoefficient = covariateCoefficient;
        this.signatureCoefficient = signatureCoefficient;
        this.seed = seed;
    }

    /** Returns a simulation on the given graph model with tau = 1, b_X = 4, b_I = 4, seed 1. */
    public static GraphSimulation on(GraphModel model) {
        if (model == null) {
            throw new IllegalArgumentException("The graph model must not be null.");
        }
        return new GraphSimulation(model, 1, 4, 4, 1);
    }

    /**
     * Returns a copy with other outcome coefficients.
     *
     * @param tau the effect of own treatment, which is the TACE
     * @param covariate b_X
     * @param signature b_I
     */
    public GraphSimulation withCoefficients(double tau, double covariate, double signature) {
        if (!Double.isFinite(tau) || !Double.isFinite(covariate) || !Double.isFinite(signature)) {
            throw new IllegalArgumentException("Invalid outcome coefficients tau = " + tau
                    + ", b_X = " + covariate + ", b_I = " + signature + ": use finite numbers.");
        }
        return new GraphSimulation(model, tau, covariate, signature, seed);
    }

    @Override
    public GraphSimulation withSeed(long newSeed) {
        return new GraphSimulation(model, treatmentEffect, covariateCoefficient,
                signatureCoefficient, newSeed);
    }

    @Override
    public String name() {
        return "graph simulation on " + model.describe();
    }

    @Override
    public long seed() {
        return seed;
    }

    /** Returns the graph model. */
    public GraphModel model() {
        return model;
    }

    @Override
    public SimulatedUnits generate() {
        int[][] neighbours = model.neighbours(new Random(UnitDraws.stream(seed, 0).nextLong()));
        int n = neighbours.length;
        double[] x = UnitDraws.covariates(UnitDraws.stream(seed, 1), n);
        RandomGenerator treatmentRandom = UnitDraws.stream(seed, 2);
        int[] t = new int[n];
        for (int i = 0; i < n; i++) {
            t[i] = UnitDraws.bernoulli(treatmentRandom, x[i] + neighbourMean(x, neighbours[i]));
        }
        ExactFraction[] signature = SignatureBuilder.withDefaults()
                .withIsolatedUnitPolicy(IsolatedUnitPolicy.MISSING)
                .adjacentFraction(neighbours, t);
        RandomGenerator noise = UnitDraws.stream(seed, 3);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double interference = signature[i] == null ? 0 : signature[i].doubleValue();
            y[i] = covariateCoefficient * x[i] + treatmentEffect * t[i]
                    + signatureCoefficient * interference + noise.nextGaussian();
        }
        return new SimulatedUnits(name(), model.groups(), x, t, y,
                SignatureBuilder.combine(signature), neighbours, truth());
    }

    @Override
    public ProcessTruth truth() {
        return new ProcessTruth(covariateCoefficient + " X + " + treatmentEffect + " T",
                signatureCoefficient + " I", "fraction of the neighbours treated",
                treatmentEffect, covariateCoefficient, signatureCoefficient);
    }

    private static double neighbourMean(double[] x, int[] adjacent) {
        if (adjacent.length == 0) {
            return COVARIATE_MEAN;
        }
        double sum = 0;
        for (int j : adjacent) {
            sum += x[j];
        }
        return sum / adjacent.length;
    }
}
