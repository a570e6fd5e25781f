package org.causalworkbench.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.causalworkbench.estimators.repr.contrastive.ContrastiveLoss;
import org.causalworkbench.estimators.repr.contrastive.LabResult;
import org.causalworkbench.estimators.repr.contrastive.MethodResult;
import org.causalworkbench.estimators.repr.contrastive.Triplets;

/**
 * The JSON of the {@code contrastive} command: per representation the root PEHE and bias on
 * unseen treatments and the probe R<sup>2</sup> of each latent block, then the sizes and
 * thresholds of the matched and unmatched triplets.
 */
public final class ContrastiveJson {

    private ContrastiveJson() {
    }

    /**
     * Returns the JSON tree of one lab run.
     *
     * @param seed the seed of the run
     * @param loss the contrastive loss, written as {@code triplet} or {@code infonce}
     * @param result the run's result
     */
    public static ObjectNode toJson(long seed, ContrastiveLoss loss, LabResult result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("estimator", "contrastive");
        root.put("seed", seed);
        root.put("loss", loss == ContrastiveLoss.INFO_NCE ? "infonce" : "triplet");
        root.put("note", "toy-scale mechanism of Corcoll et al. (2026), not their experiments");
        root.put("trueEffectSd", result.trueEffectSd());
        ArrayNode methods = root.putArray("methods");
        for (MethodResult method : result.methods()) {
            ObjectNode node = methods.addObject();
            node.put("method", method.method().name().toLowerCase(Locale.ROOT));
            node.put("width", method.width());
            node.put("rootPehe", method.rootPehe());
            node.put("bias", method.bias());
            node.put("causalProbeR2", method.causalProbeR2());
            node.put("nonCausalProbeR2", method.nonCausalProbeR2());
        }
        triplets(root.putObject("matchedTriplets"), result.matchedTriplets());
        triplets(root.putObject("unmatchedTriplets"), result.unmatchedTriplets());
        return root;
    }

    private static void triplets(ObjectNode node, Triplets triplets) {
        node.put("count", triplets.size());
        node.put("usableAnchors", triplets.usableAnchors());
        node.put("lowerOutcomeThreshold", triplets.lowerThreshold());
        node.put("upperOutcomeThreshold", triplets.upperThreshold());
        node.put("meanPositiveCovariateDistance", triplets.meanPositiveDistance());
        node.put("meanNegativeCovariateDistance", triplets.meanNegativeDistance());
    }
}
