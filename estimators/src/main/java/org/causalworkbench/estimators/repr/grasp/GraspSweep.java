package org.causalworkbench.estimators.repr.grasp;

import java.util.Arrays;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;

/**
 * Runs the GRASP experiment over a grid of correlation strengths and task complexities, to show
 * where unsupervised identification works. Pretraining does not depend on either knob, so it
 * runs once for the whole grid.
 *
 * <p><strong>Thread safety.</strong> Stateless.
 */
public final class GraspSweep {

    private GraspSweep() {
    }

    /**
     * Runs every cell with the other settings of {@code base}.
     *
     * @param correlations the correlation strengths rho, each in [0, 1], at least one
     * @param complexities the task complexities K, each in [1, 5], at least one
     * @return one result per cell, indexed [correlation][complexity]
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static GraspSweepResult run(GraspConfiguration base, double[] correlations,
            int[] complexities, ProgressSink progress, CancellationToken cancellation) {
        if (correlations.length == 0 || complexities.length == 0) {
            throw new IllegalArgumentException("sweep needs at least one correlation and one"
                    + " complexity, got " + correlations.length + " and " + complexities.length);
        }
        GraspResult[][] cells = new GraspResult[correlations.length][complexities.length];
        GraspConfiguration[][] configs = new GraspConfiguration[correlations.length][];
        for (int i = 0; i < correlations.length; i++) {
            configs[i] = new GraspConfiguration[complexities.length];
            for (int j = 0; j < complexities.length; j++) {
                configs[i][j] = base.withCorrelation(correlations[i])
                        .withComplexity(complexities[j]);
            }
        }
        int phases = 1 + cells.length * complexities.length;
        LatentPersonaModel pretrained = GraspExperiment.pretrain(base,
                new PhaseSink(progress, 0, phases), cancellation);
        int cell = 0;
        for (int i = 0; i < correlations.length; i++) {
            for (int j = 0; j < complexities.length; j++) {
                cell++;
                progress.message("Sweep cell " + cell + " of " + (phases - 1) + ": rho = "
                        + correlations[i] + ", K = " + complexities[j]);
                cells[i][j] = GraspExperiment.fineTuneAndCompare(pretrained, configs[i][j],
                        new PhaseSink(progress, cell, phases), TrainingObserver.NONE, 0,
                        false, cancellation);
            }
        }
        return new GraspSweepResult(Arrays.copyOf(correlations, correlations.length),
                Arrays.copyOf(complexities, complexities.length), cells);
    }
}
