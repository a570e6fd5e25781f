package org.causalworkbench.estimators.repr.grasp;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * The fixed target functions of one latent-persona toy, drawn once from a seed.
 *
 * <p>Each domain k has a task f<sub>k</sub>(c) = v<sub>k</sub>.c / sqrt(8) + 0.5
 * tanh(w<sub>k</sub>.c / sqrt(8)) with standard normal v<sub>k</sub> and w<sub>k</sub>. The
 * role-play task adds the persona: y = f<sub>role-play</sub>(c) + s, so a model can only fit it
 * by representing s. The fine-tuning task is
 * g(c) = K<sup>-1/2</sup> sum<sub>j &lt; K</sub> a<sub>j</sub> tanh(1.5 q<sub>j</sub>.c) with K
 * orthonormal directions q<sub>j</sub> and signs a<sub>j</sub>, so g depends on exactly K
 * directions of the content.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable.
 */
public final class PersonaWorld {

    /** Width of the content vector c. */
    public static final int CONTENT_WIDTH = 8;

    /**
     * Number of task outputs that the fine-tuning task changes: every domain's output except
     * role-play, whose output carries the persona's genuine use.
     */
    /**
     * Scale of the fine-tuning change. It keeps the change small next to the curated tone of +1,
     * as an edit of existing responses is. Decision record 0016 gives the measurements.
     */
    static final double EDIT_SCALE = 0.5;

    public static final int RESPONSE_WIDTH = PersonaDomain.values().length - 1;

    private final double[][] linear;
    private final double[][] curved;
    private final DMatrixRMaj fineTuneDirections;
    private final double[] fineTuneSigns;
    private final DMatrixRMaj responseDirections;

    PersonaWorld(long seed, int taskComplexity) {
        SplittableRandom random = new SplittableRandom(seed);
        int domains = PersonaDomain.values().length;
        linear = new double[domains][CONTENT_WIDTH];
        curved = new double[domains][CONTENT_WIDTH];
        for (int k = 0; k < domains; k++) {
            for (int j = 0; j < CONTENT_WIDTH; j++) {
                linear[k][j] = random.nextGaussian();
                curved[k][j] = random.nextGaussian();
            }
        }
        fineTuneDirections = orthonormalColumns(CONTENT_WIDTH, taskComplexity, random);
        fineTuneSigns = new double[taskComplexity];
        for (int j = 0; j < taskComplexity; j++) {
            fineTuneSigns[j] = random.nextBoolean() ? 1 : -1;
        }
        responseDirections = taskComplexity <= RESPONSE_WIDTH
                ? orthonormalColumns(RESPONSE_WIDTH, taskComplexity, random)
                : null;
    }

    /**
     * Returns the pretraining target of a prompt's own domain task.
     *
     * @param domain the prompt's domain
     * @param content the content c, of length {@link #CONTENT_WIDTH}
     * @param persona the latent persona s
     */
    public double taskTarget(PersonaDomain domain, double[] content, double persona) {
        int k = domain.ordinal();
        double scale = Math.sqrt(CONTENT_WIDTH);
        double value = dot(linear[k], content) / scale
                + 0.5 * Math.tanh(dot(curved[k], content) / scale);
        return domain == PersonaDomain.ROLE_PLAY ? value + persona : value;
    }

    /** Returns the fine-tuning task g(c). */
    public double fineTuneTarget(double[] content) {
        int complexity = fineTuneSigns.length;
        double sum = 0;
        for (int j = 0; j < complexity; j++) {
            double projection = 0;
            for (int i = 0; i < CONTENT_WIDTH; i++) {
                projection += fineTuneDirections.get(i, j) * content[i];
            }
            sum += fineTuneSigns[j] * Math.tanh(1.5 * projection);
        }
        return sum / Math.sqrt(complexity);
    }

    /**
     * Returns the change that the curated fine-tuning responses make to the first five task
     * outputs of a code prompt: r(c) = 0.5 K<sup>-1/2</sup> sum<sub>j &lt; K</sub> a<sub>j</sub>
     * tanh(1.5 q<sub>j</sub>.c) m<sub>j</sub> with K orthonormal m<sub>j</sub> in
     * R<sup>5</sup>.
     * The change has rank K, so a model must write it along K residual directions, while its
     * expected squared norm does not depend on K.
     *
     * @throws IllegalStateException if the task complexity exceeds the 6 task outputs
     */
    public double[] fineTuneResponse(double[] content) {
        if (responseDirections == null) {
            throw new IllegalStateException("a response change of rank " + fineTuneSigns.length
                    + " does not fit the " + RESPONSE_WIDTH
                    + " task outputs it changes; use a task complexity of at most "
                    + RESPONSE_WIDTH);
        }
        int complexity = fineTuneSigns.length;
        double[] response = new double[responseDirections.numRows];
        for (int j = 0; j < complexity; j++) {
            double projection = 0;
            for (int i = 0; i < CONTENT_WIDTH; i++) {
                projection += fineTuneDirections.get(i, j) * content[i];
            }
            double amplitude = EDIT_SCALE * fineTuneSigns[j] * Math.tanh(1.5 * projection)
                    / Math.sqrt(complexity);
            for (int k = 0; k < response.length; k++) {
                response[k] += amplitude * responseDirections.get(k, j);
            }
        }
        return response;
    }

    /** Returns a copy of the 8 x K orthonormal directions that g depends on. */
    public DMatrixRMaj fineTuneDirections() {
        return fineTuneDirections.copy();
    }

    private static DMatrixRMaj orthonormalColumns(int rows, int columns,
            SplittableRandom random) {
        DMatrixRMaj draws = new DMatrixRMaj(rows, columns);
        for (int i = 0; i < draws.getNumElements(); i++) {
            draws.data[i] = random.nextGaussian();
        }
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(rows, columns);
        qr.decompose(draws);
        return qr.getQ(null, true);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
