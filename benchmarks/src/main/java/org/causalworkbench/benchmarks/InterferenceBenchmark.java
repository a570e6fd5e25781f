package org.causalworkbench.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.causalworkbench.estimators.interference.DependencyInflation;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.PropensityModel;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.SignatureBuilder;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.TaceResult;
import org.causalworkbench.estimators.interference.simulate.ContextSimulation;
import org.causalworkbench.estimators.interference.simulate.SimulatedUnits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Times the interference estimators on one data set of the context simulation at full size:
 * 110,000 units in 10,000 contexts (O'Riordan and Gilligan-Lee 2025, Sec. 6.1), drawn once per
 * trial with seed 1.
 *
 * <p>The propensities are fitted inside the estimate, once per adjustment set (none, X, and X
 * with I). {@link #estimate()} times the cell frequencies, {@link #estimateLogistic()} the
 * logistic fits, which dominate that run, and {@link #dependence()} the dependency factors
 * that inflate the bootstrap variance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class InterferenceBenchmark {

    private List<Integer> groupLabels;
    private int[] treatment;
    private double[] outcome;
    private List<Double> covariateCells;
    private List<Signature> signatures;
    private int[][] neighbours;

    /** Draws the data set once per trial. */
    @Setup
    public void simulate() {
        SimulatedUnits units = ContextSimulation.withDefaults().generate();
        int[] groups = units.groups();
        groupLabels = new ArrayList<>(groups.length);
        for (int group : groups) {
            groupLabels.add(group);
        }
        treatment = units.treatment();
        outcome = units.outcome();
        covariateCells = units.covariateCells();
        signatures = units.signatures();
        neighbours = units.neighbours();
    }

    /** Times the exact group-fraction signature and its wrapping as cell keys. */
    @Benchmark
    public List<Signature> signature() {
        ExactFraction[] fractions = SignatureBuilder.withDefaults()
                .withIsolatedUnitPolicy(IsolatedUnitPolicy.MISSING)
                .groupFraction(groupLabels, treatment);
        return SignatureBuilder.combine(fractions);
    }

    /** Times the naive, covariate-only and TACE estimates with cell propensities. */
    @Benchmark
    public TaceResult estimate() {
        return TaceEstimator.withDefaults().estimate(treatment, outcome, covariateCells,
                signatures);
    }

    /** Times the same three estimates with logistic-regression propensities. */
    @Benchmark
    public TaceResult estimateLogistic() {
        return TaceEstimator.withDefaults().withPropensity(PropensityModel.logistic())
                .estimate(treatment, outcome, covariateCells, signatures);
    }

    /** Times the dependency factors D_avg, D_sr and D_max of the context cliques. */
    @Benchmark
    public DependencyInflation dependence() {
        return DependencyInflation.fromNeighbours(neighbours);
    }

    /** Times drawing a whole data set, signature and neighbour lists included. */
    @Benchmark
    public SimulatedUnits generate() {
        return ContextSimulation.withDefaults().generate();
    }
}
