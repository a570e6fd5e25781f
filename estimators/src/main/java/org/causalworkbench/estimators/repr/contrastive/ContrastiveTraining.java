package org.causalworkbench.estimators.repr.contrastive;

import java.util.SplittableRandom;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.autodiff.Adam;
import org.causalworkbench.estimators.repr.autodiff.LossOps;
import org.causalworkbench.estimators.repr.autodiff.MatrixOps;
import org.causalworkbench.estimators.repr.autodiff.Node;
import org.causalworkbench.estimators.repr.autodiff.ReductionOps;
import org.causalworkbench.estimators.repr.autodiff.Tape;
import org.causalworkbench.estimators.repr.autodiff.TrainingLoop;
import org.ejml.data.DMatrixRMaj;

/**
 * Trains a contrastive treatment encoder psi (32 &rarr; hidden &rarr; width, tanh) on mined
 * triplets with Adam, one minibatch of triplets drawn with replacement per step.
 *
 * <pre>
 *   triplet:  L = max(0, |psi_a - psi_p|^2 - |psi_a - psi_n|^2 + margin)
 *   InfoNCE:  L = -log( exp(s_ap / kappa) / (exp(s_ap / kappa) + exp(s_an / kappa)) ),
 *             s = cosine similarity
 * </pre>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class ContrastiveTraining {

    private final ContrastiveLoss loss;
    private final int width;
    private final int hiddenWidth;
    private final int steps;
    private final int batchSize;
    private final double learningRate;
    private final double margin;
    private final double temperature;

    private ContrastiveTraining(ContrastiveLoss loss, int width, int hiddenWidth, int steps,
            int batchSize, double learningRate, double margin, double temperature) {
        if (loss == null) {
            throw new IllegalArgumentException("contrastive loss is null; choose TRIPLET or"
                    + " INFO_NCE");
        }
        Checks.atLeast("representation width", width, 1);
        Checks.atLeast("hidden width", hiddenWidth, 1);
        Checks.atLeast("training steps", steps, 1);
        Checks.atLeast("batch size", batchSize, 1);
        Checks.positive("learning rate", learningRate);
        Checks.positive("triplet margin", margin);
        Checks.positive("InfoNCE temperature", temperature);
        this.loss = loss;
        this.width = width;
        this.hiddenWidth = hiddenWidth;
        this.steps = steps;
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.margin = margin;
        this.temperature = temperature;
    }

    /**
     * Returns the triplet loss with margin 1, width 8, hidden width 64, 1,200 steps of 128
     * triplets at learning rate 0.003, and InfoNCE temperature 0.2 for when the loss is
     * switched.
     */
    public static ContrastiveTraining withDefaults() {
        return new ContrastiveTraining(ContrastiveLoss.TRIPLET, 8, 64, 1200, 128, 3e-3, 1.0, 0.2);
    }

    /** Returns a copy with another loss. */
    public ContrastiveTraining withLoss(ContrastiveLoss newLoss) {
        return new ContrastiveTraining(newLoss, width, hiddenWidth, steps, batchSize,
                learningRate, margin, temperature);
    }

    /** Returns a copy with another representation width, at least 1. */
    public ContrastiveTraining withWidth(int newWidth) {
        return new ContrastiveTraining(loss, newWidth, hiddenWidth, steps, batchSize,
                learningRate, margin, temperature);
    }

    /** Returns a copy with another number of Adam steps, at least 1. */
    public ContrastiveTraining withSteps(int newSteps) {
        return new ContrastiveTraining(loss, width, hiddenWidth, newSteps, batchSize,
                learningRate, margin, temperature);
    }

    /** Returns a copy with another number of triplets per step, at least 1. */
    public ContrastiveTraining withBatchSize(int newBatchSize) {
        return new ContrastiveTraining(loss, width, hiddenWidth, steps, newBatchSize,
                learningRate, margin, temperature);
    }

    /** Returns a copy with another Adam learning rate, positive. */
    public ContrastiveTraining withLearningRate(double newLearningRate) {
        return new ContrastiveTraining(loss, width, hiddenWidth, steps, batchSize,
                newLearningRate, margin, temperature);
    }

    /** Returns a copy with another triplet margin, positive. */
    public ContrastiveTraining withMargin(double newMargin) {
        return new ContrastiveTraining(loss, width, hiddenWidth, steps, batchSize,
                learningRate, newMargin, temperature);
    }

    /** Returns a copy with another InfoNCE temperature kappa, positive. */
    public ContrastiveTraining withTemperature(double newTemperature) {
        return new ContrastiveTraining(loss, width, hiddenWidth, steps, batchSize,
                learningRate, margin, newTemperature);
    }

    /** Returns the number of Adam steps. */
    public int steps() {
        return steps;
    }

    /** Returns the loss. */
    public ContrastiveLoss loss() {
        return loss;
    }

    /**
     * Trains an encoder.
     *
     * @param sample the units the triplets index
     * @param triplets the triplets
     * @param seed the seed of the initial weights and the minibatch draws
     * @return the encoder
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public TreatmentEncoder train(TreatmentSample sample, Triplets triplets, long seed,
            ProgressSink progress, CancellationToken cancellation) {
        ColumnScaling scaling = ColumnScaling.fit(sample.treatments());
        DMatrixRMaj t = scaling.apply(sample.treatments());
        SplittableRandom random = new SplittableRandom(seed);
        DenseNetwork network = new DenseNetwork(new int[] {t.numCols, hiddenWidth, width},
                random.nextLong());
        int[] anchors = triplets.anchors();
        int[] positives = triplets.positives();
        int[] negatives = triplets.negatives();

        TrainingLoop.run(Adam.withDefaults().withLearningRate(learningRate)
                .create(network.parameters()), steps, (tape, step) -> {
                    int[] batch = Rows.draw(anchors.length, batchSize, random);
                    Node a = encode(tape, network, t, anchors, batch);
                    Node p = encode(tape, network, t, positives, batch);
                    Node n = encode(tape, network, t, negatives, batch);
                    return lossOf(tape, a, p, n);
                }, progress, cancellation);
        return new TreatmentEncoder(scaling, network);
    }

    private Node lossOf(Tape tape, Node a, Node p, Node n) {
        if (loss == ContrastiveLoss.TRIPLET) {
            return LossOps.tripletMargin(a, p, n, margin);
        }
        Node unitA = ReductionOps.normalizeRows(a);
        Node toPositive = ReductionOps.rowSums(MatrixOps.multiply(unitA,
                ReductionOps.normalizeRows(p)));
        Node toNegative = ReductionOps.rowSums(MatrixOps.multiply(unitA,
                ReductionOps.normalizeRows(n)));
        Node logits = MatrixOps.scale(MatrixOps.concatColumns(toPositive, toNegative),
                1 / temperature);
        return LossOps.crossEntropy(logits, new int[a.rows()]);
    }

    private static Node encode(Tape tape, DenseNetwork network, DMatrixRMaj t, int[] members,
            int[] batch) {
        int[] rows = new int[batch.length];
        for (int i = 0; i < batch.length; i++) {
            rows[i] = members[batch[i]];
        }
        return network.forward(tape, tape.constant(Rows.select(t, rows)));
    }
}
