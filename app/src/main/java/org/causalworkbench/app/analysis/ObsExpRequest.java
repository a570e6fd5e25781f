package org.causalworkbench.app.analysis;

import java.util.List;
import java.util.Objects;
import org.causalworkbench.estimators.obsexp.GapHyperparameters;
import org.causalworkbench.estimators.obsexp.TrialData;

/**
 * Settings of one observational-meets-experimental analysis, shared by the window and the
 * command line.
 *
 * @param trial the randomised trial
 * @param omegaAtTrial the observational CATE &omega; at each trial row
 * @param evaluationPoints points at which to report intervals
 * @param omegaAtEvaluation &omega; at each evaluation point
 * @param hyperparameters hyperparameters to use as given, or {@code null} to fit them
 * @param tests the falsification tests to run, any of "f1", "f2", "f3"
 * @param aipw whether the tests use the cross-fitted AIPW score rather than the IPW
 *     pseudo-outcome
 * @param band the lower and upper gap bound of the F3 band test
 * @param bins the number of F3 bins
 * @param binCovariate the covariate index whose quantiles form the F3 bins
 * @param alpha the level of the tests
 * @param seed the seed of restarts, folds and bootstrap draws
 * @param uniformBoundDelta the failure probability &delta; of the uniform error bound, or NaN
 *     for no uniform bound
 */
public record ObsExpRequest(TrialData trial, double[] omegaAtTrial, double[][] evaluationPoints,
        double[] omegaAtEvaluation, GapHyperparameters hyperparameters, List<String> tests,
        boolean aipw, double[] band, int bins, int binCovariate, double alpha, long seed,
        double uniformBoundDelta) {

    /** The tests run when none are named. */
    public static final List<String> ALL_TESTS = List.of("f1", "f2", "f3");

    /** Checks the request and copies its arrays. */
    public ObsExpRequest {
        Objects.requireNonNull(trial, "trial");
        omegaAtTrial = omegaAtTrial.clone();
        evaluationPoints = evaluationPoints.clone();
        omegaAtEvaluation = omegaAtEvaluation.clone();
        tests = List.copyOf(tests);
        band = band.clone();
        if (omegaAtTrial.length != trial.size()) {
            throw new IllegalArgumentException(omegaAtTrial.length + " omega values for "
                    + trial.size() + " trial rows; give one per row");
        }
        for (String test : tests) {
            if (!ALL_TESTS.contains(test)) {
                throw new IllegalArgumentException("unknown test '" + test + "'; choose from "
                        + String.join(", ", ALL_TESTS));
            }
        }
        if (band.length != 2 || !(band[0] <= band[1])) {
            throw new IllegalArgumentException("the F3 band needs a lower and an upper bound"
                    + " with lower <= upper");
        }
        if (binCovariate < 0 || binCovariate >= trial.dimension()) {
            throw new IllegalArgumentException("the F3 bin covariate index " + binCovariate
                    + " is outside the " + trial.dimension() + " covariates");
        }
    }
}
