package org.causalworkbench.estimators.repr.recommender;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.causalworkbench.estimators.repr.autodiff.ActivationOps;
import org.causalworkbench.estimators.repr.autodiff.Initializers;
import org.causalworkbench.estimators.repr.autodiff.LossOps;
import org.causalworkbench.estimators.repr.autodiff.MatrixOps;
import org.causalworkbench.estimators.repr.autodiff.Node;
import org.causalworkbench.estimators.repr.autodiff.Parameter;
import org.causalworkbench.estimators.repr.autodiff.ParameterGroup;
import org.causalworkbench.estimators.repr.autodiff.ParameterSet;
import org.causalworkbench.estimators.repr.autodiff.ReductionOps;
import org.causalworkbench.estimators.repr.autodiff.Tape;
import org.ejml.data.DMatrixRMaj;

/**
 * A two-tower recommender with a contrastive critic of its item representation.
 *
 * <p>The user tower u = f(Z) and the item tower g = g(T) are two-layer ReLU networks. On logs
 * without features the towers read learned id embeddings instead of Z and T, and the critic
 * reads a fixed user context given with the training rows. The click
 * logit is u . g plus a one-hidden-layer head on [u, g]. The critic scores a pair by
 * f<sub>phi</sub>(g, z) = g W h<sub>phi</sub>(z)<sup>T</sup>, bilinear in g and in a small
 * network of the user context, because the logging policy ties items to nonlinear functions
 * of Z that a critic bilinear in the raw Z would not see. The critic and the gradient reversal
 * exist only in training; predictions use the towers and the head.
 *
 * <p><strong>Thread safety.</strong> Not thread-safe; training updates the weights in place.
 */
public final class TwoTowerModel {

    private static final int PREDICTION_CHUNK = 4096;
    private static final double EMBEDDING_SCALE = 0.1;

    private final ParameterSet parameters = new ParameterSet();
    private final Layer userHidden;
    private final Layer userOut;
    private final Layer itemHidden;
    private final Layer itemOut;
    private final Layer headHidden;
    private final Layer headOut;
    private final Layer criticHidden;
    private final Layer criticOut;
    private final Parameter criticBilinear;
    private final Parameter userEmbedding;
    private final Parameter itemEmbedding;

    /**
     * Creates the model of the synthetic world, whose towers read the user context Z and the
     * item features T, with He-initialised weights drawn from {@code config.seed()}.
     */
    public TwoTowerModel(RecommenderTrainingConfig config) {
        this(config, RecommenderWorld.USER_DIM, RecommenderWorld.ITEM_DIM,
                RecommenderWorld.USER_DIM, 0, 0);
    }

    /**
     * Creates a model whose towers read learned id embeddings of width
     * {@code config.embeddingWidth()}, for logs that carry only user and item ids. The tables
     * start at N(0, 0.1<sup>2</sup>), so an item that never occurs in training keeps an
     * embedding near 0 and scores close to an average item.
     *
     * @param users rows of the user embedding table, at least 1
     * @param items rows of the item embedding table, at least 1
     * @param contextWidth columns of the user context Z that the critic reads, at least 1
     */
    static TwoTowerModel withIdEmbeddings(RecommenderTrainingConfig config, int users,
            int items, int contextWidth) {
        if (users < 1 || items < 1 || contextWidth < 1) {
            throw new IllegalArgumentException("an id-embedding model needs at least one user,"
                    + " item and context column, got " + users + ", " + items + " and "
                    + contextWidth);
        }
        int width = config.embeddingWidth();
        return new TwoTowerModel(config, width, width, contextWidth, users, items);
    }

    private TwoTowerModel(RecommenderTrainingConfig config, int userInputs, int itemInputs,
            int contextWidth, int users, int items) {
        SplittableRandom random = new SplittableRandom(config.seed());
        int hidden = config.hiddenWidth();
        int width = config.embeddingWidth();
        ParameterGroup model = ParameterGroup.trainable("model");
        ParameterGroup critic = ParameterGroup.trainable("critic");
        userHidden = layer("user.hidden", hidden, userInputs, model, random);
        userOut = layer("user.out", width, hidden, model, random);
        itemHidden = layer("item.hidden", hidden, itemInputs, model, random);
        itemOut = layer("item.out", width, hidden, model, random);
        headHidden = layer("head.hidden", hidden, 2 * width, model, random);
        headOut = layer("head.out", 1, hidden, model, random);
        criticHidden = layer("critic.hidden", hidden, contextWidth, critic, random);
        criticOut = layer("critic.out", width, hidden, critic, random);
        criticBilinear = parameters.add("critic.bilinear",
                Initializers.xavierNormal(width, width, random), critic);
        // Drawn after the layers so that the synthetic model's weights do not depend on them.
        userEmbedding = users == 0 ? null : parameters.add("user.embedding",
                Initializers.normal(users, userInputs, EMBEDDING_SCALE, random), model);
        itemEmbedding = items == 0 ? null : parameters.add("item.embedding",
                Initializers.normal(items, itemInputs, EMBEDDING_SCALE, random), model);
    }

    /** Returns the weights, towers, head and critic together. */
    public ParameterSet parameters() {
        return parameters;
    }

    /** Nodes of one training step's forward pass. */
    record TrainingStep(Node loss, double predictionLoss, double mutualInformation) {
    }

    /**
     * Records the training loss BCE + lambda-reversed InfoNCE critic loss on {@code tape}.
     * The critic descends its InfoNCE loss, which raises its estimate of I(g(T); Z). The item
     * tower receives -lambda times that gradient through the reversal layer, so it lowers the
     * estimate.
     */
    TrainingStep recordTrainingStep(Tape tape, TowerRows.Batch batch, double lambda) {
        Function<Parameter, Node> leaf = tape::parameter;
        Node u = userRepresentation(input(tape, batch.users(), userEmbedding, leaf), leaf);
        Node g = itemRepresentation(input(tape, batch.items(), itemEmbedding, leaf), leaf);
        Node prediction = LossOps.binaryCrossEntropyWithLogits(score(u, g, leaf),
                tape.constant(batch.clicks()));
        Node context = criticOut.apply(ActivationOps.relu(criticHidden.apply(
                tape.constant(batch.contexts()), leaf)), leaf);
        Node anchors = MatrixOps.matmul(MatrixOps.gradientReversal(g, lambda),
                leaf.apply(criticBilinear));
        Node criticLoss = LossOps.infoNce(anchors, context, 1.0);
        double estimate = Math.log(batch.clicks().numRows) - criticLoss.scalar();
        return new TrainingStep(MatrixOps.add(prediction, criticLoss), prediction.scalar(),
                estimate);
    }

    /** Returns the click logits for the rows of (users, items). */
    public double[] predictLogits(DMatrixRMaj users, DMatrixRMaj items) {
        return predictLogits(new TowerInput.Features(users), new TowerInput.Features(items));
    }

    /** Returns the click logits for the rows of (users, items), of the kind the towers read. */
    double[] predictLogits(TowerInput users, TowerInput items) {
        int n = users.size();
        double[] out = new double[n];
        for (int start = 0; start < n; start += PREDICTION_CHUNK) {
            int end = Math.min(n, start + PREDICTION_CHUNK);
            Tape tape = new Tape();
            Function<Parameter, Node> leaf = p -> tape.constant(p.value());
            Node u = userRepresentation(input(tape, users.slice(start, end), userEmbedding,
                    leaf), leaf);
            Node g = itemRepresentation(input(tape, items.slice(start, end), itemEmbedding,
                    leaf), leaf);
            System.arraycopy(score(u, g, leaf).value().data, 0, out, start, end - start);
        }
        return out;
    }

    /** Returns the item representations g(T), one row per row of {@code items}. */
    public DMatrixRMaj itemRepresentations(DMatrixRMaj items) {
        Tape tape = new Tape();
        Function<Parameter, Node> leaf = p -> tape.constant(p.value());
        return itemRepresentation(tape.constant(items), leaf).value().copy();
    }

    private Node itemRepresentation(Node items, Function<Parameter, Node> leaf) {
        return itemOut.apply(ActivationOps.relu(itemHidden.apply(items, leaf)), leaf);
    }

    private Node userRepresentation(Node users, Function<Parameter, Node> leaf) {
        return userOut.apply(ActivationOps.relu(userHidden.apply(users, leaf)), leaf);
    }

    /** Returns a tower's input node: the features, or the embedding rows of the ids. */
    private static Node input(Tape tape, TowerInput rows, Parameter embedding,
            Function<Parameter, Node> leaf) {
        if (rows instanceof TowerInput.Ids ids) {
            if (embedding == null) {
                throw new IllegalArgumentException("this model reads features, not ids;"
                        + " create it with withIdEmbeddings to train on ids");
            }
            return MatrixOps.gatherRows(leaf.apply(embedding), ids.ids());
        }
        if (embedding != null) {
            throw new IllegalArgumentException("this model reads ids, not features");
        }
        return tape.constant(((TowerInput.Features) rows).rows());
    }

    private Node score(Node u, Node g, Function<Parameter, Node> leaf) {
        Node dot = ReductionOps.rowSums(MatrixOps.multiply(u, g));
        Node head = headOut.apply(ActivationOps.relu(headHidden.apply(
                MatrixOps.concatColumns(u, g), leaf)), leaf);
        return MatrixOps.add(dot, head);
    }

    private Layer layer(String name, int outputs, int inputs, ParameterGroup group,
            SplittableRandom random) {
        Parameter weight = parameters.add(name + ".weight",
                Initializers.heNormal(outputs, inputs, random), group);
        Parameter bias = parameters.add(name + ".bias", Initializers.zeros(1, outputs), group);
        return new Layer(weight, bias);
    }

    /** An affine map x W<sup>T</sup> + b. */
    private record Layer(Parameter weight, Parameter bias) {
        Node apply(Node x, Function<Parameter, Node> leaf) {
            return MatrixOps.addRowVector(MatrixOps.matmulTransB(x, leaf.apply(weight)),
                    leaf.apply(bias));
        }
    }
}
