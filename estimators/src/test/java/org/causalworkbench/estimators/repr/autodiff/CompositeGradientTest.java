package org.causalworkbench.estimators.repr.autodiff;

import static org.causalworkbench.estimators.repr.autodiff.FiniteDifferenceCheck.gaussian;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Checks whole small networks of the shapes the representation labs use against central
 * differences: an MLP classifier, a residual block with a LoRA adapter, two-tower recommender
 * with a gradient-reversed critic, and contrastive encoders.
 */
class CompositeGradientTest {

    private static final ParameterGroup TRAIN = ParameterGroup.trainable("train");

    private static Parameter weight(ParameterSet set, String name, int out, int in, long seed) {
        return set.add(name, Initializers.xavierNormal(out, in, new SplittableRandom(seed)),
                TRAIN);
    }

    private static Parameter bias(ParameterSet set, String name, int width, long seed) {
        return set.add(name, gaussian(1, width, seed), TRAIN);
    }

    private static Node dense(Tape tape, Node x, Parameter w, Parameter b) {
        return MatrixOps.addRowVector(MatrixOps.matmulTransB(x, tape.parameter(w)),
                tape.parameter(b));
    }

    @Test
    void mlpClassifier_matchesFiniteDifferences() {
        ParameterSet set = new ParameterSet();
        Parameter w1 = weight(set, "w1", 6, 4, 1);
        Parameter b1 = bias(set, "b1", 6, 2);
        Parameter w2 = weight(set, "w2", 3, 6, 3);
        Parameter b2 = bias(set, "b2", 3, 4);
        DMatrixRMaj x = gaussian(5, 4, 5);
        int[] labels = {0, 2, 1, 1, 0};

        Function<Tape, Node> loss = tape -> {
            Node hidden = ActivationOps.leakyRelu(dense(tape, tape.constant(x), w1, b1), 0.1);
            return LossOps.crossEntropy(dense(tape, ActivationOps.tanh(hidden), w2, b2), labels);
        };

        FiniteDifferenceCheck.assertParameterGradientsMatch("MLP", loss, loss, set, set.all());
    }

    @Test
    void loraResidualBlock_matchesFiniteDifferences() {
        ParameterSet set = new ParameterSet();
        ParameterGroup base = ParameterGroup.frozen("base");
        Parameter up = set.add("up", Initializers.heNormal(8, 5, new SplittableRandom(6)), base);
        Parameter down = set.add("down", Initializers.heNormal(5, 8, new SplittableRandom(7)),
                base);
        LoraLinear lora = LoraLinear.attach(set, "down.lora", down, 2, 4.0, TRAIN,
                new SplittableRandom(8));
        // A nonzero B, as after some training, so that the gradient of A is not zero.
        lora.b().value().setTo(gaussian(5, 2, 9));
        Parameter head = weight(set, "head", 2, 5, 10);
        DMatrixRMaj h0 = gaussian(6, 5, 11);
        DMatrixRMaj targets = gaussian(6, 2, 12);

        Function<Tape, Node> loss = tape -> {
            Node input = tape.constant(h0);
            Node inner = ActivationOps.relu(MatrixOps.matmulTransB(input, tape.parameter(up)));
            Node h1 = MatrixOps.add(input, lora.forward(tape, inner));
            Node prediction = MatrixOps.matmulTransB(h1, tape.parameter(head));
            return LossOps.meanSquaredError(prediction, tape.constant(targets));
        };

        FiniteDifferenceCheck.assertParameterGradientsMatch("LoRA block", loss, loss, set,
                set.trainable());
    }

    @Test
    void loraForward_gradientOfInputMatches() {
        ParameterSet set = new ParameterSet();
        Parameter w0 = set.add("w0", gaussian(3, 4, 13), ParameterGroup.frozen("base"));
        LoraLinear lora = LoraLinear.attach(set, "lora", w0, 2, 2.0, TRAIN,
                new SplittableRandom(14));
        lora.b().value().setTo(gaussian(3, 2, 15));
        DMatrixRMaj weights = gaussian(5, 3, 16);

        FiniteDifferenceCheck.assertGradientsMatch("LoRA input", (tape, in) ->
                FiniteDifferenceCheck.weightedSum(lora.forward(tape, in.get(0)), weights),
                gaussian(5, 4, 17));
    }

    @Test
    void recommenderWithReversedCritic_matchesFiniteDifferences() {
        ParameterSet set = new ParameterSet();
        Parameter userTower = weight(set, "user", 3, 4, 20);
        Parameter itemTower = weight(set, "item", 3, 5, 21);
        Parameter scorer = weight(set, "scorer", 1, 6, 22);
        Parameter critic = weight(set, "critic", 3, 4, 23);
        DMatrixRMaj z = gaussian(6, 4, 24);
        DMatrixRMaj t = gaussian(6, 5, 25);
        DMatrixRMaj clicks = new DMatrixRMaj(6, 1, true, 1, 0, 0, 1, 1, 0);
        double lambda = 0.3;

        Function<Tape, Node> prediction = tape -> {
            Node u = ActivationOps.tanh(MatrixOps.matmulTransB(tape.constant(z),
                    tape.parameter(userTower)));
            Node g = itemRepresentation(tape, t, itemTower);
            Node score = MatrixOps.matmulTransB(MatrixOps.concatColumns(u, g),
                    tape.parameter(scorer));
            return LossOps.binaryCrossEntropyWithLogits(score, tape.constant(clicks));
        };
        // Bilinear critic scores S = g W z^T, trained to tell matched (g_i, z_i) pairs apart.
        Function<Node, Node> criticLoss = g -> {
            Tape tape = g.tape();
            Node projected = MatrixOps.matmul(g, tape.parameter(critic));
            return LossOps.infoNce(projected, tape.constant(z), 1.0);
        };
        Function<Tape, Node> training = tape -> MatrixOps.add(prediction.apply(tape),
                MatrixOps.scale(criticLoss.apply(MatrixOps.gradientReversal(
                        itemRepresentation(tape, t, itemTower), 1.0)), lambda));
        // The item tower descends the prediction loss and ascends the critic loss; the critic
        // descends the critic loss, which the prediction loss does not contain.
        Function<Tape, Node> towerReference = tape -> MatrixOps.subtract(prediction.apply(tape),
                MatrixOps.scale(criticLoss.apply(itemRepresentation(tape, t, itemTower)),
                        lambda));
        Function<Tape, Node> criticReference = tape -> MatrixOps.add(prediction.apply(tape),
                MatrixOps.scale(criticLoss.apply(itemRepresentation(tape, t, itemTower)),
                        lambda));

        FiniteDifferenceCheck.assertParameterGradientsMatch("towers", training, towerReference,
                set, List.of(userTower, itemTower, scorer));
        FiniteDifferenceCheck.assertParameterGradientsMatch("critic", training, criticReference,
                set, List.of(critic));
    }

    private static Node itemRepresentation(Tape tape, DMatrixRMaj t, Parameter itemTower) {
        return ActivationOps.tanh(MatrixOps.matmulTransB(tape.constant(t),
                tape.parameter(itemTower)));
    }

    @Test
    void contrastiveEncoder_matchesFiniteDifferences() {
        ParameterSet set = new ParameterSet();
        Parameter w1 = weight(set, "w1", 6, 4, 30);
        Parameter b1 = bias(set, "b1", 6, 31);
        Parameter w2 = weight(set, "w2", 3, 6, 32);
        DMatrixRMaj anchors = gaussian(5, 4, 33);
        DMatrixRMaj positives = gaussian(5, 4, 34);
        DMatrixRMaj negatives = gaussian(5, 4, 35);

        Function<Tape, Node> loss = tape -> {
            Node a = encode(tape, anchors, w1, b1, w2);
            Node p = encode(tape, positives, w1, b1, w2);
            Node n = encode(tape, negatives, w1, b1, w2);
            Node triplet = LossOps.tripletMargin(a, p, n, 1.0);
            Node nce = LossOps.infoNce(ReductionOps.normalizeRows(a),
                    ReductionOps.normalizeRows(p), 0.2);
            return MatrixOps.add(triplet, nce);
        };

        FiniteDifferenceCheck.assertParameterGradientsMatch("contrastive encoder", loss, loss,
                set, set.all());
    }

    private static Node encode(Tape tape, DMatrixRMaj x, Parameter w1, Parameter b1,
            Parameter w2) {
        Node hidden = ActivationOps.sigmoid(dense(tape, tape.constant(x), w1, b1));
        return MatrixOps.matmulTransB(hidden, tape.parameter(w2));
    }
}
