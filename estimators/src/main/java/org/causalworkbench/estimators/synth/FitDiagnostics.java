package org.causalworkbench.estimators.synth;

import java.util.List;

/**
 * Diagnostics of one synthetic-control fit.
 *
 * @param preSsr the pre-period sum of squared gaps, in squared outcome units
 * @param kktViolation the largest violation of the optimality conditions, on outcomes divided by
 *     the treated unit's pre-period root mean square. Below 1e-9 the fit is exact.
 * @param iterations the active-set solver's support solves
 * @param weightsMayNotBeUnique whether other weights could reach the same pre-period fit (the
 *     final support was rank-deficient)
 * @param converged whether the solver met its optimality test
 * @param messages notes for the user, such as donors dropped for missing outcomes
 */
public record FitDiagnostics(double preSsr, double kktViolation, int iterations,
        boolean weightsMayNotBeUnique, boolean converged, List<String> messages) {

    /** Copies the messages. */
    public FitDiagnostics {
        messages = List.copyOf(messages);
    }
}
