package org.causalworkbench.estimators.repr.autodiff;

import org.ejml.data.DMatrixRMaj;

/**
 * Scalar losses averaged over the rows (examples) of a batch: cross-entropy, squared error,
 * binary cross-entropy with logits, InfoNCE and the triplet margin loss.
 */
public final class LossOps {

    private LossOps() {
    }

    /**
     * Returns the mean cross-entropy
     * -(1/m) sum<sub>i</sub> log softmax(z<sub>i</sub>)[y<sub>i</sub>] of m x K logits against
     * class labels, computed through log-sum-exp. Reverse rule:
     * dz<sub>i</sub> += (softmax(z<sub>i</sub>) - e(y<sub>i</sub>)) g / m, where e(k) is the
     * k-th unit row.
     *
     * @param logits m x K unnormalised scores
     * @param labels m class indices in [0, K)
     */
    public static Node crossEntropy(Node logits, int[] labels) {
        int rows = logits.rows();
        int cols = logits.cols();
        if (labels.length != rows) {
            throw new IllegalArgumentException("crossEntropy needs one label per row: "
                    + rows + " rows but " + labels.length + " labels");
        }
        double total = 0;
        for (int i = 0; i < rows; i++) {
            if (labels[i] < 0 || labels[i] >= cols) {
                throw new IllegalArgumentException("label " + labels[i] + " at row " + i
                        + " is outside the " + cols + " classes [0, " + cols + ")");
            }
            total += SoftmaxOps.logSumExp(logits.value(), i)
                    - logits.value().data[i * cols + labels[i]];
        }
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        out.set(0, 0, total / rows);
        // The reverse rule needs softmax(z) - onehot(y); it is stored now, not recomputed.
        DMatrixRMaj residual = SoftmaxOps.softmax(logits.value());
        for (int i = 0; i < rows; i++) {
            residual.data[i * cols + labels[i]] -= 1;
        }
        return logits.tape().record(out, g -> {
            double share = g.get(0, 0) / rows;
            double[] dz = logits.gradientBuffer().data;
            for (int k = 0; k < rows * cols; k++) {
                dz[k] += share * residual.data[k];
            }
        }, logits);
    }

    /** Returns the mean of the squared differences (prediction - target)<sup>2</sup>. */
    public static Node meanSquaredError(Node prediction, Node target) {
        Shapes.requireSameShape("meanSquaredError", prediction, target);
        Node difference = MatrixOps.subtract(prediction, target);
        return ReductionOps.mean(MatrixOps.multiply(difference, difference));
    }

    /**
     * Returns the mean binary cross-entropy of logits z against targets y in [0, 1], as
     * max(z, 0) - z y + log(1 + exp(-|z|)), which does not overflow. Reverse rule:
     * dz += (sigmoid(z) - y) g / n over n entries.
     */
    public static Node binaryCrossEntropyWithLogits(Node logits, Node targets) {
        Shapes.requireSameShape("binaryCrossEntropyWithLogits", logits, targets);
        int n = logits.value().getNumElements();
        double[] z = logits.value().data;
        double[] y = targets.value().data;
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (!(y[i] >= 0 && y[i] <= 1)) {
                throw new IllegalArgumentException("binary target must lie in [0, 1], got "
                        + y[i] + " at entry " + i);
            }
            total += Math.max(z[i], 0) - z[i] * y[i] + Math.log1p(Math.exp(-Math.abs(z[i])));
        }
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        out.set(0, 0, total / n);
        return logits.tape().record(out, g -> {
            double share = g.get(0, 0) / n;
            if (logits.requiresGradient()) {
                double[] dz = logits.gradientBuffer().data;
                for (int i = 0; i < n; i++) {
                    dz[i] += share * (ActivationOps.stableSigmoid(z[i]) - y[i]);
                }
            }
            if (targets.requiresGradient()) {
                double[] dy = targets.gradientBuffer().data;
                for (int i = 0; i < n; i++) {
                    dy[i] -= share * z[i];
                }
            }
        }, logits, targets);
    }

    /**
     * Returns the InfoNCE loss of n anchor/positive pairs with in-batch negatives: the mean
     * cross-entropy of the logits a<sub>i</sub> . p<sub>j</sub> / temperature with the matching
     * index j = i as the class (van den Oord, Li and Vinyals (2018), arXiv:1807.03748).
     * Normalise the rows first with {@link ReductionOps#normalizeRows} for cosine similarity.
     *
     * <p>For a critic score matrix S with S<sub>ij</sub> = f(g<sub>i</sub>, z<sub>j</sub>) and
     * temperature 1, log n minus this loss is the InfoNCE mutual-information estimate
     * (1/n) sum<sub>i</sub> [S<sub>ii</sub> - log((1/n) sum<sub>j</sub> exp S<sub>ij</sub>)].
     *
     * @param anchors n x d anchor representations
     * @param positives n x d positive representations, row i matching anchor i
     * @param temperature the softmax temperature, positive
     */
    public static Node infoNce(Node anchors, Node positives, double temperature) {
        Shapes.requireSameShape("infoNce", anchors, positives);
        Shapes.requireFinitePositive("InfoNCE temperature", temperature);
        Node logits = MatrixOps.scale(MatrixOps.matmulTransB(anchors, positives),
                1 / temperature);
        int[] matching = new int[anchors.rows()];
        for (int i = 0; i < matching.length; i++) {
            matching[i] = i;
        }
        return crossEntropy(logits, matching);
    }

    /**
     * Returns the mean triplet margin loss max(0, |a - p|<sup>2</sup> - |a - n|<sup>2</sup> +
     * margin) over rows. At a hinge value of exactly 0 the rule passes back 0.
     *
     * @param margin the margin, finite and at least 0
     */
    public static Node tripletMargin(Node anchors, Node positives, Node negatives,
            double margin) {
        Shapes.requireSameShape("tripletMargin", anchors, positives);
        Shapes.requireSameShape("tripletMargin", anchors, negatives);
        if (!(margin >= 0) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException("triplet margin must be finite and at least 0, got "
                    + margin);
        }
        Node toPositive = squaredDistances(anchors, positives);
        Node toNegative = squaredDistances(anchors, negatives);
        DMatrixRMaj marginValue = new DMatrixRMaj(1, 1);
        marginValue.set(0, 0, margin);
        Node hinge = MatrixOps.addRowVector(MatrixOps.subtract(toPositive, toNegative),
                anchors.tape().constant(marginValue));
        return ReductionOps.mean(ActivationOps.relu(hinge));
    }

    private static Node squaredDistances(Node a, Node b) {
        Node difference = MatrixOps.subtract(a, b);
        return ReductionOps.rowSums(MatrixOps.multiply(difference, difference));
    }
}
