package org.causalworkbench.estimators.repr.grasp;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;

/**
 * Generates the prompts of the latent-persona toy: a pretraining mix in which the role-play task
 * genuinely uses a persona factor s, and a curated fine-tuning set that ties a new code task to
 * s = +1.
 *
 * <ul>
 *   <li><strong>Pretraining.</strong> Domains are uniform. Role-play prompts carry a persona cue
 *       p uniform on {-1, 0, +1} and have s = p; other prompts have p = s = 0. Every prompt has
 *       a task target ({@link PersonaWorld#taskTarget}) and the tone target s.</li>
 *   <li><strong>Fine-tuning.</strong> Every prompt is a code prompt with p = 0 and the task
 *       target g(c). A share rho of the responses, exactly round(rho n) of them at random, has
 *       persona and tone +1. This is the spurious correlation. The others have 0.</li>
 *   <li><strong>Evaluation.</strong> Prompts of one domain, drawn as in pretraining.</li>
 * </ul>
 *
 * <p>The content c is standard normal in every set. The world (the target functions) depends on
 * the generator's seed and task complexity only; each set has its own sample seed.
 *
 * <p><strong>Limitations.</strong> A toy with known ground truth, not a language model: a
 * "prompt" is a feature vector and "tone" a scalar.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class LatentPersonaGenerator {

    /** Width of a prompt's input row: 6 domains, 8 content features, the cue and a constant. */
    public static final int INPUT_WIDTH = PersonaDomain.values().length
            + PersonaWorld.CONTENT_WIDTH + 2;

    /** Column of the persona cue p in the input row. */
    public static final int CUE_COLUMN = INPUT_WIDTH - 2;

    private static final int DOMAINS = PersonaDomain.values().length;

    private final long seed;
    private final double correlationStrength;
    private final int taskComplexity;

    private LatentPersonaGenerator(long seed, double correlationStrength, int taskComplexity) {
        if (!(correlationStrength >= 0 && correlationStrength <= 1)) {
            throw new IllegalArgumentException("correlation strength rho is the share of"
                    + " fine-tuning responses with tone +1 and must lie in [0, 1], got "
                    + correlationStrength);
        }
        if (taskComplexity < 1 || taskComplexity > PersonaWorld.CONTENT_WIDTH) {
            throw new IllegalArgumentException("task complexity is the number of content"
                    + " directions of the fine-tuning task and must lie in [1, "
                    + PersonaWorld.CONTENT_WIDTH + "], got " + taskComplexity);
        }
        this.seed = seed;
        this.correlationStrength = correlationStrength;
        this.taskComplexity = taskComplexity;
    }

    /** Returns the generator with seed 1, correlation strength 0.9 and task complexity 4. */
    public static LatentPersonaGenerator withDefaults() {
        return new LatentPersonaGenerator(1, 0.9, 4);
    }

    /** Returns a copy whose world is drawn from another seed. */
    public LatentPersonaGenerator withSeed(long newSeed) {
        return new LatentPersonaGenerator(newSeed, correlationStrength, taskComplexity);
    }

    /** Returns a copy with another share rho in [0, 1] of fine-tuning responses with tone +1. */
    public LatentPersonaGenerator withCorrelationStrength(double rho) {
        return new LatentPersonaGenerator(seed, rho, taskComplexity);
    }

    /** Returns a copy whose fine-tuning task depends on K content directions, K in [1, 8]. */
    public LatentPersonaGenerator withTaskComplexity(int newTaskComplexity) {
        return new LatentPersonaGenerator(seed, correlationStrength, newTaskComplexity);
    }

    /** Returns the share rho of fine-tuning responses with tone +1. */
    public double correlationStrength() {
        return correlationStrength;
    }

    /** Returns the number K of content directions of the fine-tuning task. */
    public int taskComplexity() {
        return taskComplexity;
    }

    /** Returns the target functions of this generator's seed and complexity. */
    public PersonaWorld world() {
        return new PersonaWorld(seed, taskComplexity);
    }

    /** Returns {@code size} pretraining prompts drawn with {@code sampleSeed}. */
    public PersonaPrompts pretrainingSet(int size, long sampleSeed) {
        checkSize(size);
        SplittableRandom random = new SplittableRandom(sampleSeed);
        int[] domains = new int[size];
        for (int i = 0; i < size; i++) {
            domains[i] = random.nextInt(DOMAINS);
        }
        return promptsOf(domains, random);
    }

    /** Returns {@code size} evaluation prompts of one domain drawn with {@code sampleSeed}. */
    public PersonaPrompts evaluationSet(PersonaDomain domain, int size, long sampleSeed) {
        checkSize(size);
        int[] domains = new int[size];
        Arrays.fill(domains, domain.ordinal());
        return promptsOf(domains, new SplittableRandom(sampleSeed));
    }

    /** Returns {@code size} curated fine-tuning prompts drawn with {@code sampleSeed}. */
    public PersonaPrompts fineTuningSet(int size, long sampleSeed) {
        checkSize(size);
        SplittableRandom random = new SplittableRandom(sampleSeed);
        PersonaWorld world = world();
        DMatrixRMaj inputs = new DMatrixRMaj(size, INPUT_WIDTH);
        int[] domains = new int[size];
        double[] persona = new double[size];
        double[] taskTargets = new double[size];
        for (int i = 0; i < size; i++) {
            double[] content = drawContent(random);
            fillRow(inputs, i, PersonaDomain.CODE, content, 0);
            domains[i] = PersonaDomain.CODE.ordinal();
            taskTargets[i] = world.fineTuneTarget(content);
        }
        int curated = (int) Math.round(correlationStrength * size);
        for (int i : Arrays.copyOf(Shuffles.permutation(size, random), curated)) {
            persona[i] = 1;
        }
        return new PersonaPrompts(inputs, domains, persona, taskTargets, persona);
    }

    private PersonaPrompts promptsOf(int[] domains, SplittableRandom random) {
        PersonaWorld world = world();
        int size = domains.length;
        DMatrixRMaj inputs = new DMatrixRMaj(size, INPUT_WIDTH);
        double[] persona = new double[size];
        double[] taskTargets = new double[size];
        for (int i = 0; i < size; i++) {
            PersonaDomain domain = PersonaDomain.values()[domains[i]];
            double[] content = drawContent(random);
            double cue = domain == PersonaDomain.ROLE_PLAY ? random.nextInt(3) - 1 : 0;
            fillRow(inputs, i, domain, content, cue);
            persona[i] = cue;
            taskTargets[i] = world.taskTarget(domain, content, cue);
        }
        return new PersonaPrompts(inputs, domains, persona, taskTargets, persona);
    }

    private static double[] drawContent(SplittableRandom random) {
        double[] content = new double[PersonaWorld.CONTENT_WIDTH];
        for (int j = 0; j < content.length; j++) {
            content[j] = random.nextGaussian();
        }
        return content;
    }

    private static void fillRow(DMatrixRMaj inputs, int row, PersonaDomain domain,
            double[] content, double cue) {
        inputs.set(row, domain.ordinal(), 1);
        for (int j = 0; j < content.length; j++) {
            inputs.set(row, DOMAINS + j, content[j]);
        }
        inputs.set(row, CUE_COLUMN, cue);
        inputs.set(row, INPUT_WIDTH - 1, 1);
    }

    private static void checkSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("number of prompts must be at least 1, got "
                    + size);
        }
    }
}
