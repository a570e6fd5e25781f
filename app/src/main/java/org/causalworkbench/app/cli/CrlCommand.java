package org.causalworkbench.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.recommender.LambdaSweep;
import org.causalworkbench.estimators.repr.recommender.RecommenderDataConfig;
import org.causalworkbench.estimators.repr.recommender.RecommenderDataset;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.causalworkbench.estimators.repr.recommender.RecommenderGenerator;
import org.causalworkbench.estimators.repr.recommender.RecommenderTrainingConfig;

/**
 * Trains the causal-representation recommender on the default synthetic world once per penalty
 * weight and writes the metrics of every run as JSON. Each weight took 7 to 34 s with the
 * default 8 epochs on a heavily shared 2-core AMD EPYC machine.
 */
final class CrlCommand {

    static final String USAGE = "usage: causal-workbench crl --lambdas L1,L2,... --seed S"
            + " [--epochs N] [--out FILE]";

    static final String OPTIONS = String.join(System.lineSeparator(),
            "  --lambdas L1,L2,...  penalty weights on I(g(T); Z), each finite and at least 0,"
                    + " for example 0,0.03,0.1,0.3",
            "  --seed S             seed of the synthetic world, the weights and the batch"
                    + " order",
            "  --epochs N           passes over the 40,000 logged interactions (default 8)",
            "  --out FILE           write the JSON to FILE instead of standard output");

    static final Set<String> VALUED = Set.of("--lambdas", "--seed", "--epochs", "--out");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private CrlCommand() {
    }

    /** Runs the sweep and returns the JSON text. */
    static String run(Options options) {
        List<Double> lambdas = lambdas(options.require("--lambdas"));
        long seed = Options.integer("--seed", options.require("--seed"));
        RecommenderTrainingConfig training = RecommenderTrainingConfig.withDefaults(seed);
        if (options.get("--epochs").isPresent()) {
            long epochs = Options.integer("--epochs", options.get("--epochs").get());
            if (epochs < 1 || epochs > 1000) {
                throw new IllegalArgumentException("--epochs " + epochs + " is outside 1 to"
                        + " 1000; give a whole number such as 8");
            }
            training = training.withEpochs((int) epochs);
        }
        RecommenderDataset data = RecommenderGenerator.generate(
                RecommenderDataConfig.withDefaults(seed));
        List<RecommenderEvaluation> results = LambdaSweep.run(data, training, lambdas,
                ProgressSink.NONE, CancellationToken.NEVER);
        return toJson(seed, training.epochs(), results);
    }

    private static List<Double> lambdas(String text) {
        List<Double> out = new ArrayList<>();
        for (String item : Options.list(text)) {
            double lambda = Options.number("--lambdas", item,
                    "give comma-separated numbers such as 0,0.1,1");
            if (!(lambda >= 0) || Double.isInfinite(lambda)) {
                throw new IllegalArgumentException("--lambdas value " + item + " is negative or"
                        + " infinite; give finite weights of at least 0");
            }
            out.add(lambda);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("--lambdas is empty; give comma-separated"
                    + " weights such as 0,0.1,1");
        }
        return out;
    }

    private static void ranking(ObjectNode run, String testSet, double auc, double ndcg5) {
        ObjectNode scores = run.putObject(testSet);
        scores.put("auc", auc);
        scores.put("ndcg5", ndcg5);
    }

    private static void curve(ObjectNode run, String name, double[] values) {
        ArrayNode array = run.putArray(name);
        for (double value : values) {
            array.add(value);
        }
    }

    private static String toJson(long seed, int epochs, List<RecommenderEvaluation> results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("estimator", "crl");
        root.put("seed", seed);
        root.put("epochs", epochs);
        ArrayNode runs = root.putArray("runs");
        for (RecommenderEvaluation result : results) {
            ObjectNode run = runs.addObject();
            run.put("lambda", result.lambda());
            ranking(run, "logged", result.loggedAuc(), result.loggedNdcg5());
            ranking(run, "randomExposure", result.randomAuc(), result.randomNdcg5());
            ranking(run, "flippedPolicy", result.flippedAuc(), result.flippedNdcg5());
            ObjectNode probe = run.putObject("probeR2");
            probe.put("causal", result.causalProbeR2());
            probe.put("nonCausal", result.nonCausalProbeR2());
            run.put("interventionSensitivity", result.interventionSensitivity());
            curve(run, "criticEstimatePerEpoch", result.criticEstimate());
            curve(run, "predictionLossPerEpoch", result.predictionLoss());
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException("JSON of the crl results failed", impossible);
        }
    }
}
