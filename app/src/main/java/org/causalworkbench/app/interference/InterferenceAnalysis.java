package org.causalworkbench.app.interference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.interference.BlockBootstrap;
import org.causalworkbench.estimators.interference.BootstrapInterval;
import org.causalworkbench.estimators.interference.BootstrapResult;
import org.causalworkbench.estimators.interference.DependencyInflation;
import org.causalworkbench.estimators.interference.OutcomeRegressionResult;
import org.causalworkbench.estimators.interference.TaceEstimator;
import org.causalworkbench.estimators.interference.TaceResult;
import org.causalworkbench.estimators.interference.WeightedEstimate;

/**
 * Runs one interference analysis. It computes the signatures, then the naive, covariate-only
 * and TACE estimates with the chosen propensity model. Next come the additivity,
 * identifiability and TACRR checks with the outcome-regression extensions. When B is above 0,
 * the dependency factors and the block bootstrap of the TACE follow.
 *
 * <p>The bootstrap blocks are the connected components of the interaction structure, which for
 * a group column are the groups. The variance factor comes by default from the dependency
 * graph between those blocks, which has no edge, so it is 1; see {@link InflationGraph}.
 */
public final class InterferenceAnalysis {

    /** The label of the signature-adjusted row, which the headline and status line show. */
    public static final String TACE_LABEL = "TACE";
    /** The flag that marks rows beyond the weighting estimator of the method's authors. */
    public static final String EXTENSION_FLAG = "extension";

    /** Steps before the bootstrap: signature, estimate, checks, dependency factors. */
    private static final int STEPS = 4;

    private InterferenceAnalysis() {
    }

    /**
     * Runs the analysis.
     *
     * @param request the inputs
     * @param progress receives one report per step and per bootstrap replicate
     * @param cancellation checked between steps and before every replicate
     * @return the outcome
     * @throws IllegalArgumentException if the signature cannot define cells or the estimator
     *     rejects the data; the message names the setting to change
     * @throws java.util.concurrent.CancellationException if cancelled
     */
    public static InterferenceOutcome run(InterferenceRequest request, ProgressSink progress,
            CancellationToken cancellation) {
        InterferenceData data = request.data();
        int replicates = request.uncertainty().replicates();
        long total = STEPS + replicates;
        progress.message("Computing the signature: " + request.signature().describe());
        progress.progress(0, total);
        SignatureTable signatures = SignatureTable.compute(data, request.signature(),
                request.distances());
        if (!signatures.cellProblem().isEmpty()) {
            throw new IllegalArgumentException(signatures.cellProblem());
        }
        cancellation.throwIfCancellationRequested();
        progress.progress(1, total);

        progress.message("Estimating with " + request.signature().propensityModel());
        TaceEstimator estimator = TaceEstimator.withDefaults().withTrimming(request.trimming())
                .withPropensity(request.signature().propensityModel().estimatorModel());
        TaceResult result = estimator.estimate(data.treatment(), data.outcome(),
                data.covariates(), signatures.signatures());
        cancellation.throwIfCancellationRequested();
        progress.progress(2, total);

        progress.message("Checking additivity and identifiability");
        InterferenceChecks checks = InterferenceChecks.compute(data.treatment(), data.outcome(),
                data.covariates(), signatures, result, request.trimming(),
                request.defaultLevel());
        cancellation.throwIfCancellationRequested();
        progress.progress(3, total);

        List<String> notes = notes(result, data);
        Uncertainty uncertainty = Uncertainty.OFF;
        if (request.uncertainty().enabled()) {
            uncertainty = bootstrap(request, estimator, signatures, progress, cancellation,
                    notes);
        }
        List<EstimateRow> rows = rows(result, data, checks.regression(), uncertainty);
        progress.progress(total, total);
        return new InterferenceOutcome(request, signatures, result, rows, notes, checks,
                uncertainty);
    }

    /**
     * Runs the block bootstrap. A bootstrap that cannot run on these data, for example with a
     * single block, leaves the estimates without interval and adds a note saying why.
     */
    private static Uncertainty bootstrap(InterferenceRequest request, TaceEstimator estimator,
            SignatureTable signatures, ProgressSink progress, CancellationToken cancellation,
            List<String> notes) {
        InterferenceData data = request.data();
        UncertaintyChoice choice = request.uncertainty();
        progress.message("Computing the dependency factors D_avg, D_sr and D_max");
        int[][] neighbours = data.neighbours();
        int[] blocks = BlockBootstrap.connectedComponents(neighbours);
        DependencyInflation dependence = DependencyInflation.fromNeighbours(neighbours);
        DependencyInflation factors = choice.inflationGraph().factors(neighbours, blocks,
                dependence);
        cancellation.throwIfCancellationRequested();
        progress.progress(STEPS, STEPS + choice.replicates());

        progress.message(String.format(Locale.ROOT, "Block bootstrap: %d replicates, seed %d",
                choice.replicates(), choice.seed()));
        ProgressSink replicates = new ProgressSink() {
            @Override
            public void progress(long workDone, long totalWork) {
                progress.progress(STEPS + workDone, STEPS + totalWork);
            }

            @Override
            public void message(String text) {
                progress.message(text);
            }
        };
        try {
            BootstrapResult result = choice.bootstrap().run(estimator, data.treatment(),
                    data.outcome(), data.covariates(), signatures.signatures(),
                    blocks, factors, replicates, cancellation);
            return new Uncertainty(choice, dependence, factors, result);
        } catch (IllegalArgumentException unavailable) {
            notes.add("No interval: " + unavailable.getMessage());
            return Uncertainty.OFF;
        }
    }

    /**
     * Builds the rows: naive, covariates only and TACE, in that order, then the two
     * outcome-regression extensions when they could be computed.
     */
    static List<EstimateRow> rows(TaceResult result, InterferenceData data,
            OutcomeRegressionResult regression, Uncertainty uncertainty) {
        boolean covariates = data.covariates() != null;
        String x = covariates ? String.join(", ", data.covariateNames()) : "";
        List<EstimateRow> rows = new ArrayList<>();
        rows.add(row("Naive", "nothing: P(T)", result.naive(), data.size()));
        rows.add(row("Covariates", covariates ? "covariates " + x + ": P(T | X)"
                : "no covariates, same as naive", result.covariates(), data.size()));
        EstimateRow tace = row(TACE_LABEL, covariates ? "X and signature I: P(T | X, I)"
                : "signature I: P(T | I)", result.tace(), data.size());
        if (uncertainty.bootstrap() != null) {
            BootstrapInterval interval = uncertainty.bootstrap().hajek();
            tace = tace.withInterval(new EstimateRow.Interval(interval.lower(),
                    interval.upper(), String.format(Locale.ROOT, "95%% block bootstrap, %s = %.3f",
                            Uncertainty.symbol(uncertainty.bootstrap().inflation()),
                            uncertainty.bootstrap().inflationFactor())));
        }
        rows.add(tace);
        if (regression != null) {
            String adjusted = covariates ? "X and I" : "I";
            rows.add(extension("Outcome regression", adjusted + " by regression with T x I",
                    regression.regression(), regression.units(), data.size()));
            rows.add(extension("Additive regression", adjusted + " by regression, no T x I",
                    regression.additiveRegression(), regression.units(), data.size()));
        }
        return rows;
    }

    private static EstimateRow row(String label, String adjustment, WeightedEstimate estimate,
            int units) {
        EstimateRow row = new EstimateRow(label, adjustment, estimate.horvitzThompson(),
                estimate.hajek(), estimate.unitsKept(), units, Optional.empty(), List.of());
        int dropped = estimate.unitsTrimmed();
        if (dropped > 0) {
            row = row.withFlag(String.format(Locale.ROOT,
                    "%d units dropped for overlap", dropped));
        }
        return row;
    }

    private static EstimateRow extension(String label, String adjustment, double estimate,
            int kept, int units) {
        return new EstimateRow(label, adjustment, Double.NaN, estimate, kept, units,
                Optional.empty(), List.of(EXTENSION_FLAG));
    }

    private static List<String> notes(TaceResult result, InterferenceData data) {
        List<String> notes = new ArrayList<>();
        WeightedEstimate tace = result.tace();
        if (tace.cells().isEmpty()) {
            notes.add(String.format(Locale.ROOT, "TACE uses %d of %d units (%.1f%%) after"
                    + " trimming the logistic propensities. After trimming it is the effect on"
                    + " the units kept, which equals the full TACE only when the effect is"
                    + " constant.", tace.unitsKept(), data.size(), 100.0 * tace.shareKept()));
        } else {
            long keptCells = tace.cells().stream().filter(cell -> cell.kept()).count();
            notes.add(String.format(Locale.ROOT, "TACE uses %d of %d units (%.1f%%) in %d of %d"
                    + " cells. After trimming it is the effect on the units kept, which equals"
                    + " the full TACE only when the effect is constant.", tace.unitsKept(),
                    data.size(), 100.0 * tace.shareKept(), keptCells, tace.cells().size()));
        }
        if (result.unitsWithoutSignature() > 0) {
            notes.add(result.unitsWithoutSignature() + " unit(s) have no signature (0/0) and are"
                    + " left out of the TACE estimate only.");
        }
        return notes;
    }
}
