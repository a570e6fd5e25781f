package org.causalworkbench.estimators.gp;

/**
 * Input point of a multi-task GP: a covariate vector and the index of the task it belongs to.
 *
 * <p>For {@link FixedTaskCovariance#forPropensity} the tasks are
 * {@link FixedTaskCovariance#CONTROL_TASK}, {@link FixedTaskCovariance#TREATED_TASK} and
 * {@link FixedTaskCovariance#GAP_TASK}.
 *
 * @param covariates the covariate vector, copied on construction and on access
 * @param task the task index, at least 0
 */
public record TaskInput(double[] covariates, int task) {

    /** Copies the covariates and checks the task index. */
    public TaskInput {
        if (task < 0) {
            throw new IllegalArgumentException("task index must be at least 0, got " + task);
        }
        covariates = covariates.clone();
    }

    /** Returns a copy of the covariates. */
    @Override
    public double[] covariates() {
        return covariates.clone();
    }

    /** Returns the covariate array without copying, for the covariance functions. */
    double[] covariatesView() {
        return covariates;
    }
}
