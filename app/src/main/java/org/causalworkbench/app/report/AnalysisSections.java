package org.causalworkbench.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.chart.GraspCharts;
import org.causalworkbench.app.chart.ObsExpCharts;
import org.causalworkbench.app.chart.SteeringCharts;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.cli.GraspJson;
import org.causalworkbench.app.export.ChartExport;
import org.causalworkbench.app.interference.ForestPlot;
import org.causalworkbench.app.interference.InterferenceOutcome;
import org.causalworkbench.app.obsexp.ObsExpDataset;
import org.causalworkbench.estimators.repr.grasp.GraspMethod;
import org.causalworkbench.estimators.repr.grasp.GraspResult;
import org.jfree.chart.JFreeChart;

/**
 * Writes the part of the report that belongs to one analysis type. Its numbers are read from
 * the result JSON, so they are the numbers the project stores. Its charts follow, then its
 * assumptions in words, including what the numbers do not show.
 */
final class AnalysisSections {

    static final double CHART_WIDTH = 720;
    static final double CHART_HEIGHT = 380;

    /** Every placebo is drawn, as the window does by default; the chart's subtitle states it. */
    private static final double PLACEBO_FILTER = Double.POSITIVE_INFINITY;

    private AnalysisSections() {
    }

    static void chart(Html html, JFreeChart chart) {
        html.raw("<figure>").raw(ChartExport.toSvgElement(chart, CHART_WIDTH, CHART_HEIGHT))
                .raw("</figure>\n");
    }

    static void synth(Html html, SynthOutcome outcome, JsonNode result) {
        String treated = result.path("treated").asText();
        html.element("h3", "What was estimated");
        html.paragraph("The average effect on " + treated + " after the intervention (ATT): the"
                + " mean gap between " + treated + " and its synthetic control, a weighted"
                + " average of donor units with weights on the simplex chosen to fit the"
                + " pre-intervention outcomes.");

        List<String[]> numbers = new ArrayList<>();
        numbers.add(new String[] {"ATT", Html.number(result.path("att").asDouble())});
        numbers.add(new String[] {"Pre-intervention RMSPE",
            Html.number(result.path("preRmspe").asDouble())});
        numbers.add(new String[] {"Post-intervention RMSPE",
            Html.number(result.path("postRmspe").asDouble())});
        JsonNode placebo = result.get("placebo");
        if (placebo != null) {
            numbers.add(new String[] {"Placebo rank of the RMSPE ratio",
                placebo.path("rank").asText() + " of " + placebo.path("units").size()});
            numbers.add(new String[] {"Placebo p-value",
                Html.number(placebo.path("pValue").asDouble())});
        }
        html.element("h3", "Results").pairs(numbers);

        List<List<String>> weights = new ArrayList<>();
        for (Map.Entry<String, JsonNode> w : iterable(result.path("weights"))) {
            if (w.getValue().asDouble() > 0) {
                weights.add(List.of(w.getKey(), Html.number(w.getValue().asDouble())));
            }
        }
        html.element("h4", "Donors with positive weight").table(List.of("Donor", "Weight"),
                weights);

        chart(html, SynthCharts.fitChart(outcome));
        chart(html, SynthCharts.gapChart(outcome));
        if (outcome.placebo() != null) {
            chart(html, SynthCharts.placeboChart(outcome, PLACEBO_FILTER));
        }

        JsonNode diagnostics = result.path("diagnostics");
        html.element("h3", "Diagnostics").pairs(List.of(
                new String[] {"Pre-period sum of squared residuals",
                    Html.number(diagnostics.path("preSsr").asDouble())},
                new String[] {"Largest KKT violation of the weights",
                    Html.number(diagnostics.path("kktViolation").asDouble())},
                new String[] {"Weights may not be unique",
                    diagnostics.path("weightsMayNotBeUnique").asBoolean() ? "yes" : "no"}));
        html.list(texts(diagnostics.path("notes")));

        html.element("h3", "Assumptions and limits");
        html.list(List.of(
                "Without the intervention, " + treated + " would have followed the weighted"
                        + " average of its donors after the intervention as it did before.",
                "Donors are not affected by the intervention (no spillover); the spillover"
                        + " screen of the workbench tests this assumption for each donor.",
                "There is no anticipation: outcomes before the intervention time are untreated.",
                "The placebo p-value is a permutation rank with minimum 1/(J + 1). A small value"
                        + " means the treated unit's post/pre RMSPE ratio is unusual among the"
                        + " donors. It does not rule out another shock at the same time."));
    }

    static void donorScreen(Html html, JsonNode result) {
        html.element("h3", "What was screened");
        html.paragraph("Each donor's first post-intervention outcome is forecast from the"
                + " pre-intervention donors by a Bayesian ridge; a donor whose observed value"
                + " falls far from its forecast may have been affected by the intervention"
                + " (spillover). Rule S1 keeps the donors with the smallest forecast errors;"
                + " rule S2 keeps those inside the predictive interval at level "
                + Html.number(result.path("level").asDouble()) + ".");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode donor : result.path("donors")) {
            rows.add(List.of(donor.path("rank").asText(), donor.path("donor").asText(),
                    Html.number(donor.path("error").asDouble()),
                    Html.number(donor.path("zScore").asDouble()),
                    donor.path("flagged").asBoolean() ? "flagged" : "",
                    donor.path("keptByTopN").asBoolean() ? "keep" : "exclude",
                    donor.path("keptByInterval").asBoolean() ? "keep" : "exclude"));
        }
        html.element("h3", "Donors").table(List.of("Rank", "Donor", "Forecast error", "z",
                "Outside interval", "S1", "S2"), rows);
        html.list(texts(result.path("notes")));
        html.element("h3", "Assumptions and limits");
        html.list(List.of(
                "Without spillover, a donor's post-intervention value follows the same linear"
                        + " relation to the other donors as before the intervention.",
                "A flag is a reason to look at a donor, not proof of spillover; the decisions"
                        + " in the pool are the user's, with their reasons.",
                "With the leave-one-out anchor the interval is a heuristic and is not"
                        + " calibrated."));
    }

    static void sensitivity(Html html, JsonNode result) {
        html.element("h3", "What was analysed");
        html.paragraph("How much spillover onto the kept donors would change the ATT of "
                + Html.number(result.path("att").asDouble()) + ", and what the ATT would be"
                + " with each excluded donor put back.");
        html.pairs(List.of(
                new String[] {"Spillover size that moves the ATT to zero (break-even)",
                    Html.number(result.path("breakEven").asDouble())},
                new String[] {"False-positive bound",
                    Html.number(result.path("falsePositiveBound").asDouble())},
                new String[] {"Weight share of flagged kept donors",
                    Html.number(result.path("suspectShare").asDouble())},
                new String[] {"Pre-period RMSPE, for scale",
                    Html.number(result.path("preRmspe").asDouble())}));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : result.path("whatIf")) {
            rows.add(List.of(String.join(", ", texts(row.path("reincluded"))),
                    Html.number(row.path("att").asDouble()),
                    Html.number(row.path("change").asDouble()),
                    Html.number(row.path("reincludedWeight").asDouble())));
        }
        html.element("h4", "Excluded donors put back").table(List.of("Donors put back", "ATT",
                "Change", "Their weight"), rows);
        html.element("h3", "Assumptions and limits");
        html.list(List.of(
                "The bounds take the fitted weights as fixed: a spillover of size s on a donor"
                        + " with weight w moves the ATT by w times s.",
                "A break-even value far above the pre-period RMSPE means the estimate survives"
                        + " spillover of plausible size; it is not a test."));
    }

    static void debiased(Html html, JsonNode result) {
        html.element("h3", "What was estimated");
        html.paragraph("The ATT of a synthetic control whose weights are instrumented by donors"
                + " left out of the pool (proximal synthetic control), beside the plain fit on"
                + " the same pool.");
        html.pairs(List.of(
                new String[] {"Debiased ATT", Html.number(result.path("att").asDouble())},
                new String[] {"Plain ATT on the same pool",
                    Html.number(result.path("plainAtt").asDouble())},
                new String[] {"Instruments", result.path("instruments").asText()},
                new String[] {"Method", result.path("method").asText()},
                new String[] {"Pre-period RMSPE",
                    Html.number(result.path("preRmspe").asDouble())}));
        html.list(texts(result.path("warnings")));
        html.list(texts(result.path("notes")));
        html.element("h3", "Assumptions and limits");
        html.list(List.of(
                "The instruments are unaffected by the treatment and relate to the outcome only"
                        + " through the latent factors the donors share.",
                "The debiased ATT has no interval here; read it as an alternative estimate,"
                        + " not as a correction with known error."));
    }

    static void checks(Html html, JsonNode result) {
        JsonNode inTime = result.get("inTimePlacebo");
        if (inTime != null) {
            html.element("h3", "In-time placebo");
            html.paragraph("The synthetic control refitted with a fake intervention time inside"
                    + " the pre-period; a large gap before the real intervention would mean the"
                    + " fit does not track the treated unit.");
            html.pairs(List.of(
                    new String[] {"Fake intervention time", Html.number(
                            inTime.path("placeboTime").asDouble())},
                    new String[] {"RMSPE after the fake time",
                        Html.number(inTime.path("placeboRmspe").asDouble())},
                    new String[] {"Ratio to the fit's pre-period RMSPE",
                        Html.number(inTime.path("ratio").asDouble())}));
        }
        JsonNode leaveOneOut = result.get("leaveOneOut");
        if (leaveOneOut != null) {
            html.element("h3", "Leave one donor out");
            html.paragraph("The ATT refitted with each positively weighted donor left out in"
                    + " turn; a wide range means the estimate rests on one donor.");
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode refit : leaveOneOut.path("refits")) {
                rows.add(List.of(refit.path("leftOut").asText(),
                        Html.number(refit.path("att").asDouble()),
                        Html.number(refit.path("preRmspe").asDouble())));
            }
            html.pairs(List.of(
                    new String[] {"Full ATT", Html.number(leaveOneOut.path("fullAtt")
                            .asDouble())},
                    new String[] {"Smallest and largest refitted ATT", Html.number(leaveOneOut
                            .path("minAtt").asDouble()) + " to " + Html.number(leaveOneOut
                            .path("maxAtt").asDouble())}));
            html.table(List.of("Donor left out", "ATT", "Pre-period RMSPE"), rows);
        }
        JsonNode predictor = result.get("predictorFit");
        if (predictor != null) {
            html.element("h3", "Predictor-weighted fit");
            html.paragraph("The synthetic control of Abadie, Diamond and Hainmueller (2010), whose"
                    + " weights match predictor averages weighted by V chosen to fit the"
                    + " pre-period outcomes.");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ATT", Html.number(predictor.path("att").asDouble())});
            rows.add(new String[] {"Pre-period loss at V",
                Html.number(predictor.path("outerLoss").asDouble())});
            rows.add(new String[] {"V not identified",
                predictor.path("vNotIdentified").asBoolean() ? "yes" : "no"});
            for (Map.Entry<String, JsonNode> v : iterable(predictor.path("v"))) {
                rows.add(new String[] {"V of " + v.getKey(), Html.number(v.getValue()
                        .asDouble())});
            }
            html.pairs(rows);
        }
    }

    static void simulationStudy(Html html, JsonNode result) {
        html.element("h3", "What was simulated");
        html.paragraph(result.path("replicates").asText() + " simulated trials of the design "
                + result.path("design").asText() + " with a known gap; each gap model's 95%"
                + " intervals are scored by how often they contain the true gap.");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> model : iterable(result.path("models"))) {
            for (String region : List.of("inSupport", "outOfSupport")) {
                JsonNode m = model.getValue().path(region);
                rows.add(List.of(model.getKey(), region.equals("inSupport") ? "inside"
                        : "outside", Html.number(m.path("coverage").asDouble()),
                        Html.number(m.path("width").asDouble()),
                        Html.number(m.path("meanSquaredError").asDouble())));
            }
        }
        html.table(List.of("Gap model", "Trial support", "Coverage", "Width", "MSE"), rows);
        html.element("h3", "Assumptions and limits");
        html.list(List.of("Coverage near 0.95 inside the support is what the intervals"
                + " promise; outside it they rest on the prior and may cover less or more.",
                "A simulation shows behaviour on the designs simulated, not on other data."));
    }

    static void spilloverStudy(Html html, JsonNode result) {
        html.element("h3", "What was simulated");
        html.paragraph(result.path("replicates").asText() + " simulated panels in which some"
                + " donors are hit by the intervention (spillover); each donor-selection"
                + " strategy's ATT is compared with the true effect.");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> strategy : iterable(result.path("strategies"))) {
            rows.add(List.of(strategy.getKey(),
                    Html.number(strategy.getValue().path("meanBias").asDouble()),
                    Html.number(strategy.getValue().path("sdBias").asDouble())));
        }
        html.table(List.of("Strategy", "Mean bias of the ATT", "SD of the bias"), rows);
    }

    static void grasp(Html html, GraspResult outcome,
            JsonNode result) {
        html.element("h3", "What was run");
        html.paragraph("A small network pretrained on synthetic prompts whose role-play task"
                + " uses a persona factor, fine-tuned with LoRA on a curated set whose"
                + " responses carry the persona's tone. The identified direction comes from"
                + " the naive update's singular vectors; its cosine with the true persona"
                + " direction is "
                + Html.number(result.path("identification").path("cosine").asDouble())
                + " (used for scoring only).");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> method : iterable(result.path("methods"))) {
            rows.add(List.of(graspMethodName(method.getKey()),
                    share(method.getValue().path("factorRate").asDouble()),
                    Html.number(method.getValue().path("taskError").asDouble()),
                    share(method.getValue().path("genuineUseAccuracy").asDouble())));
        }
        html.table(List.of("Method", "Factor rate on unrelated prompts", "Task error",
                "Role-play accuracy"), rows);
        chart(html, GraspCharts.spectrum(outcome.identification().singularValues(),
                outcome.identification().count()));
        chart(html, GraspCharts.tradeOff(outcome.methods()));
        chart(html, GraspCharts.genuineUseAccuracy(outcome.methods()));
        if (!outcome.steeringCurve().isEmpty()) {
            chart(html, SteeringCharts.curve(outcome.steeringCurve(),
                    outcome.metrics(GraspMethod.GRASP).genuineUseAccuracy()));
        }
        html.element("h3", "Assumptions and limits");
        html.list(List.of("A teaching-scale toy of the mechanism, not a language model.",
                "GRASP projects the adapter's update off the identified directions, so the"
                        + " fine-tune adds nothing along them; ablation and steering change"
                        + " activations instead.",
                "Steering is scored at multiples of the naive update's mean write along the"
                        + " identified direction; it keeps role-play only near a multiple of"
                        + " 1, a size that needs the naive fine-tune (decision record 0020)."));
    }

    /** Returns the panel's name of a method key of the {@code grasp} JSON. */
    private static String graspMethodName(String key) {
        return GraspJson.methodOfKey(key).map(GraspCharts::label).orElse(key);
    }

    /** Formats a share of prompts with three decimals, as the charts show it. */
    private static String share(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "undefined";
    }

    static void obsExp(Html html, ObsExpOutcome outcome, ObsExpDataset dataset,
            JsonNode result) {
        html.element("h3", "What was estimated");
        html.paragraph("The gap between the observational CATE \u03c9(x) and the effect the"
                + " trial identifies, modelled by a Gaussian process and tested with"
                + " falsification tests; the corrected CATE is \u03c9(x) plus the gap.");
        List<List<String>> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> t : iterable(result.path("falsification"))) {
            JsonNode test = t.getValue();
            tests.add(List.of(t.getKey().toUpperCase(Locale.ROOT),
                    test.path("test").asText(), Html.number(test.path("statistic").asDouble()),
                    Html.number(test.path("pValue").asDouble()),
                    test.path("verdict").asText()));
        }
        html.element("h3", "Falsification tests").table(List.of("Test", "Name", "Statistic",
                "p-value", "Verdict"), tests);
        JsonNode h = result.path("hyperparameters");
        html.element("h3", "Gap model").pairs(List.of(
                new String[] {"Mean of the gap", Html.number(h.path("mean").asDouble())},
                new String[] {"Noise variance", Html.number(h.path("noiseVariance").asDouble())},
                new String[] {"Length scales of the gap", h.path("lengthscaleBias").toString()},
                new String[] {"Negative log-likelihood per point",
                    Html.number(result.path("negLogLikelihoodPerPoint").asDouble())}));
        chart(html, ObsExpCharts.gapChart(dataset, outcome));
        chart(html, ObsExpCharts.cateChart(dataset, outcome));
        html.list(texts(result.path("diagnostics").path("warnings")));
        html.element("h3", "Assumptions and limits");
        html.list(List.of(
                "The trial is randomised with the stated treatment probability, so its"
                        + " pseudo-outcomes are unbiased for the effect within its support.",
                "Outside the trial's support the interval rests on the Gaussian-process prior"
                        + " alone; the charts mark that region.",
                "A test that does not falsify the observational estimate has not validated it:"
                        + " it may lack power, or the bias may lie where the trial has no data."));
    }

    static void interference(Html html, InterferenceOutcome outcome, JsonNode result) {
        html.element("h3", "What was estimated");
        html.paragraph("The true average causal effect (TACE) of a unit's own treatment with its"
                + " neighbours' treatments held at their observed distribution, using the"
                + " signature " + result.path("signature").asText() + ".");
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : result.path("estimates")) {
            String interval = row.has("lower") ? "[" + Html.number(row.path("lower").asDouble())
                    + ", " + Html.number(row.path("upper").asDouble()) + "]" : "";
            rows.add(List.of(row.path("label").asText(), row.path("adjustment").asText(),
                    Html.number(row.path("hajek").asDouble()),
                    Html.number(row.path("horvitzThompson").asDouble()), interval,
                    row.path("unitsKept").asText() + " of " + row.path("units").asText(),
                    String.join("; ", texts(row.path("flags")))));
        }
        html.element("h3", "Estimates").table(List.of("Estimator", "Adjusts for", "Hajek",
                "Horvitz-Thompson", "Interval", "Units kept", "Flags"), rows);
        chart(html, ForestPlot.of(outcome));
        html.list(texts(result.path("notes")));
        JsonNode dependence = result.get("dependence");
        if (dependence != null) {
            html.element("h3", "Dependence").pairs(List.of(
                    new String[] {"Average degree factor D_avg",
                        Html.number(dependence.path("average").asDouble())},
                    new String[] {"Spectral radius D_sr",
                        Html.number(dependence.path("spectralRadius").asDouble())},
                    new String[] {"Largest factor D_max",
                        Html.number(dependence.path("max").asDouble())}));
        }
        JsonNode checks = result.get("checks");
        if (checks != null) {
            html.element("h3", "Checks").list(List.of(checks.path("additivity").asText(),
                    checks.path("riskRatio").asText(), checks.path("notIdentifiable").asBoolean()
                            ? "The TACE is not identified at the chosen default level."
                            : "The default interference level lies in the observed support."));
        }
        html.element("h3", "Assumptions and limits");
        html.list(List.of(
                "Interference is local: a unit's outcome depends on others only through its"
                        + " signature of neighbours' treatments.",
                "Treatment is as good as random given the covariates and the signature"
                        + " (conditional exchangeability), and every kept cell has both arms"
                        + " (overlap); trimmed cells leave the estimate.",
                "Intervals come from a block bootstrap whose variance is inflated for the"
                        + " dependence between blocks; they are approximate."));
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        object.fields().forEachRemaining(fields::add);
        return fields;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }
}
