package org.causalworkbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.estimators.obsexp.FalsificationResult;
import org.causalworkbench.estimators.obsexp.GapHyperparameters;
import org.causalworkbench.estimators.obsexp.GapPrediction;

/**
 * Writes an obs-exp outcome as the command line's JSON document.
 *
 * <p>Stable fields: {@code hyperparameters {lengthscaleBias, lengthscaleNuisance, mean,
 * noiseVariance}}, {@code negLogLikelihoodPerPoint}, {@code falsification {f1, f2, f3:
 * {statistic, pValue, rejected}}} and {@code evaluation [{x, omega, mean, variance, lower, upper,
 * inSupport}]}, where mean and variance describe the gap and lower and upper bound the CATE.
 * Non-finite numbers are written as {@code null}.
 */
public final class ObsexpJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ObsexpJson() {
    }

    static String toText(ObsExpOutcome outcome) {
        try {
            return MAPPER.writeValueAsString(toJson(outcome)) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree built in memory failed to serialise",
                    impossible);
        }
    }

    /**
     * Builds the JSON of an outcome, shared by the command and project files.
     *
     * @param outcome the outcome
     * @return the JSON object
     */
    public static ObjectNode toJson(ObsExpOutcome outcome) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("estimator", "obs-exp-gap-gp");
        ObjectNode trial = root.putObject("trial");
        trial.put("rows", outcome.request().trial().size());
        trial.put("propensity", outcome.request().trial().propensity());

        GapHyperparameters h = outcome.model().hyperparameters();
        ObjectNode hyper = root.putObject("hyperparameters");
        ArrayNode bias = hyper.putArray("lengthscaleBias");
        for (double l : h.lengthscaleBias()) {
            bias.add(l);
        }
        ArrayNode nuisance = hyper.putArray("lengthscaleNuisance");
        for (double l : h.lengthscaleNuisance()) {
            nuisance.add(l);
        }
        hyper.put("mean", h.mean());
        hyper.put("noiseVariance", h.noiseVariance());
        put(root, "negLogLikelihoodPerPoint", outcome.model().negativeLogLikelihoodPerPoint());

        ObjectNode tests = root.putObject("falsification");
        for (Map.Entry<String, FalsificationResult> entry : outcome.falsification().entrySet()) {
            ObjectNode test = tests.putObject(entry.getKey());
            FalsificationResult result = entry.getValue();
            test.put("test", result.testName());
            put(test, "statistic", result.statistic());
            put(test, "pValue", result.pValue());
            test.put("rejected", result.rejected());
            test.put("verdict", result.verdictText());
        }

        ArrayNode evaluation = root.putArray("evaluation");
        for (GapPrediction p : outcome.evaluation()) {
            ObjectNode point = evaluation.addObject();
            ArrayNode x = point.putArray("x");
            for (double value : p.x()) {
                x.add(value);
            }
            put(point, "omega", p.omega());
            put(point, "mean", p.mean());
            put(point, "variance", p.variance());
            put(point, "lower", p.lower());
            put(point, "upper", p.upper());
            point.put("inSupport", p.inSupport());
        }

        if (!outcome.uniformEvaluation().isEmpty()) {
            ObjectNode uniform = root.putObject("uniformBound");
            uniform.put("delta", outcome.request().uniformBoundDelta());
            put(uniform, "multiplier", outcome.uniformMultiplier());
            ArrayNode intervals = uniform.putArray("evaluation");
            for (GapPrediction p : outcome.uniformEvaluation()) {
                ObjectNode point = intervals.addObject();
                put(point, "lower", p.lower());
                put(point, "upper", p.upper());
            }
        }

        ObjectNode diagnostics = root.putObject("diagnostics");
        put(diagnostics, "jitter", outcome.model().diagnostics().jitter());
        ArrayNode warnings = diagnostics.putArray("warnings");
        outcome.model().diagnostics().warnings().forEach(warnings::add);
        return root;
    }

    private static void put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}
