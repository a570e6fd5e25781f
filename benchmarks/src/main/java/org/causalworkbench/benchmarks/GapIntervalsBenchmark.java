package org.causalworkbench.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.obsexp.GapHyperparameters;
import org.causalworkbench.estimators.obsexp.GapIntervals;
import org.causalworkbench.estimators.obsexp.GapModel;
import org.causalworkbench.estimators.obsexp.TrialData;
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
 * Times the gap-interval method on a trial of 2,000 rows with 5 covariates. One benchmark
 * conditions at fixed hyperparameters (one Cholesky factorisation). The other fits all
 * hyperparameters by marginal likelihood without random restarts, and each restart would add
 * about the same time again.
 *
 * <p>The trial is simulated here with a fixed seed: covariates uniform on [-1, 1], treatment with
 * probability 0.5, a smooth gap and nuisance, and Gaussian noise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class GapIntervalsBenchmark {

    private static final int ROWS = 2000;
    private static final int COVARIATES = 5;

    private TrialData trial;
    private double[] omega;

    /** Simulates the trial once per trial run. */
    @Setup
    public void simulate() {
        SplittableRandom random = new SplittableRandom(20261204L);
        double[][] x = new double[ROWS][COVARIATES];
        double[] t = new double[ROWS];
        double[] y = new double[ROWS];
        omega = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            double sum = 0;
            for (int j = 0; j < COVARIATES; j++) {
                x[i][j] = random.nextDouble(-1, 1);
                sum += x[i][j];
            }
            t[i] = random.nextDouble() < 0.5 ? 1 : 0;
            double gap = Math.sin(2 * x[i][0]) + 0.5 * x[i][1];
            double base = 1 + sum / COVARIATES;
            y[i] = base + t[i] * (1 + gap) + 0.5 * gaussian(random);
            omega[i] = 1;
        }
        trial = new TrialData(x, t, y, 0.5);
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /** Conditions on given hyperparameters: one kernel matrix and one factorisation. */
    @Benchmark
    public GapModel conditionAtFixedHyperparameters() {
        double[] lengthscales = {1, 1, 1, 1, 1};
        return GapIntervals.withDefaults()
                .withHyperparameters(new GapHyperparameters(lengthscales, lengthscales, 0, 1))
                .fit(trial, omega, ProgressSink.NONE, CancellationToken.NEVER);
    }

    /**
     * Fits all 12 hyperparameters from the starting values of Fawkes et al. (2025), without
     * restarts. One fit
     * takes minutes at this size, so it is timed once, without warm-up: JIT warm-up is a small
     * share of a call this long.
     */
    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public GapModel fitHyperparameters() {
        return GapIntervals.withDefaults().withRestarts(0)
                .fit(trial, omega, ProgressSink.NONE, CancellationToken.NEVER);
    }
}
