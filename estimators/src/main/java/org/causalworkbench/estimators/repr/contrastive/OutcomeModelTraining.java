package org.causalworkbench.estimators.repr.contrastive;

import java.util.SplittableRandom;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.Adam;
import org.causalworkbench.estimators.repr.autodiff.LossOps;
import org.causalworkbench.estimators.repr.autodiff.TrainingLoop;
import org.ejml.data.DMatrixRMaj;

/**
 * Fits the S-learner outcome model mu(x, r) on [covariates, representation], a tanh MLP
 * (inputs &rarr; hidden &rarr; hidden &rarr; 1) trained on z-scored inputs and outcome by mean
 * squared error with Adam and coupled L2 weight decay. An effect is then
 * tau&#770;(t, t', x) = mu(x, psi(t)) - mu(x, psi(t')).
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class OutcomeModelTraining {

    private final int hiddenWidth;
    private final int steps;
    private final int batchSize;
    private final double learningRate;
    private final double weightDecay;

    private OutcomeModelTraining(int hiddenWidth, int steps, int batchSize, double learningRate,
            double weightDecay) {
        Checks.atLeast("hidden width", hiddenWidth, 1);
        Checks.atLeast("training steps", steps, 1);
        Checks.atLeast("batch size", batchSize, 1);
        Checks.positive("learning rate", learningRate);
        Checks.nonNegative("weight decay", weightDecay);
        this.hiddenWidth = hiddenWidth;
        this.steps = steps;
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.weightDecay = weightDecay;
    }

    /**
     * Returns hidden width 32, 1,500 steps of 128 rows at learning rate 0.003 and weight decay
     * 0.0001.
     */
    public static OutcomeModelTraining withDefaults() {
        return new OutcomeModelTraining(32, 1500, 128, 3e-3, 1e-4);
    }

    /** Returns a copy with another number of Adam steps, at least 1. */
    public OutcomeModelTraining withSteps(int newSteps) {
        return new OutcomeModelTraining(hiddenWidth, newSteps, batchSize, learningRate,
                weightDecay);
    }

    /** Returns a copy with another hidden width, at least 1. */
    public OutcomeModelTraining withHiddenWidth(int newHiddenWidth) {
        return new OutcomeModelTraining(newHiddenWidth, steps, batchSize, learningRate,
                weightDecay);
    }

    /** Returns a copy with another weight decay, finite and at least 0. */
    public OutcomeModelTraining withWeightDecay(double newWeightDecay) {
        return new OutcomeModelTraining(hiddenWidth, steps, batchSize, learningRate,
                newWeightDecay);
    }

    /** Returns the number of Adam steps. */
    public int steps() {
        return steps;
    }

    /**
     * Fits mu on the training units.
     *
     * @param covariates n x p covariates. Not modified.
     * @param representation n x d treatment representations. Not modified.
     * @param outcomes the n outcomes
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public OutcomeModel fit(DMatrixRMaj covariates, DMatrixRMaj representation,
            double[] outcomes, long seed, ProgressSink progress, CancellationToken cancellation) {
        if (covariates.numRows != outcomes.length || representation.numRows != outcomes.length) {
            throw new IllegalArgumentException("outcome model needs one covariate row and one"
                    + " representation row per outcome: " + covariates.numRows + " and "
                    + representation.numRows + " rows for " + outcomes.length + " outcomes");
        }
        DMatrixRMaj inputs = OutcomeModel.join(covariates, representation);
        ColumnScaling scaling = ColumnScaling.fit(inputs);
        DMatrixRMaj z = scaling.apply(inputs);
        double mean = 0;
        for (double outcome : outcomes) {
            mean += outcome / outcomes.length;
        }
        double variance = 0;
        for (double outcome : outcomes) {
            variance += (outcome - mean) * (outcome - mean) / outcomes.length;
        }
        double sd = variance > 0 ? Math.sqrt(variance) : 1;
        double[] standardised = new double[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            standardised[i] = (outcomes[i] - mean) / sd;
        }

        SplittableRandom random = new SplittableRandom(seed);
        DenseNetwork network = new DenseNetwork(
                new int[] {z.numCols, hiddenWidth, hiddenWidth, 1}, random.nextLong());
        TrainingLoop.run(Adam.withDefaults().withLearningRate(learningRate)
                .withWeightDecay(weightDecay).create(network.parameters()), steps,
                (tape, step) -> {
                    int[] rows = Rows.draw(z.numRows, batchSize, random);
                    return LossOps.meanSquaredError(
                            network.forward(tape, tape.constant(Rows.select(z, rows))),
                            tape.constant(Rows.column(standardised, rows)));
                }, progress, cancellation);
        return new OutcomeModel(scaling, network, mean, sd);
    }
}
