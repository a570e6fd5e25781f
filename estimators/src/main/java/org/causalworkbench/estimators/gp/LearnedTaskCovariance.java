package org.causalworkbench.estimators.gp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Multi-task covariance with a learned task covariance matrix, the intrinsic coregionalisation
 * model (ICM): a covariate kernel times a rank-1-plus-diagonal task matrix B.
 *
 * <p>Inputs are (x, t) pairs, {@link TaskInput}, and
 * \[ k((x, t), (x', t')) = s \, k_x(x, x') \, B_{t t'}, \qquad
 *    B = w w^\top + \operatorname{diag}(\kappa), \]
 * with a task factor w (one value per task, any sign), a positive task diagonal &kappa; and a
 * scale s that is 1, or 2 when {@link #withDoubled doubled}. Each task is a GP with covariance
 * s B<sub>tt</sub> k<sub>x</sub>, and two tasks correlate through B<sub>tt'</sub>.
 *
 * <ul>
 *   <li>The search coordinates are those of k<sub>x</sub> (named {@code input.}), then
 *       w<sub>0</sub>, ..., w<sub>m-1</sub> (named {@code task.factor[t]}), then
 *       log &kappa;<sub>0</sub>, ..., log &kappa;<sub>m-1</sub> (named
 *       {@code task.diagonal[t]}). The task factors are not log-transformed, because w may be
 *       negative, so {@link #logParameters()} returns w itself in their places.</li>
 *   <li>The task entries are listed with {@link Hyperparameter.Kind#VARIANCE} because the
 *       hyperparameter kinds have no entry for a signed factor. w<sub>t</sub><sup>2</sup> is
 *       the variance that the shared part adds to task t.</li>
 *   <li>Derivatives: {@code dk/dw_a = s k_x (1[t = a] w_t' + w_t 1[t' = a])} and
 *       {@code dk/dlog kappa_a = s k_x kappa_a 1[t = t' = a]}. The derivatives of k<sub>x</sub>
 *       are multiplied by s B<sub>tt'</sub>.</li>
 *   <li>A task index of m or more is rejected.</li>
 * </ul>
 *
 * <p><strong>The doubled scale.</strong> The LCM baseline in the code released with Fawkes et
 * al. (2025) sums two components that share one covariate kernel and one task matrix. The sum
 * equals this covariance with s = 2, so {@link #withDoubled(boolean) withDoubled(true)}
 * reproduces that code. Doubling does not enlarge the family of covariances, because 2 B equals
 * w'w'<sup>T</sup> + diag(&kappa;') with w' = &radic;2 w and &kappa;' = 2&kappa;. But at the
 * same w and &kappa; the doubled prior variance is twice as large. So a fit started from the
 * same values follows another optimiser path, and it may end at another local optimum.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared.
 *
 * <p>References: Bonilla, Chai and Williams (2007), Multi-task Gaussian Process Prediction,
 * Advances in Neural Information Processing Systems 20. &Aacute;lvarez, Rosasco and Lawrence
 * (2012), Kernels for Vector-Valued Functions: A Review, Foundations and Trends in Machine
 * Learning 4(3), 195-266, doi:10.1561/2200000036.
 */
public final class LearnedTaskCovariance implements CovarianceFunction<TaskInput> {

    private final Kernel inputKernel;
    private final double[] factor;
    private final double[] diagonal;
    private final boolean doubled;

    private LearnedTaskCovariance(Kernel inputKernel, double[] factor, double[] diagonal,
            boolean doubled) {
        if (inputKernel == null) {
            throw new IllegalArgumentException("the covariate kernel is missing");
        }
        if (factor.length == 0 || factor.length != diagonal.length) {
            throw new IllegalArgumentException("the task factor has " + factor.length
                    + " values and the task diagonal " + diagonal.length
                    + ". Give one of each per task, for at least one task");
        }
        for (int t = 0; t < factor.length; t++) {
            if (!Double.isFinite(factor[t])) {
                throw new IllegalArgumentException("task factor " + t + " is not finite: "
                        + factor[t]);
            }
            KernelChecks.checkPositive(diagonal[t], "task diagonal " + t);
        }
        this.inputKernel = inputKernel;
        this.factor = factor.clone();
        this.diagonal = diagonal.clone();
        this.doubled = doubled;
    }

    /**
     * Creates the covariance with scale s = 1.
     *
     * @param inputKernel k<sub>x</sub>, for example a unit-amplitude squared exponential kernel
     * @param factor the task factor w, one finite value per task
     * @param diagonal the task diagonal &kappa;, one positive value per task
     * @return the covariance
     * @throws IllegalArgumentException if the lengths differ or a value is invalid
     */
    public static LearnedTaskCovariance of(Kernel inputKernel, double[] factor,
            double[] diagonal) {
        return new LearnedTaskCovariance(inputKernel, factor, diagonal, false);
    }

    /**
     * Returns a copy with scale s = 2 when {@code value} is true, or s = 1 otherwise. See the
     * class comment for why the doubled scale exists.
     */
    public LearnedTaskCovariance withDoubled(boolean value) {
        return new LearnedTaskCovariance(inputKernel, factor, diagonal, value);
    }

    /** Returns k<sub>x</sub>. */
    public Kernel inputKernel() {
        return inputKernel;
    }

    /** Returns a copy of the task factor w. */
    public double[] factor() {
        return factor.clone();
    }

    /** Returns a copy of the task diagonal &kappa;. */
    public double[] diagonal() {
        return diagonal.clone();
    }

    /** Returns whether the scale s is 2. */
    public boolean doubled() {
        return doubled;
    }

    /** Returns the number of tasks m. */
    public int taskCount() {
        return factor.length;
    }

    /**
     * Returns the m&times;m task matrix s B, the prior covariance of the tasks at one covariate
     * vector when k<sub>x</sub>(x, x) = 1.
     */
    public double[][] taskMatrix() {
        int m = factor.length;
        double[][] matrix = new double[m][m];
        for (int t = 0; t < m; t++) {
            for (int u = 0; u < m; u++) {
                matrix[t][u] = taskEntry(t, u);
            }
        }
        return matrix;
    }

    @Override
    public double value(TaskInput a, TaskInput b) {
        double weight = taskEntry(checkedTask(a), checkedTask(b));
        return weight * inputKernel.value(a.covariatesView(), b.covariatesView());
    }

    @Override
    public void gradient(TaskInput a, TaskInput b, double[] gradient, int offset) {
        int t = checkedTask(a);
        int u = checkedTask(b);
        double[] x = a.covariatesView();
        double[] y = b.covariatesView();
        double scale = doubled ? 2 : 1;

        int inputCount = inputKernel.parameterCount();
        inputKernel.gradient(x, y, gradient, offset);
        double weight = taskEntry(t, u);
        for (int k = offset; k < offset + inputCount; k++) {
            gradient[k] *= weight;
        }

        double scaledKernel = scale * inputKernel.value(x, y);
        int m = factor.length;
        int factorStart = offset + inputCount;
        int diagonalStart = factorStart + m;
        Arrays.fill(gradient, factorStart, diagonalStart + m, 0);
        gradient[factorStart + t] += scaledKernel * factor[u];
        gradient[factorStart + u] += scaledKernel * factor[t];
        if (t == u) {
            gradient[diagonalStart + t] = scaledKernel * diagonal[t];
        }
    }

    @Override
    public int parameterCount() {
        return inputKernel.parameterCount() + 2 * factor.length;
    }

    @Override
    public double[] logParameters() {
        double[] input = inputKernel.logParameters();
        int m = factor.length;
        double[] values = Arrays.copyOf(input, input.length + 2 * m);
        for (int t = 0; t < m; t++) {
            values[input.length + t] = factor[t];
            values[input.length + m + t] = Math.log(diagonal[t]);
        }
        return values;
    }

    @Override
    public LearnedTaskCovariance withLogParameters(double[] logParameters) {
        KernelChecks.checkLogParameters(logParameters, parameterCount());
        int split = inputKernel.parameterCount();
        int m = factor.length;
        Kernel input = inputKernel.withLogParameters(Arrays.copyOfRange(logParameters, 0, split));
        double[] newFactor = Arrays.copyOfRange(logParameters, split, split + m);
        double[] newDiagonal = new double[m];
        for (int t = 0; t < m; t++) {
            newDiagonal[t] = Math.exp(logParameters[split + m + t]);
        }
        return new LearnedTaskCovariance(input, newFactor, newDiagonal, doubled);
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        List<Hyperparameter> list = new ArrayList<>();
        for (Hyperparameter parameter : inputKernel.hyperparameters()) {
            list.add(parameter.withPrefix("input"));
        }
        for (int t = 0; t < factor.length; t++) {
            list.add(Hyperparameter.variance("task.factor[" + t + "]"));
        }
        for (int t = 0; t < factor.length; t++) {
            list.add(Hyperparameter.variance("task.diagonal[" + t + "]"));
        }
        return List.copyOf(list);
    }

    @Override
    public double[] covariates(TaskInput point) {
        return point.covariatesView();
    }

    @Override
    public String toString() {
        return "LearnedTask(input=" + inputKernel + ", factor=" + Arrays.toString(factor)
                + ", diagonal=" + Arrays.toString(diagonal) + ", doubled=" + doubled + ")";
    }

    /** Returns s B<sub>tu</sub>. */
    private double taskEntry(int t, int u) {
        double entry = factor[t] * factor[u] + (t == u ? diagonal[t] : 0);
        return doubled ? 2 * entry : entry;
    }

    private int checkedTask(TaskInput point) {
        int task = point.task();
        if (task >= factor.length) {
            throw new IllegalArgumentException("task index " + task + " is invalid because the"
                    + " covariance has only tasks 0 to " + (factor.length - 1));
        }
        return task;
    }
}
