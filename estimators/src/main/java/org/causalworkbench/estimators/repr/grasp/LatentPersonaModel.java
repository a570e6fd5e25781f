package org.causalworkbench.estimators.repr.grasp;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.causalworkbench.estimators.repr.autodiff.ActivationOps;
import org.causalworkbench.estimators.repr.autodiff.Initializers;
import org.causalworkbench.estimators.repr.autodiff.LoraLinear;
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
 * The small "pretrained model" of the latent-persona toy: an embedding into a 24-wide residual
 * stream, one MLP block and linear heads.
 *
 * <p>h<sub>0</sub> = x E<sup>T</sup>; h<sub>1</sub> = h<sub>0</sub> + relu(h<sub>0</sub>
 * W<sub>up</sub><sup>T</sup> + b<sub>up</sub>) W<sub>down</sub><sup>T</sup> with widths
 * 24 &rarr; 64 &rarr; 24. A task head maps h<sub>1</sub> to one output per domain, and a tone
 * head to one tone value. The role-play output adds the tone, so the persona's genuine use and
 * its spurious use read the same residual-stream feature, as one persona feature read by
 * several behaviours of a language model would be. W<sub>down</sub> writes into the residual stream, which is where a
 * LoRA fine-tune is attached.
 *
 * <p><strong>Thread safety.</strong> Not thread-safe; the parameters change during training.
 */
public final class LatentPersonaModel {

    /** Width of the residual stream. */
    public static final int RESIDUAL_WIDTH = 24;

    /** Width of the MLP block's hidden layer. */
    public static final int HIDDEN_WIDTH = 64;

    private static final int DOMAINS = PersonaDomain.values().length;

    private final ParameterSet parameters;
    private final Parameter embedding;
    private final Parameter up;
    private final Parameter upBias;
    private final Parameter down;
    private final Parameter taskHead;
    private final Parameter taskBias;
    private final Parameter toneHead;
    private final Parameter toneBias;
    private final LoraLinear downAdapter;
    private final LoraLinear upAdapter;

    private LatentPersonaModel(ParameterSet parameters, LoraLinear downAdapter,
            LoraLinear upAdapter) {
        this.parameters = parameters;
        this.downAdapter = downAdapter;
        this.upAdapter = upAdapter;
        this.embedding = parameters.get("embedding");
        this.up = parameters.get("up");
        this.upBias = parameters.get("up.bias");
        this.down = parameters.get("down");
        this.taskHead = parameters.get("task");
        this.taskBias = parameters.get("task.bias");
        this.toneHead = parameters.get("tone");
        this.toneBias = parameters.get("tone.bias");
    }

    /**
     * Returns a model with seeded Xavier and He weights and zero biases, all in one trainable
     * group named "base".
     */
    public static LatentPersonaModel initialise(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ParameterGroup base = ParameterGroup.trainable("base");
        ParameterSet set = new ParameterSet();
        set.add("embedding", Initializers.xavierNormal(RESIDUAL_WIDTH,
                LatentPersonaGenerator.INPUT_WIDTH, random), base);
        set.add("up", Initializers.heNormal(HIDDEN_WIDTH, RESIDUAL_WIDTH, random), base);
        set.add("up.bias", Initializers.zeros(1, HIDDEN_WIDTH), base);
        set.add("down", Initializers.xavierNormal(RESIDUAL_WIDTH, HIDDEN_WIDTH, random), base);
        set.add("task", Initializers.xavierNormal(DOMAINS, RESIDUAL_WIDTH, random), base);
        set.add("task.bias", Initializers.zeros(1, DOMAINS), base);
        set.add("tone", Initializers.xavierNormal(1, RESIDUAL_WIDTH, random), base);
        set.add("tone.bias", Initializers.zeros(1, 1), base);
        return new LatentPersonaModel(set, null, null);
    }

    /**
     * Returns a copy for LoRA fine-tuning: every current weight, copied into a frozen group
     * "base", plus a rank-r adapter on W<sub>down</sub> in a trainable group "lora".
     *
     * @param rank the adapter rank r, between 1 and 24
     * @param alpha the LoRA scaling numerator, positive
     * @param seed the seed for the adapter's A factor
     */
    public LatentPersonaModel withDownAdapter(int rank, double alpha, long seed) {
        return withAdapters(rank, alpha, seed, false);
    }

    /**
     * Returns a copy for LoRA fine-tuning like {@link #withDownAdapter}, optionally with a second
     * rank-r adapter "up.lora" on W<sub>up</sub>, the weight that reads the residual stream.
     *
     * @param readSide whether to add the adapter on W<sub>up</sub>
     */
    public LatentPersonaModel withAdapters(int rank, double alpha, long seed, boolean readSide) {
        if (downAdapter != null) {
            throw new IllegalStateException("this model already has a LoRA adapter on W_down;"
                    + " start the fine-tune from the pretrained model instead");
        }
        ParameterGroup frozen = ParameterGroup.frozen("base");
        ParameterSet set = new ParameterSet();
        for (Parameter parameter : parameters.all()) {
            set.add(parameter.name(), parameter.value(), frozen);
        }
        ParameterGroup lora = ParameterGroup.trainable("lora");
        SplittableRandom random = new SplittableRandom(seed);
        LoraLinear adapter = LoraLinear.attach(set, "down.lora", set.get("down"), rank, alpha,
                lora, random);
        LoraLinear reader = readSide
                ? LoraLinear.attach(set, "up.lora", set.get("up"), rank, alpha, lora, random)
                : null;
        return new LatentPersonaModel(set, adapter, reader);
    }

    /** Returns the adapter on W<sub>down</sub>, if this model has one. */
    public Optional<LoraLinear> downAdapter() {
        return Optional.ofNullable(downAdapter);
    }

    /** Returns the adapter on W<sub>up</sub>, if this model has one. */
    public Optional<LoraLinear> upAdapter() {
        return Optional.ofNullable(upAdapter);
    }

    /** Nodes of one forward pass. */
    public record Outputs(Node residual, Node task, Node tone) {
    }

    /**
     * Records the forward pass.
     *
     * @param tape the tape
     * @param inputs n x {@link LatentPersonaGenerator#INPUT_WIDTH} prompts. Not modified.
     * @return the residual stream h<sub>1</sub> (n x 24), the task outputs (n x 6) and the tone
     *     (n x 1)
     */
    public Outputs forward(Tape tape, DMatrixRMaj inputs) {
        return forward(tape, inputs, UnaryOperator.identity());
    }

    /**
     * Records the forward pass with an intervention on the residual stream h<sub>1</sub> before
     * the heads read it, such as an ablation or a steering vector.
     *
     * @param intervention maps the n x 24 node h<sub>1</sub> to a node of the same shape
     */
    public Outputs forward(Tape tape, DMatrixRMaj inputs, UnaryOperator<Node> intervention) {
        if (inputs.numCols != LatentPersonaGenerator.INPUT_WIDTH) {
            throw new IllegalArgumentException("prompts must have "
                    + LatentPersonaGenerator.INPUT_WIDTH + " columns, got " + inputs.numCols);
        }
        Node h0 = MatrixOps.matmulTransB(tape.constant(inputs), tape.parameter(embedding));
        Node read = upAdapter == null
                ? MatrixOps.matmulTransB(h0, tape.parameter(up))
                : upAdapter.forward(tape, h0);
        Node hidden = ActivationOps.relu(MatrixOps.addRowVector(read, tape.parameter(upBias)));
        Node written = downAdapter == null
                ? MatrixOps.matmulTransB(hidden, tape.parameter(down))
                : downAdapter.forward(tape, hidden);
        Node h1 = intervention.apply(MatrixOps.add(h0, written));
        Node tone = MatrixOps.addRowVector(MatrixOps.matmulTransB(h1, tape.parameter(toneHead)),
                tape.parameter(toneBias));
        // The role-play output adds the tone, so the pretrained task and the tone read the
        // persona through one shared residual-stream readout.
        DMatrixRMaj rolePlayColumn = new DMatrixRMaj(1, DOMAINS);
        rolePlayColumn.set(0, PersonaDomain.ROLE_PLAY.ordinal(), 1);
        Node task = MatrixOps.add(MatrixOps.addRowVector(
                MatrixOps.matmulTransB(h1, tape.parameter(taskHead)), tape.parameter(taskBias)),
                MatrixOps.matmul(tone, tape.constant(rolePlayColumn)));
        return new Outputs(h1, task, tone);
    }

    /**
     * Returns the pretraining loss: the mean squared error of each prompt's own domain output
     * plus the mean squared error of the tone.
     */
    public static Node pretrainingLoss(Outputs outputs, PersonaPrompts batch) {
        Tape tape = outputs.task().tape();
        int n = batch.size();
        DMatrixRMaj ownDomain = new DMatrixRMaj(n, DOMAINS);
        int[] domains = batch.domains();
        for (int i = 0; i < n; i++) {
            ownDomain.set(i, domains[i], 1);
        }
        Node ownOutput = ReductionOps.rowSums(MatrixOps.multiply(outputs.task(),
                tape.constant(ownDomain)));
        Node taskLoss = LossOps.meanSquaredError(ownOutput,
                tape.constant(column(batch.taskTargets())));
        Node toneLoss = LossOps.meanSquaredError(outputs.tone(),
                tape.constant(column(batch.toneTargets())));
        return MatrixOps.add(taskLoss, toneLoss);
    }

    /**
     * Returns the parameters: group "base", trainable after {@link #initialise} and frozen in a
     * fine-tuning copy, whose adapter factors are in the trainable group "lora".
     */
    public ParameterSet parameters() {
        return parameters;
    }

    /** Returns the weight W<sub>down</sub> (24 x 64) that writes into the residual stream. */
    public Parameter down() {
        return down;
    }

    private static DMatrixRMaj column(double[] values) {
        return new DMatrixRMaj(values.length, 1, true, values);
    }
}
