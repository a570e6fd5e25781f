package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.app.analysis.SynthRequest;
import org.causalworkbench.app.synth.robustness.CheckResults.InTimeCheck;
import org.causalworkbench.app.synth.robustness.CheckResults.LeaveOneOutCheck;
import org.causalworkbench.app.synth.robustness.CheckResults.PredictorCheck;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.synth.Predictor;
import org.causalworkbench.estimators.synth.PredictorSyntheticControl;
import org.causalworkbench.estimators.synth.PredictorSyntheticControlResult;
import org.causalworkbench.estimators.synth.RobustnessChecks;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.causalworkbench.estimators.synth.SyntheticControlSetup;

/**
 * Stores the in-time placebo and the leave-one-donor-out refits of the Checks tab: a copy of
 * the synthetic-control entry's settings, the fake intervention time, which checks ran, and
 * their results. The predictor-weighted fit of the same tab is not stored.
 */
public final class ChecksCodec {

    private ChecksCodec() {
    }

    /** The two checks re-run without a window, either of them {@code null} when not run. */
    public record Rerun(RobustnessChecks.InTimePlacebo inTime,
            RobustnessChecks.LeaveOneOut leaveOneOut, PredictorSyntheticControlResult predictor) {
    }

    /**
     * Describes the checks as a project entry, or returns {@code null} when neither ran.
     *
     * @param id the entry id
     * @param fit the synthetic-control entry whose panel and pool they use
     * @param inTime the in-time placebo on screen, or {@code null}
     * @param leaveOneOut the leave-one-out refits on screen, or {@code null}
     * @param predictor the predictor-weighted fit on screen, or {@code null}
     * @param predictors the predictor rows as (column, from, to)
     * @param stale whether the settings changed after them
     * @return the entry, or {@code null}
     */
    public static AnalysisEntry entry(String id, AnalysisEntry fit, InTimeCheck inTime,
            LeaveOneOutCheck leaveOneOut, PredictorCheck predictor, List<Predictor> predictors,
            boolean stale) {
        if (inTime == null && leaveOneOut == null && predictor == null) {
            return null;
        }
        ObjectNode c = fit.configuration().deepCopy();
        ObjectNode checks = c.putObject("checks");
        checks.put("inTime", inTime != null);
        if (inTime != null) {
            JsonValues.putDouble(checks, "placeboTime", inTime.placebo().placeboTime());
        }
        checks.put("leaveOneOut", leaveOneOut != null);
        checks.put("predictorFit", predictor != null);
        ArrayNode rows = checks.putArray("predictors");
        for (Predictor row : predictors) {
            ObjectNode item = rows.addObject().put("column", row.column());
            JsonValues.putDouble(item, "from", row.fromTime());
            JsonValues.putDouble(item, "to", row.toTime());
        }
        return new AnalysisEntry(id, AnalysisType.ROBUSTNESS_CHECKS, fit.data(), c,
                JsonValues.MAPPER.createObjectNode(), result(new Rerun(
                        inTime == null ? null : inTime.placebo(),
                        leaveOneOut == null ? null : leaveOneOut.refits(),
                        predictor == null ? null : predictor.predictorFit())), stale);
    }

    /** Returns the checks' settings object of an entry. */
    static JsonNode checks(AnalysisEntry entry) {
        return JsonValues.object(entry.configuration(), "checks");
    }

    /** Returns the fake intervention time, or {@code null} when the placebo did not run. */
    public static Double placeboTime(AnalysisEntry entry) {
        JsonNode checks = checks(entry);
        return JsonValues.bool(checks, "inTime")
                ? JsonValues.toDouble(checks.get("placeboTime"), "placeboTime") : null;
    }

    /** Returns the stored predictor rows. */
    public static List<Predictor> predictors(AnalysisEntry entry) {
        List<Predictor> rows = new ArrayList<>();
        JsonNode list = checks(entry).get("predictors");
        if (list == null) {
            return rows;
        }
        for (JsonNode item : list) {
            rows.add(new Predictor(JsonValues.text(item, "column"),
                    JsonValues.toDouble(item.get("from"), "from"),
                    JsonValues.toDouble(item.get("to"), "to")));
        }
        return rows;
    }

    /** Returns whether the predictor-weighted fit ran. */
    public static boolean predictorFit(AnalysisEntry entry) {
        return JsonValues.bool(checks(entry), "predictorFit", false);
    }

    /** Returns whether the leave-one-out refits ran. */
    public static boolean leaveOneOut(AnalysisEntry entry) {
        return JsonValues.bool(checks(entry), "leaveOneOut");
    }

    /**
     * Runs the stored checks again without a window, through the estimators the tab calls.
     *
     * @param entry the entry
     * @param project the project holding the panel
     * @param progress receives progress of the refits
     * @param cancellation checked between refits
     * @return the checks
     */
    public static Rerun run(AnalysisEntry entry, ProjectDocument project, ProgressSink progress,
            CancellationToken cancellation) {
        SynthRequest request = SynthControlCodec.request(entry, project);
        SyntheticControlSetup setup = SyntheticControlSetup.of(request.panel(),
                request.treatedUnit(), request.interventionTime(), request.excludedDonors());
        Double time = placeboTime(entry);
        RobustnessChecks.InTimePlacebo inTime = time == null ? null
                : RobustnessChecks.withDefaults().inTime(setup, time);
        RobustnessChecks.LeaveOneOut leaveOneOut = leaveOneOut(entry)
                ? RobustnessChecks.withDefaults().leaveOneOut(setup, progress, cancellation)
                : null;
        PredictorSyntheticControlResult predictor = null;
        if (predictorFit(entry)) {
            cancellation.throwIfCancellationRequested();
            predictor = PredictorSyntheticControl.of(predictors(entry)).fit(setup,
                    SynthControlCodec.table(entry, project));
        }
        return new Rerun(inTime, leaveOneOut, predictor);
    }

    /** Returns the result JSON of the checks that ran. */
    public static ObjectNode result(Rerun checks) {
        ObjectNode root = JsonValues.MAPPER.createObjectNode();
        if (checks.inTime() != null) {
            ObjectNode inTime = root.putObject("inTimePlacebo");
            JsonValues.putDouble(inTime, "placeboTime", checks.inTime().placeboTime());
            JsonValues.putDouble(inTime, "placeboRmspe", checks.inTime().placeboRmspe());
            JsonValues.putDouble(inTime, "ratio", checks.inTime().ratio());
            inTime.set("gap", JsonValues.doubles(checks.inTime().placeboGap()));
        }
        if (checks.leaveOneOut() != null) {
            ObjectNode leaveOneOut = root.putObject("leaveOneOut");
            JsonValues.putDouble(leaveOneOut, "fullAtt", checks.leaveOneOut().full().att());
            JsonValues.putDouble(leaveOneOut, "minAtt", checks.leaveOneOut().minAtt());
            JsonValues.putDouble(leaveOneOut, "maxAtt", checks.leaveOneOut().maxAtt());
            ArrayNode refits = leaveOneOut.putArray("refits");
            for (int i = 0; i < checks.leaveOneOut().leftOut().size(); i++) {
                SyntheticControlResult refit = checks.leaveOneOut().refits().get(i);
                ObjectNode item = refits.addObject();
                item.put("leftOut", checks.leaveOneOut().leftOut().get(i));
                JsonValues.putDouble(item, "att", refit.att());
                JsonValues.putDouble(item, "preRmspe", refit.preRmspe());
            }
        }
        if (checks.predictor() != null) {
            PredictorSyntheticControlResult fit = checks.predictor();
            ObjectNode predictor = root.putObject("predictorFit");
            JsonValues.putDouble(predictor, "att", fit.fit().att());
            JsonValues.putDouble(predictor, "outerLoss", fit.outerLoss());
            predictor.put("vNotIdentified", fit.predictorWeightsNotIdentified());
            ObjectNode v = predictor.putObject("v");
            double[] weights = fit.predictorWeights();
            for (int p = 0; p < weights.length; p++) {
                JsonValues.putDouble(v, fit.predictorLabels().get(p), weights[p]);
            }
        }
        return JsonValues.canonical(root);
    }
}
