package org.causalworkbench.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.app.chart.RecommenderCharts;
import org.causalworkbench.app.chart.TreatmentCharts;
import org.causalworkbench.estimators.repr.contrastive.LabResult;
import org.causalworkbench.estimators.repr.contrastive.Method;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;

/**
 * Writes the report sections of the recommender and structured-treatment panels of the
 * Representation lab. Table numbers are read from the result JSON, so they are the numbers
 * the project stores; the charts draw the re-run's outcome.
 */
final class LabSections {

    private static final String TOY_SCALE = "A teaching-scale toy with known ground truth that"
            + " reproduces the mechanism of the method, not the paper's experiments or numbers.";

    private LabSections() {
    }

    static void recommender(Html html, List<RecommenderEvaluation> outcome, JsonNode result) {
        html.element("h3", "What was run");
        html.paragraph("A two-tower recommender trained on confounded logs of a synthetic world,"
                + " once per penalty weight \u03bb on the mutual information between the item"
                + " representation and the user context, which a critic estimates. Each \u03bb"
                + " trains from the same seeded weights for " + result.path("epochs").asInt()
                + " epochs.");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode run : result.path("runs")) {
            rows.add(List.of(lambda(run.path("lambda").asDouble()),
                    score(run.path("logged"), "auc"), score(run.path("randomExposure"), "auc"),
                    score(run.path("flippedPolicy"), "auc"), score(run.path("logged"), "ndcg5"),
                    score(run.path("randomExposure"), "ndcg5"),
                    score(run.path("flippedPolicy"), "ndcg5"),
                    score(run.path("probeR2"), "causal"), score(run.path("probeR2"), "nonCausal"),
                    number(run.path("interventionSensitivity"))));
        }
        html.table(List.of("\u03bb", "AUC logged", "AUC random exposure", "AUC flipped policy",
                "NDCG@5 logged", "NDCG@5 random exposure", "NDCG@5 flipped policy",
                "Probe R\u00b2 causal",
                "Probe R\u00b2 non-causal", "Intervention sensitivity"), rows);
        AnalysisSections.chart(html, RecommenderCharts.auc(outcome));
        AnalysisSections.chart(html, RecommenderCharts.ndcg(outcome));
        AnalysisSections.chart(html, RecommenderCharts.probes(outcome));
        AnalysisSections.chart(html, RecommenderCharts.interventionSensitivity(outcome));
        html.element("h3", "Assumptions and limits");
        html.list(List.of(TOY_SCALE + " Source: Felekis, O'Riordan, Corcoll and Gilligan-Lee,"
                        + " arXiv:2605.27043.",
                "Probe R\u00b2 and intervention sensitivity use the world's latent item"
                        + " features, which real logs do not have."));
    }

    static void treatments(Html html, LabResult outcome, JsonNode result) {
        html.element("h3", "What was run");
        html.paragraph("Each representation of a 32-dimensional treatment gets its own"
                + " S-learner outcome model, which estimates effects of treatments whose latent"
                + " combination never occurs in training. The contrastive encoder learns from"
                + " covariate-matched triplets; its ablation draws the candidates at random."
                + " The true effects have standard deviation "
                + Html.number(result.path("trueEffectSd").asDouble()) + ".");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode method : result.path("methods")) {
            rows.add(List.of(label(method.path("method").asText()),
                    Integer.toString(method.path("width").asInt()),
                    Html.number(method.path("rootPehe").asDouble()),
                    Html.number(method.path("bias").asDouble()),
                    Html.number(method.path("causalProbeR2").asDouble()),
                    Html.number(method.path("nonCausalProbeR2").asDouble())));
        }
        html.table(List.of("Representation", "Width", "Root PEHE", "Bias",
                "Probe R\u00b2 of T_C", "Probe R\u00b2 of T_N"), rows);
        AnalysisSections.chart(html, TreatmentCharts.errors(outcome));
        AnalysisSections.chart(html, TreatmentCharts.probes(outcome));
        html.element("h3", "Assumptions and limits");
        html.list(List.of(TOY_SCALE + " Source: Corcoll, Vlontzos, O'Riordan and Gilligan-Lee,"
                        + " npj Artificial Intelligence (2026).",
                "The probes are linear, so they understate what a nonlinear representation"
                        + " keeps.",
                "At this scale the contrastive encoder does not come near the oracle on every"
                        + " seed: outcome-matched triplets carry too little of T_C for that."));
    }

    /** Returns the panel's name of a method key of the {@code contrastive} JSON. */
    private static String label(String key) {
        return Arrays.stream(Method.values())
                .filter(method -> method.name().toLowerCase(Locale.ROOT).equals(key))
                .map(TreatmentCharts::label).findFirst().orElse(key);
    }

    /** Formats a penalty weight as typed, such as 0 or 0.03, not to four digits. */
    private static String lambda(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String score(JsonNode scores, String field) {
        return scores.isObject() ? number(scores.path(field)) : "undefined";
    }

    private static String number(JsonNode value) {
        return value.isNumber() ? Html.number(value.asDouble()) : "undefined";
    }
}
