package org.causalworkbench.app.interference;

import java.util.List;
import java.util.Objects;
import org.causalworkbench.estimators.interference.TaceResult;

/**
 * The result of one interference run: the signatures it used, the estimator's result with its
 * overlap diagnostics, the rows of the estimates table, notes for the user, the checks and the
 * bootstrap.
 *
 * @param request the inputs
 * @param signatures the signature per unit
 * @param result the naive, covariate-only and TACE estimates with their cells
 * @param rows the estimates table, in display order (top of the forest plot first)
 * @param notes sentences shown above the estimates, such as units left out
 * @param checks additivity, identifiability, TACRR and warnings, or {@code null} when the
 *     runner did not compute them
 * @param uncertainty the bootstrap and dependency factors
 */
public record InterferenceOutcome(InterferenceRequest request, SignatureTable signatures,
        TaceResult result, List<EstimateRow> rows, List<String> notes,
        InterferenceChecks checks, Uncertainty uncertainty) {

    /** Copies the lists. */
    public InterferenceOutcome {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(signatures, "signatures");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(uncertainty, "uncertainty");
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** Creates an outcome without checks and without bootstrap. */
    public InterferenceOutcome(InterferenceRequest request, SignatureTable signatures,
            TaceResult result, List<EstimateRow> rows, List<String> notes) {
        this(request, signatures, result, rows, notes, null, Uncertainty.OFF);
    }
}
