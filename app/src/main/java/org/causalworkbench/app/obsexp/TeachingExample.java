package org.causalworkbench.app.obsexp;

import java.util.Locale;
import org.causalworkbench.estimators.obsexp.simulate.GpGapSimulation;
import org.causalworkbench.estimators.obsexp.simulate.SimulatedData;
import org.causalworkbench.estimators.obsexp.simulate.SimulatedSample;
import org.causalworkbench.estimators.obsexp.simulate.TrueEffects;

/**
 * Builds the built-in example that the workspace opens on. It is a simulated trial from the "GP
 * gap" design, with the generator's own &omega; and its true gap on a grid.
 *
 * <p>The trial has d = 1, n = 200, &pi; = 0.5 and outcome noise SD 0.5. Its covariate is uniform
 * on [-1, 1]. The evaluation grid spans [-3, 3], the observational range, so two thirds of it lie
 * outside the trial's support.
 */
public final class TeachingExample {

    /** The seed of the example: its average gap is near zero, but the gap varies with x. */
    public static final long SEED = 13;
    /** The number of trial rows. */
    public static final int TRIAL_SIZE = 200;
    /** The trial's treatment probability. */
    public static final double PROPENSITY = 0.5;
    /** The outcome noise standard deviation. */
    public static final double NOISE_SD = 0.5;
    /** The number of evaluation points, spaced 0.025 apart on [-3, 3]. */
    public static final int GRID_POINTS = 241;
    /** The lower end of the evaluation grid. */
    public static final double GRID_LOWER = -3;
    /** The upper end of the evaluation grid. */
    public static final double GRID_UPPER = 3;

    /**
     * The number of points on which the generator draws its random gap functions. It is smaller
     * than the generator's default of 5000 so that the example builds in well under a second.
     */
    private static final int GAP_FUNCTION_GRID = 1000;

    private TeachingExample() {
    }

    /**
     * Generates the example.
     *
     * @return the trial with &omega; and the true gap on the evaluation grid
     */
    public static ObsExpDataset generate() {
        SimulatedData data = GpGapSimulation.withDefaults()
                .withExperimentalSize(TRIAL_SIZE)
                .withTreatmentProbability(PROPENSITY)
                .withNoiseSd(NOISE_SD)
                .withGridSize(GAP_FUNCTION_GRID)
                .withObservationalSize(0)
                .withEvaluationSizes(1, 1)
                .generate(SEED);
        SimulatedSample trial = data.experimental();
        int[] flags = trial.treatments();
        double[] treatment = new double[flags.length];
        for (int i = 0; i < flags.length; i++) {
            treatment[i] = flags[i];
        }

        double[][] grid = grid(GRID_LOWER, GRID_UPPER, GRID_POINTS);
        TrueEffects truth = data.truth();
        double[] omega = new double[grid.length];
        double[] gap = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            omega[i] = truth.omega(grid[i]);
            gap[i] = truth.delta(grid[i]);
        }
        String name = String.format(Locale.ROOT, "Teaching example: simulated GP-gap trial,"
                + " n = %d, \u03c0 = %.1f, noise SD %.1f, seed %d", TRIAL_SIZE, PROPENSITY,
                NOISE_SD, SEED);
        return new ObsExpDataset(name, data.covariateNames(), trial.covariates(), treatment,
                trial.outcomes(), data.treatmentProbability(),
                "\u03c9(x) = 1 + 2x + 2.75x\u00b2, the simulation's confounded CATE",
                trial.trueOmega(), grid, omega, gap);
    }

    /** Returns {@code count} evenly spaced one-covariate points from lower to upper. */
    static double[][] grid(double lower, double upper, int count) {
        double[][] points = new double[count][];
        double step = (upper - lower) / (count - 1);
        for (int i = 0; i < count; i++) {
            points[i] = new double[] {lower + i * step};
        }
        return points;
    }
}
