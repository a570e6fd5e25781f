package org.causalworkbench.estimators.gp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Covariance of the fixed-nuisance multi-task GP for the gap between a true and an observational
 * conditional average treatment effect (CATE).
 *
 * <p>Inputs are (x, t) pairs, {@link TaskInput}, and the covariance is
 * \[ k((x, t), (x', t')) = k_\Delta(x, x') + v_t v_{t'} k_g(x, x') \]
 * with task factors v that are fixed, not learned. The model behind it is
 * z = &Delta;(x) + v<sub>t</sub> g(x) + noise with independent &Delta; ~ GP(c, k<sub>&Delta;</sub>)
 * and g ~ GP(0, k<sub>g</sub>). For a randomised trial with known treatment probability &pi;
 * and pseudo-outcome targets, {@link #forPropensity} sets v = (-1/(1 - &pi;), 1/&pi;, 0) for
 * control, treated and the gap query task.
 *
 * <ul>
 *   <li>A point of a task with v<sub>t</sub> = 0, such as {@link #GAP_TASK}, has covariance
 *       k<sub>&Delta;</sub> with every other point, so the posterior at it is the posterior of
 *       &Delta; alone.</li>
 *   <li>The learned hyperparameters are those of k<sub>&Delta;</sub> (named {@code gap.}) followed
 *       by those of k<sub>g</sub> (named {@code nuisance.}). Derivatives of the nuisance part
 *       carry the factor v<sub>t</sub> v<sub>t'</sub>.</li>
 *   <li>A task index outside the factor vector is rejected.</li>
 * </ul>
 *
 * <p><strong>Thread safety.</strong> Instances are immutable and may be shared.
 *
 * <p>Reference: Fawkes, O'Riordan, Vlontzos, Corcoll and Gilligan-Lee (2025), The Hardness of
 * Validating Observational Studies with Experimental Data, arXiv:2503.14795.
 */
public final class FixedTaskCovariance implements CovarianceFunction<TaskInput> {

    /** Task index of control units (T = 0) under {@link #forPropensity}. */
    public static final int CONTROL_TASK = 0;
    /** Task index of treated units (T = 1) under {@link #forPropensity}. */
    public static final int TREATED_TASK = 1;
    /** Task index of query points for the gap &Delta; under {@link #forPropensity}. */
    public static final int GAP_TASK = 2;

    private final Kernel gapKernel;
    private final Kernel nuisanceKernel;
    private final double[] taskFactors;

    private FixedTaskCovariance(Kernel gapKernel, Kernel nuisanceKernel, double[] taskFactors) {
        if (gapKernel == null || nuisanceKernel == null) {
            throw new IllegalArgumentException("both the gap and the nuisance kernel are"
                    + " required");
        }
        if (taskFactors.length == 0) {
            throw new IllegalArgumentException("at least one task factor is required");
        }
        for (int t = 0; t < taskFactors.length; t++) {
            if (!Double.isFinite(taskFactors[t])) {
                throw new IllegalArgumentException("task factor " + t + " is not finite: "
                        + taskFactors[t]);
            }
        }
        this.gapKernel = gapKernel;
        this.nuisanceKernel = nuisanceKernel;
        this.taskFactors = taskFactors.clone();
    }

    /**
     * Creates the covariance with arbitrary fixed task factors.
     *
     * @param gapKernel k<sub>&Delta;</sub>, shared by all tasks
     * @param nuisanceKernel k<sub>g</sub>, weighted by the task factors
     * @param taskFactors v<sub>t</sub> for each task index t, finite
     * @return the covariance
     */
    public static FixedTaskCovariance of(Kernel gapKernel, Kernel nuisanceKernel,
            double... taskFactors) {
        return new FixedTaskCovariance(gapKernel, nuisanceKernel, taskFactors);
    }

    /**
     * Creates the covariance for pseudo-outcomes of a trial with treatment probability
     * {@code propensity}: v = (-1/(1 - &pi;), 1/&pi;, 0) for {@link #CONTROL_TASK},
     * {@link #TREATED_TASK} and {@link #GAP_TASK}.
     *
     * @param gapKernel k<sub>&Delta;</sub>
     * @param nuisanceKernel k<sub>g</sub>
     * @param propensity the known treatment probability &pi;, strictly between 0 and 1
     * @return the covariance
     */
    public static FixedTaskCovariance forPropensity(Kernel gapKernel, Kernel nuisanceKernel,
            double propensity) {
        if (!(propensity > 0 && propensity < 1)) {
            throw new IllegalArgumentException("treatment probability must lie strictly between"
                    + " 0 and 1, got " + propensity);
        }
        return new FixedTaskCovariance(gapKernel, nuisanceKernel,
                new double[] {-1 / (1 - propensity), 1 / propensity, 0});
    }

    /** Returns k<sub>&Delta;</sub>. */
    public Kernel gapKernel() {
        return gapKernel;
    }

    /** Returns k<sub>g</sub>. */
    public Kernel nuisanceKernel() {
        return nuisanceKernel;
    }

    /** Returns a copy of the task factors v. */
    public double[] taskFactors() {
        return taskFactors.clone();
    }

    @Override
    public double value(TaskInput a, TaskInput b) {
        double[] x = a.covariatesView();
        double[] y = b.covariatesView();
        double weight = taskFactor(a) * taskFactor(b);
        double value = gapKernel.value(x, y);
        if (weight != 0) {
            value += weight * nuisanceKernel.value(x, y);
        }
        return value;
    }

    @Override
    public void gradient(TaskInput a, TaskInput b, double[] gradient, int offset) {
        double[] x = a.covariatesView();
        double[] y = b.covariatesView();
        gapKernel.gradient(x, y, gradient, offset);

        int start = offset + gapKernel.parameterCount();
        int end = start + nuisanceKernel.parameterCount();
        double weight = taskFactor(a) * taskFactor(b);
        if (weight == 0) {
            Arrays.fill(gradient, start, end, 0);
            return;
        }
        nuisanceKernel.gradient(x, y, gradient, start);
        for (int k = start; k < end; k++) {
            gradient[k] *= weight;
        }
    }

    @Override
    public int parameterCount() {
        return gapKernel.parameterCount() + nuisanceKernel.parameterCount();
    }

    @Override
    public double[] logParameters() {
        double[] gap = gapKernel.logParameters();
        double[] nuisance = nuisanceKernel.logParameters();
        double[] logs = Arrays.copyOf(gap, gap.length + nuisance.length);
        System.arraycopy(nuisance, 0, logs, gap.length, nuisance.length);
        return logs;
    }

    @Override
    public FixedTaskCovariance withLogParameters(double[] logParameters) {
        KernelChecks.checkLogParameters(logParameters, parameterCount());
        int split = gapKernel.parameterCount();
        Kernel gap = gapKernel.withLogParameters(Arrays.copyOfRange(logParameters, 0, split));
        Kernel nuisance = nuisanceKernel.withLogParameters(
                Arrays.copyOfRange(logParameters, split, logParameters.length));
        return new FixedTaskCovariance(gap, nuisance, taskFactors);
    }

    @Override
    public List<Hyperparameter> hyperparameters() {
        List<Hyperparameter> list = new ArrayList<>();
        for (Hyperparameter parameter : gapKernel.hyperparameters()) {
            list.add(parameter.withPrefix("gap"));
        }
        for (Hyperparameter parameter : nuisanceKernel.hyperparameters()) {
            list.add(parameter.withPrefix("nuisance"));
        }
        return List.copyOf(list);
    }

    @Override
    public double[] covariates(TaskInput point) {
        return point.covariatesView();
    }

    @Override
    public String toString() {
        return "FixedTask(gap=" + gapKernel + ", nuisance=" + nuisanceKernel + ", factors="
                + Arrays.toString(taskFactors) + ")";
    }

    private double taskFactor(TaskInput point) {
        int task = point.task();
        if (task >= taskFactors.length) {
            throw new IllegalArgumentException("task index " + task + " is invalid because the"
                    + " covariance has task factors only for tasks 0 to "
                    + (taskFactors.length - 1));
        }
        return taskFactors[task];
    }
}
