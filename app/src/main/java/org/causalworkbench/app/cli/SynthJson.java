package org.causalworkbench.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.estimators.synth.FitDiagnostics;
import org.causalworkbench.estimators.synth.PlaceboResult;
import org.causalworkbench.estimators.synth.PlaceboUnit;
import org.causalworkbench.estimators.synth.SyntheticControlResult;

/**
 * Writes a synthetic-control outcome as the command line's JSON document.
 *
 * <p>The fields {@code estimator, treated, intervention, weights, preRmspe, postRmspe, att,
 * series} and, with placebo inference, {@code placebo {rank, pValue, units}} form a stable
 * contract; new fields may be added but these keep their names and meaning. The command line
 * adds {@code screen}, {@code sensitivity}, {@code debiased} and {@code predictors} when their
 * options are given ({@link SpilloverJson}). Times that are whole
 * numbers are written as integers. A ratio that is not finite (an exact pre-period fit) is
 * written as {@code null}, because JSON has no infinity.
 */
public final class SynthJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private SynthJson() {
    }

    /**
     * Builds the JSON tree.
     *
     * @param outcome the analysis outcome
     * @return the document
     */
    public static ObjectNode toJson(SynthOutcome outcome) {
        SyntheticControlResult fit = outcome.fit();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("estimator", "synthetic-control");
        root.put("treated", fit.treatedUnit());
        root.set("intervention", timeNode(fit.interventionTime()));

        ObjectNode weights = root.putObject("weights");
        fit.weightsByDonor().forEach(weights::put);
        putNumber(root, "preRmspe", fit.preRmspe());
        putNumber(root, "postRmspe", fit.postRmspe());
        putNumber(root, "att", fit.att());

        ArrayNode series = root.putArray("series");
        double[] times = fit.times();
        double[] observed = fit.observed();
        double[] synthetic = fit.synthetic();
        double[] gap = fit.gap();
        for (int t = 0; t < times.length; t++) {
            ObjectNode point = series.addObject();
            point.set("time", timeNode(times[t]));
            putNumber(point, "observed", observed[t]);
            putNumber(point, "synthetic", synthetic[t]);
            putNumber(point, "gap", gap[t]);
        }
        outcome.placeboResult().ifPresent(placebo -> root.set("placebo", placeboNode(placebo)));
        root.set("diagnostics", diagnosticsNode(fit.diagnostics()));
        return root;
    }

    /**
     * Builds the JSON tree of a command-line run, with the optional parts its options asked for.
     *
     * @param report the run's results
     * @return the document
     */
    static ObjectNode toJson(SynthReport report) {
        ObjectNode root = toJson(report.outcome());
        if (report.predictorFit() != null) {
            root.put("estimator", "synthetic-control-predictors");
            root.set("predictors", SpilloverJson.predictors(report.predictorFit(),
                    report.seed()));
        }
        if (report.screen() != null) {
            root.set("screen", SpilloverJson.screen(report.screen()));
        }
        if (report.sensitivity() != null) {
            root.set("sensitivity", SpilloverJson.sensitivity(report.sensitivity()));
        }
        if (report.debiased() != null) {
            root.set("debiased", SpilloverJson.debiased(report.debiased()));
        }
        return root;
    }

    /**
     * Formats the outcome as indented JSON text with a final line break.
     *
     * @param outcome the analysis outcome
     * @return the text
     */
    public static String toText(SynthOutcome outcome) {
        return format(toJson(outcome));
    }

    /** Formats a command-line run as indented JSON text with a final line break. */
    static String toText(SynthReport report) {
        return format(toJson(report));
    }

    private static String format(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree built in memory failed to serialise",
                    impossible);
        }
    }

    private static ObjectNode placeboNode(PlaceboResult placebo) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rank", placebo.rank());
        node.put("pValue", placebo.pValue());
        node.put("treatedInPlaceboPools", placebo.treatedInPlaceboPools());
        ObjectNode units = node.putObject("units");
        putRatio(units, placebo.treated());
        for (PlaceboUnit unit : placebo.placebos()) {
            putRatio(units, unit);
        }
        return node;
    }

    private static void putRatio(ObjectNode units, PlaceboUnit unit) {
        putNumber(units, unit.unit(), unit.ratio());
    }

    /** Writes a number, or {@code null} when it is not finite, since JSON has no infinity. */
    static void putNumber(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    private static ObjectNode diagnosticsNode(FitDiagnostics diagnostics) {
        ObjectNode node = MAPPER.createObjectNode();
        putNumber(node, "preSsr", diagnostics.preSsr());
        putNumber(node, "kktViolation", diagnostics.kktViolation());
        node.put("weightsMayNotBeUnique", diagnostics.weightsMayNotBeUnique());
        ArrayNode notes = node.putArray("notes");
        List<String> messages = diagnostics.messages();
        messages.forEach(notes::add);
        return node;
    }

    private static JsonNode timeNode(double time) {
        if (time == Math.rint(time) && Math.abs(time) < 1e15) {
            return MAPPER.getNodeFactory().numberNode((long) time);
        }
        return MAPPER.getNodeFactory().numberNode(time);
    }
}
