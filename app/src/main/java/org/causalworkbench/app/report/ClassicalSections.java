package org.causalworkbench.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.causalworkbench.app.chart.AllocationCharts;

/**
 * Writes the report sections of the classical interference estimators: Hudgens-Halloran,
 * Aronow-Samii and the allocation curves. Numbers are read from the result JSON, so they are
 * the numbers the project stores.
 */
final class ClassicalSections {

    private static final String PARTIAL_INTERFERENCE = "Partial interference: a unit's"
            + " outcome depends on the treatments of the members of its own group, and on no"
            + " unit outside it.";

    private ClassicalSections() {
    }

    static void hudgensHalloran(Html html, JsonNode result) {
        html.element("h3", "What was estimated");
        html.paragraph("Direct (DE), indirect (IE), total (TE) and overall (OE) effects of"
                + " Hudgens and Halloran (2008) for each allocation strategy \u03c8 and pair of"
                + " strategies, with \u03c80 the strategy with the lower treated fraction. "
                + result.path("signConvention").asText());
        List<List<String>> effects = new ArrayList<>();
        for (JsonNode row : result.path("effects")) {
            effects.add(List.of(row.path("effect").asText(), number(row, "estimate"),
                    number(row, "standardError"), interval(row.path("lower"),
                            row.path("upper")), row.path("groups").asText(),
                    row.path("note").asText()));
        }
        html.element("h3", "Effects").table(List.of("Effect", "Estimate", "SE",
                "95% interval", "Groups used", "Why undefined"), effects);
        List<List<String>> strategies = new ArrayList<>();
        for (JsonNode row : result.path("strategies")) {
            strategies.add(List.of(row.path("strategy").asText(), row.path("groups").asText(),
                    row.path("units").asText(), number(row, "treatedFraction"),
                    number(row, "untreatedMean"), number(row, "treatedMean"),
                    number(row, "outcomeMean")));
        }
        html.element("h3", "Strategies").table(List.of("Strategy \u03c8", "Groups", "Units",
                "Treated fraction", "Y(0; \u03c8)", "Y(1; \u03c8)", "Y(\u03c8)"), strategies);
        html.list(texts(result.path("notes")));
        html.element("h3", "Assumptions and limits");
        html.list(List.of(PARTIAL_INTERFERENCE,
                "Two-stage randomisation: groups were randomised to the strategies, then the"
                        + " members of each group to treatment under their group's strategy.",
                "Each group counts equally. The SE is the between-group standard error (the"
                        + " sample variance of the group values over C (C - 1)), not the exact"
                        + " variance of Hudgens and Halloran, and the intervals are normal"
                        + " intervals from it.",
                "A strategy with fewer than 2 groups is left out, because its variance is"
                        + " undefined."));
    }

    static void aronowSamii(Html html, JsonNode result) {
        html.element("h3", "What was estimated");
        html.paragraph("Horvitz-Thompson and Hajek means of the outcome under each exposure"
                + " condition of Aronow and Samii (2017), with the exposure mapping AS4 at hop 1:"
                + " own treatment crossed with \"at least one treated neighbour\" on the unit"
                + " table's neighbour lists, under the design " + result.path("design").asText()
                + ".");
        List<List<String>> exposures = new ArrayList<>();
        for (JsonNode row : result.path("exposures")) {
            exposures.add(List.of(row.path("condition").asText(), row.path("meaning").asText(),
                    row.path("unitsObserved").asText(), number(row, "minProbability") + " to "
                            + number(row, "maxProbability"), number(row, "horvitzThompson"),
                    number(row, "horvitzThompsonError"), number(row, "hajek"),
                    number(row, "hajekError"), row.path("undefinedReason").asText()));
        }
        html.element("h3", "Exposure conditions").table(List.of("Condition", "Meaning",
                "Units observed", "Probability range", "HT mean", "HT SE", "Hajek mean",
                "Hajek SE", "Why undefined"), exposures);
        List<List<String>> contrasts = new ArrayList<>();
        for (JsonNode row : result.path("contrasts")) {
            contrasts.add(List.of(row.path("contrast").asText(),
                    number(row, "horvitzThompson"), number(row, "horvitzThompsonError"),
                    number(row, "hajek"), number(row, "hajekError"),
                    row.path("undefinedReason").asText()));
        }
        html.element("h3", "Contrasts \u03c4(d_k, d_l) = \u03bc(d_k) - \u03bc(d_l)").table(
                List.of("Contrast", "HT", "HT SE", "Hajek", "Hajek SE", "Why undefined"),
                contrasts);
        html.list(texts(result.path("warnings")));
        html.element("h3", "Assumptions and limits");
        html.list(List.of(
                "The exposure mapping is correct: a unit's outcome depends only on its own"
                        + " treatment and on whether at least one neighbour is treated.",
                "The design is known and is the one that assigned the treatment. The exposure"
                        + " probabilities are exact, or relative frequencies over the seeded"
                        + " Monte Carlo draws, which leaves the estimates unbiased only up to the"
                        + " error of those frequencies.",
                "The HT standard errors come from a conservative variance estimate: Young's"
                        + " inequality replaces the unidentified terms of pairs that can never"
                        + " share their conditions, so in expectation it is at least the true"
                        + " variance. It can still be negative in small samples.",
                "The Hajek standard errors are linearised approximations that improve with the"
                        + " number of units, not conservative bounds.",
                "Contrasts are exposure minus reference, the opposite of the \"0 minus 1\""
                        + " signs of Hudgens-Halloran."));
    }

    static void allocationCurves(Html html, JsonNode result, int referenceIndex) {
        html.element("h3", "What was estimated");
        double[] alphas = doubles(result.path("allocations"));
        int reference = Math.max(0, Math.min(referenceIndex, alphas.length - 1));
        String alpha0 = alphas.length == 0 ? "" : Html.number(alphas[reference]);
        html.paragraph("Inverse-probability-weighted effects of Tchetgen Tchetgen and"
                + " VanderWeele (2012) for counterfactual allocations in which each member of a"
                + " group is treated independently with probability \u03b1: DE(\u03b1), and"
                + " TE and OE against \u03b10 = " + alpha0 + ". Effects are \"0 minus 1\","
                + " so protective effects are positive.");

        JsonNode direct = result.path("direct");
        JsonNode total = result.path("total");
        JsonNode overall = result.path("overall");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < alphas.length; i++) {
            JsonNode means = result.path("means").path(i);
            rows.add(List.of(Html.number(alphas[i]), estimate(direct, 0, i),
                    estimate(total, reference, i), estimate(overall, reference, i),
                    number(means, "untreatedMean"), number(means, "treatedMean"),
                    number(means, "marginalMean"), number(means, "maxGroupWeight")));
        }
        html.element("h3", "Effects over the allocations").table(List.of("\u03b1",
                "DE(\u03b1) (SE)", "TE(\u03b10, \u03b1) (SE)", "OE(\u03b10, \u03b1) (SE)",
                "Y(0; \u03b1)", "Y(1; \u03b1)", "Y(\u03b1)", "Largest group weight"), rows);

        if (alphas.length > 0) {
            AnalysisSections.chart(html, AllocationCharts.effectCurves("Effects over"
                    + " allocations", alphas, List.of(
                            curve("DE(\u03b1)", direct, 0),
                            curve("TE(" + alpha0 + ", \u03b1)", total, reference),
                            curve("OE(" + alpha0 + ", \u03b1)", overall, reference))));
        }
        html.list(texts(result.path("notes")));

        html.element("h3", "Assumptions and limits");
        html.list(List.of(PARTIAL_INTERFERENCE,
                "The group propensity is the product of the individual propensities, so"
                        + " treatment is assumed independent within groups given the"
                        + " covariates. A design that treats a fixed number per group breaks"
                        + " that assumption.",
                "Treatment is as good as random given the covariates, and the propensity model"
                        + " is correct.",
                "The standard errors and 95% bands ignore the estimation of a fitted"
                        + " propensity."));
    }

    private static String estimate(JsonNode effects, int row, int column) {
        double value = effects.path("estimate").path(row).path(column).asDouble(Double.NaN);
        double error = effects.path("standardError").path(row).path(column)
                .asDouble(Double.NaN);
        return Html.number(value) + " (" + Html.number(error) + ")";
    }

    private static AllocationCharts.Curve curve(String name, JsonNode effects, int row) {
        return new AllocationCharts.Curve(name, doubles(effects.path("estimate").path(row)),
                doubles(effects.path("standardError").path(row)));
    }

    private static String number(JsonNode row, String field) {
        return Html.number(value(row.path(field)));
    }

    private static String interval(JsonNode lower, JsonNode upper) {
        double low = value(lower);
        double high = value(upper);
        return Double.isNaN(low) || Double.isNaN(high) ? ""
                : "[" + Html.number(low) + ", " + Html.number(high) + "]";
    }

    /** Reads a number written by the codecs, which write non-finite values as text. */
    private static double value(JsonNode node) {
        return node.isNumber() ? node.doubleValue() : Double.parseDouble(node.asText("NaN"));
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(array.get(i));
        }
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.asText()));
        return values;
    }
}
