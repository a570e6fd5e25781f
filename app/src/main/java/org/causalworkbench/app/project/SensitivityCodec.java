package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.analysis.SynthRequest;
import org.causalworkbench.app.synth.SensitivityOutcome;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.spillover.WhatIfRow;

/**
 * Stores the spillover sensitivity of a synthetic-control fit: the fit's settings (a copy of
 * the synthetic-control entry's, so the analysis re-runs on its own), the donors the screen
 * flagged, and the break-even values and what-if refits. Placebos play no part, so the re-run
 * fits without them.
 */
public final class SensitivityCodec {

    private SensitivityCodec() {
    }

    /**
     * Describes a sensitivity analysis as a project entry.
     *
     * @param id the entry id
     * @param fit the synthetic-control entry the analysis belongs to
     * @param flagged the donors the screen flagged when the analysis ran
     * @param outcome the analysis on screen, or {@code null} when none ran
     * @param stale whether the fit or the pool changed after it
     * @return the entry
     */
    public static AnalysisEntry entry(String id, AnalysisEntry fit, List<String> flagged,
            SensitivityOutcome outcome, boolean stale) {
        ObjectNode c = fit.configuration().deepCopy();
        c.set("flagged", JsonValues.strings(flagged));
        c.put("ran", outcome != null);
        return new AnalysisEntry(id, AnalysisType.SPILLOVER_SENSITIVITY, fit.data(), c,
                JsonValues.MAPPER.createObjectNode(), outcome == null ? null : result(outcome),
                stale);
    }

    /**
     * Fits the synthetic control without placebos and analyses it, as the Sensitivity tab does.
     *
     * @param entry the entry
     * @param project the project holding the panel
     * @param progress receives progress of the refits
     * @param cancellation checked before every refit
     * @return the analysis
     */
    public static SensitivityOutcome analyse(AnalysisEntry entry, ProjectDocument project,
            ProgressSink progress, CancellationToken cancellation) {
        SynthRequest stored = SynthControlCodec.request(entry, project);
        SynthRequest request = new SynthRequest(stored.panel(), stored.treatedUnit(),
                stored.interventionTime(), stored.excludedDonors(), false, false);
        SynthOutcome fit = SynthAnalysis.run(request, ProgressSink.NONE, cancellation);
        return SensitivityOutcome.compute(fit, new LinkedHashSet<>(JsonValues.toStrings(
                entry.configuration().get("flagged"), "flagged")), progress, cancellation);
    }

    /** Returns the result JSON: break-even values, the suspects' share and the what-if refits. */
    public static ObjectNode result(SensitivityOutcome outcome) {
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        JsonValues.putDouble(root, "att", outcome.sensitivity().fit().att());
        JsonValues.putDouble(root, "preRmspe", outcome.preRmspe());
        JsonValues.putDouble(root, "breakEven", outcome.sensitivity().breakEven());
        ObjectNode perDonor = root.putObject("breakEvenByDonor");
        outcome.sensitivity().breakEvenByDonor().forEach((donor, size) ->
                JsonValues.putDouble(perDonor, donor, size));
        JsonValues.putDouble(root, "falsePositiveBound",
                outcome.sensitivity().falsePositiveBound());
        root.set("suspects", JsonValues.strings(outcome.suspects()));
        JsonValues.putDouble(root, "suspectShare", outcome.suspectShare());
        ArrayNode whatIf = root.putArray("whatIf");
        for (WhatIfRow row : outcome.whatIf()) {
            ObjectNode item = whatIf.addObject();
            item.set("reincluded", JsonValues.strings(row.reincluded()));
            JsonValues.putDouble(item, "att", row.att());
            JsonValues.putDouble(item, "change", row.change());
            JsonValues.putDouble(item, "reincludedWeight", row.reincludedWeight());
        }
        return JsonValues.canonical(root);
    }
}
