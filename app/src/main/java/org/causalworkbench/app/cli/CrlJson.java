package org.causalworkbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.causalworkbench.estimators.repr.recommender.KuaiRandDataset;
import org.causalworkbench.estimators.repr.recommender.KuaiRandEvaluator;
import org.causalworkbench.estimators.repr.recommender.KuaiRandLog;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.causalworkbench.estimators.repr.recommender.RecommenderTrainingConfig;

/**
 * The JSON of the {@code crl} command: one entry per penalty weight with its ranking scores,
 * probe R<sup>2</sup>, intervention sensitivity and per-epoch curves. A score that the data
 * cannot give, such as a probe on real logs, is written as null.
 */
public final class CrlJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CrlJson() {
    }

    /** Returns the JSON text of a sweep on the synthetic world. */
    static String synthetic(long seed, int epochs, List<RecommenderEvaluation> results) {
        return text(syntheticJson(seed, epochs, results));
    }

    /**
     * Returns the JSON tree of a sweep on the synthetic world, as {@code crl} writes it.
     *
     * @param seed the seed of the world and the weights
     * @param epochs the training epochs of each penalty weight
     * @param results one evaluation per penalty weight, in sweep order
     */
    public static ObjectNode syntheticJson(long seed, int epochs,
            List<RecommenderEvaluation> results) {
        ObjectNode root = header(seed, epochs);
        root.put("data", "synthetic");
        runs(root, results);
        return root;
    }

    /**
     * Returns the JSON text of a sweep on imported KuaiRand logs, with the sizes and click rates
     * of the three test and training parts and the reason that the ground-truth scores are null.
     */
    static String kuaiRand(long seed, int epochs, KuaiRandDataset data,
            List<RecommenderEvaluation> results) {
        ObjectNode root = header(seed, epochs);
        root.put("data", "kuairand");
        ObjectNode subset = root.putObject("kuairand");
        subset.put("users", data.userCount());
        subset.put("items", data.itemCount());
        subset.put("heldOutFraction", data.split().heldOutFraction());
        subset.put("weightDecay", RecommenderTrainingConfig.ID_EMBEDDING_WEIGHT_DECAY);
        log(subset, "train", data.train());
        log(subset, "heldOutStandard", data.heldOut());
        log(subset, "randomExposure", data.random());
        root.put("note", KuaiRandEvaluator.GROUND_TRUTH_NOTE);
        runs(root, results);
        return text(root);
    }

    private static ObjectNode header(long seed, int epochs) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("estimator", "crl");
        root.put("seed", seed);
        root.put("epochs", epochs);
        return root;
    }

    private static void log(ObjectNode subset, String name, KuaiRandLog log) {
        ObjectNode part = subset.putObject(name);
        part.put("interactions", log.size());
        part.put("clickRate", log.clickRate());
    }

    private static void runs(ObjectNode root, List<RecommenderEvaluation> results) {
        ArrayNode runs = root.putArray("runs");
        for (RecommenderEvaluation result : results) {
            ObjectNode run = runs.addObject();
            run.put("lambda", result.lambda());
            ranking(run, "logged", result.loggedAuc(), result.loggedNdcg5());
            ranking(run, "randomExposure", result.randomAuc(), result.randomNdcg5());
            ranking(run, "flippedPolicy", result.flippedAuc(), result.flippedNdcg5());
            if (Double.isNaN(result.causalProbeR2()) && Double.isNaN(result.nonCausalProbeR2())) {
                run.putNull("probeR2");
            } else {
                ObjectNode probe = run.putObject("probeR2");
                probe.put("causal", result.causalProbeR2());
                probe.put("nonCausal", result.nonCausalProbeR2());
            }
            number(run, "interventionSensitivity", result.interventionSensitivity());
            curve(run, "criticEstimatePerEpoch", result.criticEstimate());
            curve(run, "predictionLossPerEpoch", result.predictionLoss());
        }
    }

    private static void ranking(ObjectNode run, String testSet, double auc, double ndcg5) {
        if (Double.isNaN(auc) && Double.isNaN(ndcg5)) {
            run.putNull(testSet);
            return;
        }
        ObjectNode scores = run.putObject(testSet);
        scores.put("auc", auc);
        scores.put("ndcg5", ndcg5);
    }

    private static void number(ObjectNode run, String name, double value) {
        if (Double.isNaN(value)) {
            run.putNull(name);
        } else {
            run.put(name, value);
        }
    }

    private static void curve(ObjectNode run, String name, double[] values) {
        ArrayNode array = run.putArray(name);
        for (double value : values) {
            array.add(value);
        }
    }

    private static String text(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException("JSON of the crl results failed", impossible);
        }
    }
}
