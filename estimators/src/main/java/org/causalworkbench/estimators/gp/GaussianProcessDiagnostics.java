package org.causalworkbench.estimators.gp;

import java.util.List;

/**
 * Diagnostics of one GP regression fit.
 *
 * @param negativeLogLikelihoodPerPoint -log p(z) / n at the returned hyperparameters
 * @param iterations the L-BFGS iterations summed over all starts, 0 when nothing was learned
 * @param evaluations the marginal-likelihood evaluations summed over all starts
 * @param restarts the random restarts run after the start from the configured values
 * @param converged whether the best start met a convergence tolerance, or {@code true} when
 *     nothing was learned
 * @param jitter the jitter added to the diagonal of the final kernel matrix, 0 when none was
 *     needed
 * @param warnings messages for the user, such as a collapsed lengthscale, a very large noise
 *     variance, a jitter or a start that failed
 */
public record GaussianProcessDiagnostics(double negativeLogLikelihoodPerPoint, int iterations,
        int evaluations, int restarts, boolean converged, double jitter, List<String> warnings) {

    /** Copies the warnings. */
    public GaussianProcessDiagnostics {
        warnings = List.copyOf(warnings);
    }
}
