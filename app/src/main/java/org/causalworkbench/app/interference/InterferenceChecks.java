package org.causalworkbench.app.interference;

import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.interference.AdditivityCheck;
import org.causalworkbench.estimators.interference.AdditivityResult;
import org.causalworkbench.estimators.interference.CellOverlap;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IdentifiabilityCheck;
import org.causalworkbench.estimators.interference.IdentifiabilityResult;
import org.causalworkbench.estimators.interference.OutcomeRegression;
import org.causalworkbench.estimators.interference.OutcomeRegressionResult;
import org.causalworkbench.estimators.interference.RiskRatio;
import org.causalworkbench.estimators.interference.RiskRatioResult;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.TaceResult;

/**
 * The checks shown beside the estimates of one run. Each check that cannot be computed on the
 * data leaves its result {@code null} and states why, so one failing check never hides the
 * estimates or the other checks.
 *
 * @param additivity the F-test of the treatment-by-signature terms, or {@code null}
 * @param additivityProblem why the test is missing, empty when it is present
 * @param identifiability whether the default level lies in the support of I, or {@code null}
 * @param identifiabilityProblem why the check is missing, empty when it is present
 * @param riskRatio the TACRR of a product model, or {@code null}
 * @param riskRatioProblem why the TACRR is missing, empty when it is present
 * @param regression the outcome-regression extensions, or {@code null}
 * @param regressionProblem why the extensions are missing, empty when they are present
 * @param warnings the estimator's warnings about its propensity fits
 * @param outcomeSd the sample standard deviation of the outcome, the scale against which a
 *     TACRR cell's untreated mean counts as small
 */
public record InterferenceChecks(AdditivityResult additivity, String additivityProblem,
        IdentifiabilityResult identifiability, String identifiabilityProblem,
        RiskRatioResult riskRatio, String riskRatioProblem, OutcomeRegressionResult regression,
        String regressionProblem, List<String> warnings, double outcomeSd) {

    /** The significance level below which the additivity check reads as failed. */
    public static final double ADDITIVITY_LEVEL = 0.05;

    /**
     * The share of the outcome SD below which a kept cell's untreated mean makes the TACRR
     * unstable. The cell's ratio divides by that mean, so when the mean is under a tenth of the
     * SD, noise of one SD in the cell means moves the ratio by ten or more.
     */
    public static final double SMALL_UNTREATED_MEAN = 0.1;

    /** Copies the warnings. */
    public InterferenceChecks {
        warnings = List.copyOf(warnings);
    }

    /**
     * Runs every check on the units and signatures of one estimate.
     *
     * @param treatment 0 or 1 per unit
     * @param outcome the outcome per unit
     * @param covariates the covariate label per unit, or {@code null}
     * @param signatures the signatures: the regressions and the additivity and
     *     identifiability checks read the unbinned values, and the TACRR, a cell estimator,
     *     the cells of the propensity model
     * @param result the estimate whose kept units define the support of I
     * @param trimming the trimming bound of the TACRR cells
     * @param defaultLevel the signature value of no interference
     * @return the checks
     */
    static InterferenceChecks compute(int[] treatment, double[] outcome, List<String> covariates,
            SignatureTable signatures, TaceResult result, double trimming,
            ExactFraction defaultLevel) {
        List<Signature> unbinned = signatures.unbinned();
        AdditivityResult additivity = null;
        String additivityProblem = "";
        try {
            additivity = AdditivityCheck.test(treatment, outcome, covariates, unbinned);
        } catch (IllegalArgumentException unavailable) {
            additivityProblem = unavailable.getMessage();
        }
        IdentifiabilityResult identifiability = null;
        String identifiabilityProblem = "";
        try {
            identifiability = IdentifiabilityCheck.check(unbinned, result.tace(), defaultLevel);
        } catch (IllegalArgumentException unavailable) {
            identifiabilityProblem = unavailable.getMessage();
        }
        RiskRatioResult riskRatio = null;
        String riskRatioProblem = "";
        try {
            riskRatio = RiskRatio.estimate(treatment, outcome, covariates,
                    signatures.signatures(), trimming);
        } catch (IllegalArgumentException unavailable) {
            riskRatioProblem = unavailable.getMessage();
        }
        OutcomeRegressionResult regression = null;
        String regressionProblem = "";
        try {
            regression = OutcomeRegression.estimate(treatment, outcome, covariates, unbinned);
        } catch (IllegalArgumentException unavailable) {
            regressionProblem = unavailable.getMessage();
        }
        return new InterferenceChecks(additivity, additivityProblem, identifiability,
                identifiabilityProblem, riskRatio, riskRatioProblem, regression,
                regressionProblem, result.warnings(),
                standardDeviation(outcome));
    }

    /** Returns the sample standard deviation, with n - 1 in the denominator. */
    static double standardDeviation(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = java.util.Arrays.stream(values).average().orElse(Double.NaN);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    /** Returns whether the non-identifiability banner applies. */
    public boolean notIdentifiable() {
        return identifiability != null && !identifiability.defaultInSupport();
    }

    /**
     * Describes the additivity test in two sentences: the numbers, then what they mean.
     *
     * @return the text, or why the test is missing
     */
    public String describeAdditivity() {
        if (additivity == null) {
            return "Additivity check not computed: " + additivityProblem;
        }
        StringBuilder text = new StringBuilder("Additivity check (T x I terms):");
        for (int k = 0; k < additivity.interactionNames().size(); k++) {
            text.append(k == 0 ? " " : ", ").append(additivity.interactionNames().get(k))
                    .append(" = ").append(format(additivity.interactionCoefficients().get(k)));
        }
        if (additivity.interactionNames().isEmpty()) {
            text.append(" no T x I term can be estimated on these data");
        }
        text.append(String.format(Locale.ROOT, "; F(%d, %d) = %s, p = %s. ",
                additivity.numeratorDegreesOfFreedom(),
                additivity.denominatorDegreesOfFreedom(), format(additivity.fStatistic()),
                formatP(additivity.pValue())));
        return text.append(readAdditivity()).toString();
    }

    /** Returns the one-sentence reading of the additivity test. */
    public String readAdditivity() {
        double p = additivity.pValue();
        if (Double.isNaN(p)) {
            return "The test is undefined here, so it says nothing about additivity.";
        }
        if (p < ADDITIVITY_LEVEL) {
            return "The effect of T changes with I, so no single additive TACE exists; read"
                    + " the TACRR if the outcome is a product of a treatment and a signature"
                    + " part.";
        }
        return "No evidence that the effect of T changes with I; this does not prove"
                + " additivity where T and I overlap little.";
    }

    /**
     * Describes the TACRR with its caveats: which estimand the additivity check points to, and
     * the kept cell with the smallest untreated mean when that mean is below
     * {@value #SMALL_UNTREATED_MEAN} times the outcome SD.
     */
    public String describeRiskRatio() {
        if (riskRatio == null) {
            return "TACRR (risk ratio of a product model) not computed: " + riskRatioProblem;
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "TACRR (risk ratio)"
                + " = %s on %d units in %d cells of (X, I). It is the estimand only if the"
                + " outcome is a product Y = f(T, X) g(I, X). ", format(riskRatio.riskRatio()),
                riskRatio.unitsKept(), riskRatio.cellsKept()));
        text.append(readRiskRatio());
        smallestUntreatedMean().ifPresent(cell -> text.append(String.format(Locale.ROOT,
                " Warning: in the cell %s the untreated mean is %s, below %.1f x the outcome SD"
                        + " (%s), so its ratio %s is unstable and may drive the TACRR.",
                cellName(cell), format(cell.untreatedMean()),
                SMALL_UNTREATED_MEAN, format(outcomeSd),
                format(cell.treatedMean() / cell.untreatedMean()))));
        return text.toString();
    }

    /** Returns which estimand the additivity check points to, in one sentence. */
    private String readRiskRatio() {
        if (additivity == null || Double.isNaN(additivity.pValue())) {
            return "Without an additivity check, compare it with the TACE only under that"
                    + " model.";
        }
        if (additivity.pValue() < ADDITIVITY_LEVEL) {
            return "The additivity check rejects an additive model, so read the TACRR if a"
                    + " product model fits.";
        }
        return "The additivity check does not reject, so the additive TACE is the estimand and"
                + " the TACRR is shown for comparison only.";
    }

    /** Names a cell as "X = a, I = 1/3", or "I = 1/3" without covariates. */
    static String cellName(CellOverlap cell) {
        String signature = "I = " + DiagnosticsPane.signaturePart(cell);
        return cell.key() instanceof List<?>
                ? "X = " + DiagnosticsPane.covariatePart(cell) + ", " + signature : signature;
    }

    /** Returns the kept cell with the smallest untreated mean, if it is small. */
    java.util.Optional<CellOverlap> smallestUntreatedMean() {
        if (riskRatio == null || !(outcomeSd > 0)) {
            return java.util.Optional.empty();
        }
        return riskRatio.overlap().cells().stream().filter(CellOverlap::kept)
                .min(java.util.Comparator.comparingDouble(CellOverlap::untreatedMean))
                .filter(cell -> cell.untreatedMean() < SMALL_UNTREATED_MEAN * outcomeSd);
    }

    static String format(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "-";
    }

    private static String formatP(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 1e-4 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
