package org.causalworkbench.app.interference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.TaceResult;
import org.causalworkbench.estimators.interference.WeightedEstimate;

/**
 * Runs one interference analysis: the signatures, then the naive, covariate-only and TACE
 * estimates with cell propensities, then the rows of the estimates table.
 */
public final class InterferenceAnalysis {

    /** The label of the signature-adjusted row, which the headline and status line show. */
    public static final String TACE_LABEL = "TACE";

    private static final int STEPS = 3;

    private InterferenceAnalysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param request the inputs
     * @param progress receives one report per step
     * @param cancellation checked between steps
     * @return the outcome
     * @throws IllegalArgumentException if the signature cannot define cells or the estimator
     *     rejects the data; the message names the setting to change
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public static InterferenceOutcome run(InterferenceRequest request, ProgressSink progress,
            CancellationToken cancellation) {
        InterferenceData data = request.data();
        progress.message("Computing the signature: " + request.signature().describe());
        progress.progress(0, STEPS);
        SignatureTable signatures = SignatureTable.compute(data, request.signature());
        if (!signatures.cellProblem().isEmpty()) {
            throw new IllegalArgumentException(signatures.cellProblem());
        }
        cancellation.throwIfCancellationRequested();
        progress.progress(1, STEPS);

        progress.message("Estimating with propensities by cell");
        TaceResult result = TaceEstimator.withDefaults().withTrimming(request.trimming())
                .estimate(data.treatment(), data.outcome(), data.covariates(),
                        signatures.signatures());
        cancellation.throwIfCancellationRequested();
        progress.progress(2, STEPS);

        List<EstimateRow> rows = rows(result, data);
        List<String> notes = notes(result, data);
        progress.progress(STEPS, STEPS);
        return new InterferenceOutcome(request, signatures, result, rows, notes);
    }

    /** Builds the three rows: naive, covariates only, and TACE, in that order. */
    static List<EstimateRow> rows(TaceResult result, InterferenceData data) {
        boolean covariates = data.covariates() != null;
        String x = covariates ? String.join(", ", data.covariateNames()) : "";
        List<EstimateRow> rows = new ArrayList<>();
        rows.add(row("Naive", "nothing: P(T)", result.naive(), data.size()));
        rows.add(row("Covariates", covariates ? "covariates " + x + ": P(T | X)"
                : "no covariates, same as naive", result.covariates(), data.size()));
        rows.add(row(TACE_LABEL, covariates ? "X and signature I: P(T | X, I)"
                : "signature I: P(T | I)", result.tace(), data.size()));
        return rows;
    }

    private static EstimateRow row(String label, String adjustment, WeightedEstimate estimate,
            int units) {
        EstimateRow row = new EstimateRow(label, adjustment, estimate.horvitzThompson(),
                estimate.hajek(), estimate.unitsKept(), units, Optional.empty(), List.of());
        int dropped = estimate.unitsTrimmed();
        if (dropped > 0) {
            row = row.withFlag(String.format(Locale.ROOT,
                    "%d unit(s) in cells without overlap dropped", dropped));
        }
        return row;
    }

    private static List<String> notes(TaceResult result, InterferenceData data) {
        List<String> notes = new ArrayList<>();
        WeightedEstimate tace = result.tace();
        long keptCells = tace.cells().stream().filter(cell -> cell.kept()).count();
        notes.add(String.format(Locale.ROOT, "TACE uses %d of %d units (%.1f%%) in %d of %d"
                + " cells. After trimming it is the effect on the units kept, which equals the"
                + " full TACE only when the effect is constant.", tace.unitsKept(), data.size(),
                100.0 * tace.shareKept(), keptCells, tace.cells().size()));
        if (result.unitsWithoutSignature() > 0) {
            notes.add(result.unitsWithoutSignature() + " unit(s) have no signature (0/0) and are"
                    + " left out of the TACE estimate only.");
        }
        return notes;
    }
}
