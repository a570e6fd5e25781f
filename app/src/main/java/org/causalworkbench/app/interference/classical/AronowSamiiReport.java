package org.causalworkbench.app.interference.classical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.interference.classical.AronowSamii;
import org.causalworkbench.estimators.interference.classical.AronowSamiiResult;
import org.causalworkbench.estimators.interference.classical.As4ExposureMapping;
import org.causalworkbench.estimators.interference.classical.AssignmentDesign;
import org.causalworkbench.estimators.interference.classical.ExposureContrast;
import org.causalworkbench.estimators.interference.classical.ExposureEstimate;
import org.causalworkbench.estimators.interference.classical.ExposureProbabilities;

/**
 * The Aronow-Samii estimates of a unit table for display: the AS4 exposure mapping at hop 1 on
 * the table's neighbour lists (group cliques or graph neighbours), exposure probabilities of the
 * chosen design, and the condition means and contrasts.
 *
 * @param exposures one row per condition, c11, c10, c01, c00
 * @param contrasts the contrasts tau(d_k, d_l) with d_k before d_l in that order
 * @param warnings the estimator's warnings and notes on negative variance estimates
 * @param design the design description
 */
public record AronowSamiiReport(List<ExposureRow> exposures, List<ContrastRow> contrasts,
        List<String> warnings, String design) {

    /** The number of AS4 conditions. */
    static final int CONDITIONS = 4;

    /**
     * The largest unit count whose joint probabilities fit the estimator's storage bound:
     * K^2 N^2 values with K = 4 conditions, at most {@link ExposureProbabilities#MAX_JOINT_ENTRIES}.
     */
    public static final int MAX_UNITS =
            (int) Math.floor(Math.sqrt(ExposureProbabilities.MAX_JOINT_ENTRIES) / CONDITIONS);

    private static final List<String> MEANINGS = List.of(
            "treated, at least one treated neighbour",
            "treated, no treated neighbour",
            "untreated, at least one treated neighbour",
            "untreated, no treated neighbour");

    /** Copies the lists. */
    public AronowSamiiReport {
        exposures = List.copyOf(exposures);
        contrasts = List.copyOf(contrasts);
        warnings = List.copyOf(warnings);
    }

    /**
     * Checks that the table is small enough for the dense joint probabilities.
     *
     * @throws IllegalArgumentException if it has more than {@link #MAX_UNITS} units
     */
    static void checkSize(InterferenceData data) {
        if (data.size() > MAX_UNITS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s has %d units,"
                    + " but the Aronow-Samii exposure probabilities are limited to %d units,"
                    + " because the joint probabilities of the 4 conditions need 16 N^2 values"
                    + " in memory. Load a table with at most %d units, for example a subset of"
                    + " the groups.", data.name(), data.size(), MAX_UNITS, MAX_UNITS));
        }
    }

    /**
     * Computes the exposure probabilities of the design and the estimates.
     *
     * @param data the unit table and its neighbour lists
     * @param choice the design
     * @param progress receives progress of the probability computation
     * @param cancellation checked after every assignment
     * @return the report
     * @throws IllegalArgumentException if the table is too large, the design is invalid, or an
     *     observed exposure has probability 0 under the design
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static AronowSamiiReport compute(InterferenceData data, DesignChoice choice,
            ProgressSink progress, CancellationToken cancellation) {
        checkSize(data);
        AssignmentDesign design = choice.toDesign(data.size());
        As4ExposureMapping mapping = As4ExposureMapping.of(data.neighbours());
        ExposureProbabilities probabilities =
                ExposureProbabilities.compute(design, mapping, progress, cancellation);
        AronowSamiiResult result = AronowSamii.withDefaults().estimate(probabilities,
                data.treatment(), data.outcome());
        return fromResult(result, probabilities);
    }

    static AronowSamiiReport fromResult(AronowSamiiResult result,
            ExposureProbabilities probabilities) {
        List<String> warnings = new ArrayList<>(result.warnings());
        List<String> negatives = new ArrayList<>();
        List<ExposureRow> rows = new ArrayList<>();
        for (int k = 0; k < result.estimates().size(); k++) {
            ExposureEstimate estimate = result.estimates().get(k);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int unit = 0; unit < probabilities.unitCount(); unit++) {
                min = Math.min(min, probabilities.marginal(unit, k));
                max = Math.max(max, probabilities.marginal(unit, k));
            }
            noteNegative(estimate.condition() + " (HT mean)", estimate.meanVariance(),
                    negatives);
            rows.add(new ExposureRow(estimate.condition(), MEANINGS.get(k),
                    estimate.unitsObserved(), min, max, estimate.horvitzThompsonMean(),
                    Math.sqrt(estimate.meanVariance()), estimate.hajekMean(),
                    Math.sqrt(estimate.hajekMeanVariance()), estimate.isObserved() ? ""
                            : "no unit observed"));
        }
        List<ContrastRow> contrasts = new ArrayList<>();
        List<String> conditions = result.conditions();
        for (int k = 0; k < conditions.size(); k++) {
            for (int l = k + 1; l < conditions.size(); l++) {
                ExposureContrast contrast = result.contrast(conditions.get(k),
                        conditions.get(l));
                String name = contrast.first() + " - " + contrast.second();
                noteNegative(name + " (HT)", contrast.variance(), negatives);
                contrasts.add(new ContrastRow(name, contrast.horvitzThompson(),
                        contrast.standardError(), contrast.hajek(),
                        contrast.hajekStandardError(), contrast.undefinedReason()));
            }
        }
        if (!negatives.isEmpty()) {
            warnings.add(negativeNote(negatives, probabilities.isExact()));
        }
        return new AronowSamiiReport(rows, contrasts, warnings,
                probabilities.designDescription());
    }

    private static void noteNegative(String what, double variance, List<String> negatives) {
        if (variance < 0) {
            negatives.add(String.format(Locale.ROOT, "%s %.4g", what, variance));
        }
    }

    /**
     * Lists the negative variance estimates in one note. With Monte Carlo probabilities the
     * noise of the joint frequencies shrinks as the draws grow: on the two-stage sample 1000
     * draws gave -62 for the c10 mean where 10000 gave -2.5, so the note suggests more draws.
     */
    private static String negativeNote(List<String> negatives, boolean exact) {
        return "Negative variance estimates, whose standard errors are shown as '-': "
                + String.join(", ", negatives) + "." + (exact ? "" : " The joint probabilities"
                + " are frequencies over the draws, so more draws make negative estimates less"
                + " likely.");
    }
}
