package org.causalworkbench.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.causalworkbench.estimators.synth.PredictorSyntheticControlResult;
import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult;
import org.causalworkbench.estimators.synth.spillover.DonorScore;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;
import org.causalworkbench.estimators.synth.spillover.WhatIfRow;

/**
 * Writes the optional parts of the {@code synth} JSON: {@code screen}, {@code sensitivity},
 * {@code debiased} and {@code predictors}. Numbers that are not finite are written as
 * {@code null}, as in {@link SynthJson}. In particular a zero-weight donor's per-donor
 * break-even size is infinite, so it appears as {@code null}: no spillover on that donor alone
 * can move the ATT.
 */
final class SpilloverJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpilloverJson() {
    }

    /**
     * Builds {@code screen}: settings, one entry per pool donor with its forecast, observed
     * value and z-score in standardised units (pre-period mean 0, SD 1), and the kept donors.
     */
    static ObjectNode screen(SynthReport.Screen screen) {
        DonorScreenResult result = screen.result();
        ObjectNode node = NODES.objectNode();
        node.put("anchor", result.anchor().name().toLowerCase(java.util.Locale.ROOT)
                .replace("leave_one_out", "loo"));
        node.put("rule", screen.rule());
        node.put("level", result.level());
        node.put("window", result.window());
        SynthJson.putNumber(node, "penalty", result.penalty());
        if (!result.trustedDonors().isEmpty()) {
            result.trustedDonors().forEach(node.putArray("trusted")::add);
        }
        ObjectNode units = node.putObject("units");
        for (DonorScore score : result.scores()) {
            ObjectNode unit = units.putObject(score.donor());
            SynthJson.putNumber(unit, "forecast", score.forecast());
            SynthJson.putNumber(unit, "observed", score.observed());
            SynthJson.putNumber(unit, "z", score.zScore());
            unit.put("rank", score.rank());
            unit.put("flagged", score.flagged());
            unit.put("kept", screen.kept().contains(score.donor()));
        }
        screen.kept().forEach(node.putArray("kept")::add);
        screen.dropped().forEach(node.putArray("dropped")::add);
        result.notes().forEach(node.putArray("notes")::add);
        return node;
    }

    /** Builds {@code sensitivity}, in outcome units. */
    static ObjectNode sensitivity(SynthReport.Sensitivity sensitivity) {
        ObjectNode node = NODES.objectNode();
        node.put("gamma", sensitivity.gamma());
        SynthJson.putNumber(node, "breakdown", sensitivity.breakdown());
        ObjectNode perDonor = node.putObject("perDonorBreakdown");
        sensitivity.perDonorBreakdown().forEach((donor, size) ->
                SynthJson.putNumber(perDonor, donor, size));
        SynthJson.putNumber(node, "falsePositiveBound", sensitivity.falsePositiveBound());
        SynthJson.putNumber(node, "falseNegativeBound", sensitivity.falseNegativeBound());
        ObjectNode whatIf = node.putObject("whatIf");
        for (WhatIfRow row : sensitivity.whatIf()) {
            List<String> back = row.reincluded();
            if (back.size() == 1) {
                SynthJson.putNumber(whatIf, back.get(0), row.att());
            } else {
                SynthJson.putNumber(node, "whatIfAllExcluded", row.att());
            }
        }
        return node;
    }

    /** Builds {@code debiased}, the proximal fit. */
    static ObjectNode debiased(ProximalSyntheticControlResult fit) {
        ObjectNode node = NODES.objectNode();
        SynthJson.putNumber(node, "att", fit.att());
        ObjectNode weights = node.putObject("weights");
        double[] values = fit.weights();
        for (int j = 0; j < values.length; j++) {
            weights.put(fit.keptDonors().get(j), values[j]);
        }
        node.put("instruments", fit.firstStage().instruments().size());
        node.put("method", fit.method().name());
        SynthJson.putNumber(node, "intercept", fit.intercept());
        SynthJson.putNumber(node, "plainAtt", fit.plainAtt());
        SynthJson.putNumber(node, "preRmspe", fit.preRmspe());
        fit.warnings().forEach(node.putArray("warnings")::add);
        fit.notes().forEach(node.putArray("notes")::add);
        return node;
    }

    /** Builds {@code predictors}: V and the predictor balance, in data units. */
    static ObjectNode predictors(PredictorSyntheticControlResult fit, long seed) {
        ObjectNode node = NODES.objectNode();
        ObjectNode v = node.putObject("v");
        ObjectNode treated = node.putObject("treated");
        ObjectNode synthetic = node.putObject("synthetic");
        double[] weights = fit.predictorWeights();
        double[] treatedValues = fit.treatedPredictors();
        double[] syntheticValues = fit.syntheticPredictors();
        for (int p = 0; p < weights.length; p++) {
            String label = fit.predictorLabels().get(p);
            v.put(label, weights[p]);
            SynthJson.putNumber(treated, label, treatedValues[p]);
            SynthJson.putNumber(synthetic, label, syntheticValues[p]);
        }
        SynthJson.putNumber(node, "outerLoss", fit.outerLoss());
        node.put("seed", seed);
        node.put("vNotIdentified", fit.predictorWeightsNotIdentified());
        fit.notes().forEach(node.putArray("notes")::add);
        return node;
    }
}
