package org.causalworkbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.causalworkbench.estimators.interference.AdditivityResult;
import org.causalworkbench.estimators.interference.BootstrapInterval;
import org.causalworkbench.estimators.interference.BootstrapResult;
import org.causalworkbench.estimators.interference.DependencyInflation;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IdentifiabilityResult;
import org.causalworkbench.estimators.interference.OutcomeRegressionResult;
import org.causalworkbench.estimators.interference.TaceResult;
import org.causalworkbench.estimators.interference.WeightedEstimate;

/** Writes the results of the {@code tace} command as JSON; undefined numbers become null. */
final class TaceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode root = MAPPER.createObjectNode();

    TaceJson(String signature, String propensity) {
        root.put("estimator", "tace");
        root.put("signature", signature);
        root.put("propensity", propensity);
    }

    void estimates(TaceResult result, int units, BootstrapResult bootstrap) {
        ObjectNode estimates = root.putObject("estimates");
        put(estimates.putObject("naive"), result.naive());
        put(estimates.putObject("covariates"), result.covariates());
        ObjectNode tace = estimates.putObject("tace");
        put(tace, result.tace());
        if (bootstrap != null) {
            number(tace, "lower", bootstrap.hajek().lower());
            number(tace, "upper", bootstrap.hajek().upper());
        }
        ObjectNode overlap = root.putObject("overlap");
        overlap.put("kept", result.tace().unitsKept());
        overlap.put("total", units);
        overlap.put("withoutSignature", result.unitsWithoutSignature());
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
    }

    /** Adds a warning after those of the estimates. */
    void warning(String text) {
        ((ArrayNode) root.get("warnings")).add(text);
    }

    void dependence(DependencyInflation dependence) {
        ObjectNode inflation = root.putObject("dependence");
        inflation.put("average", dependence.average());
        inflation.put("spectralRadius", dependence.spectralRadius());
        inflation.put("max", dependence.maximum());
    }

    void bootstrap(BootstrapResult bootstrap, long seed, String graph,
            DependencyInflation inflationGraph) {
        ObjectNode node = root.putObject("bootstrap");
        node.put("replicates", bootstrap.replicates());
        node.put("failedReplicates", bootstrap.failedReplicates());
        node.put("firstFailure", bootstrap.firstFailure());
        node.put("blocks", bootstrap.blocks());
        node.put("seed", seed);
        node.put("inflation", bootstrap.inflation().name().toLowerCase(java.util.Locale.ROOT));
        number(node, "inflationFactor", bootstrap.inflationFactor());
        node.put("inflationGraph", graph);
        ObjectNode factors = node.putObject("inflationGraphFactors");
        factors.put("average", inflationGraph.average());
        factors.put("spectralRadius", inflationGraph.spectralRadius());
        factors.put("max", inflationGraph.maximum());
        interval(node.putObject("hajek"), bootstrap.hajek());
        interval(node.putObject("ht"), bootstrap.horvitzThompson());
    }

    void additivity(AdditivityResult additivity) {
        ObjectNode node = root.putObject("additivityCheck");
        ObjectNode interactions = node.putObject("interactions");
        for (int k = 0; k < additivity.interactionNames().size(); k++) {
            number(interactions, additivity.interactionNames().get(k),
                    additivity.interactionCoefficients().get(k));
        }
        number(node, "fStatistic", additivity.fStatistic());
        node.put("numeratorDf", additivity.numeratorDegreesOfFreedom());
        node.put("denominatorDf", additivity.denominatorDegreesOfFreedom());
        number(node, "pValue", additivity.pValue());
    }

    void identifiability(IdentifiabilityResult check) {
        ObjectNode node = root.putObject("identifiability");
        node.put("defaultLevel", check.defaultLevel().toString());
        node.put("defaultInSupport", check.defaultInSupport());
        ArrayNode minimum = node.putArray("minimum");
        check.minimum().stream().map(ExactFraction::doubleValue).forEach(minimum::add);
        ArrayNode maximum = node.putArray("maximum");
        check.maximum().stream().map(ExactFraction::doubleValue).forEach(maximum::add);
        node.put("message", check.message());
    }

    void riskRatio(Double ratio, int kept, String unavailable) {
        ObjectNode node = root.putObject("riskRatio");
        if (ratio == null) {
            node.putNull("tacrr");
            node.put("unavailable", unavailable);
        } else {
            number(node, "tacrr", ratio);
            node.put("kept", kept);
        }
    }

    void extensions(OutcomeRegressionResult regression) {
        ObjectNode node = root.putObject("extensions");
        node.put("note", "outcome regressions are workbench extensions, not the weighting"
                + " estimator of O'Riordan and Gilligan-Lee (2025)");
        ObjectNode outcome = node.putObject("outcomeRegression");
        number(outcome, "cellMeans", regression.cellMeans());
        outcome.put("cellMeansKept", regression.cellMeansUnits());
        number(outcome, "regression", regression.regression());
        number(node, "additiveRegression", regression.additiveRegression());
        node.put("units", regression.units());
        ArrayNode dropped = node.putArray("droppedColumns");
        regression.droppedColumns().forEach(dropped::add);
    }

    String text() {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree built in memory failed to serialise",
                    impossible);
        }
    }

    private static void interval(ObjectNode node, BootstrapInterval interval) {
        number(node, "estimate", interval.estimate());
        number(node, "varianceBoot", interval.bootstrapVariance());
        number(node, "variance", interval.variance());
        number(node, "lower", interval.lower());
        number(node, "upper", interval.upper());
    }

    private static void put(ObjectNode node, WeightedEstimate estimate) {
        node.put("ht", estimate.horvitzThompson());
        node.put("hajek", estimate.hajek());
        node.put("kept", estimate.unitsKept());
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
