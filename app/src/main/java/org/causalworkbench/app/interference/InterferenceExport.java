package org.causalworkbench.app.interference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.causalworkbench.app.export.TableExport;
import org.causalworkbench.estimators.interference.DependencyInflation;
import org.causalworkbench.estimators.interference.IsolatedUnitPolicy;
import org.causalworkbench.estimators.interference.Signature;
import org.causalworkbench.estimators.interference.WeightedEstimate;
import org.causalworkbench.estimators.io.AtomicFiles;

/**
 * Writes the files that let a run be checked and repeated: the unit table with the computed
 * signature and propensity, the estimates table, and a plain-text log of the assumptions.
 * Numbers are written with full precision; undefined numbers become empty CSV fields.
 */
public final class InterferenceExport {

    private static final String NEWLINE = "\n";

    /** The three files a run can be saved as. */
    public enum Kind {
        /** The unit table with the computed signature and propensity, as CSV. */
        UNIT_TABLE("unit table", "tace-units.csv"),
        /** The estimates table, as CSV. */
        ESTIMATES("estimates", "tace-estimates.csv"),
        /** The assumptions log, as plain text. */
        ASSUMPTIONS("assumptions log", "tace-assumptions.txt");

        private final String description;
        private final String defaultFileName;

        Kind(String description, String defaultFileName) {
            this.description = description;
            this.defaultFileName = defaultFileName;
        }

        /** Returns what the file holds, for dialogs and status lines. */
        public String description() {
            return description;
        }

        /** Returns the file name the save dialog proposes. */
        public String defaultFileName() {
            return defaultFileName;
        }

        /**
         * Returns the target with this kind's extension, such as ".csv", appended when the
         * file name has no extension of its own.
         */
        public Path withDefaultExtension(Path target) {
            String name = String.valueOf(target.getFileName());
            if (name.contains(".")) {
                return target;
            }
            String extension = defaultFileName.substring(defaultFileName.lastIndexOf('.'));
            return target.resolveSibling(name + extension);
        }

        /**
         * Returns the file content for a target file. The unit table and the estimates come
         * as a LaTeX tabular when the name ends in ".tex" and as a Markdown table when it ends
         * in ".md", and as CSV otherwise.
         */
        public String render(InterferenceOutcome outcome, Path target) {
            String text = render(outcome);
            if (this == ASSUMPTIONS) {
                return text;
            }
            String name = String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT);
            if (name.endsWith(".tex")) {
                return TableExport.fromCsv(text).toLatex();
            }
            if (name.endsWith(".md")) {
                return TableExport.fromCsv(text).toMarkdown();
            }
            return text;
        }

        /** Returns the file content for an outcome. */
        public String render(InterferenceOutcome outcome) {
            return switch (this) {
                case UNIT_TABLE -> unitTable(outcome);
                case ESTIMATES -> estimates(outcome);
                case ASSUMPTIONS -> assumptions(outcome);
            };
        }
    }

    private InterferenceExport() {
    }

    /**
     * Writes text as UTF-8, atomically, so the target contains the old or the new content and
     * never a part.
     *
     * @param target the file
     * @param text the content
     * @throws IOException if the folder is missing or the disk is full; the target is unchanged
     */
    public static void write(Path target, String text) throws IOException {
        AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the unit table as CSV. Each line has the id, T, Y, group, one column per
     * covariate under its original name, and the signature as an exact label. Then come the
     * signature components the estimator used (binned where chosen), a 0/1 flag for a 0/0
     * signature set to 0 by the isolated-unit policy, the TACE propensity e_hat, the Hajek
     * weight and a 0/1 kept flag.
     */
    public static String unitTable(InterferenceOutcome outcome) {
        InterferenceData data = outcome.request().data();
        List<Signature> signatures = outcome.signatures().signatures();
        int components = outcome.request().signature().components().size();
        WeightedEstimate tace = outcome.result().tace();
        double[] propensities = tace.propensities();
        double[] weights = tace.hajekWeights();
        int[] treatment = data.treatment();
        double[] y = data.outcome();

        Set<String> zeroed = zeroedUnits(outcome);
        List<String> header = new ArrayList<>(List.of("id", "treatment", "outcome", "group"));
        header.addAll(data.covariateNames());
        header.add("signature");
        for (int k = 1; k <= components; k++) {
            header.add(components == 1 ? "I" : "I" + k);
        }
        header.addAll(List.of("signature_0_0_set_to_0", "e_hat", "hajek_weight", "kept"));
        StringBuilder csv = new StringBuilder(line(header));
        for (int i = 0; i < data.size(); i++) {
            List<String> row = new ArrayList<>(List.of(data.ids().get(i),
                    Integer.toString(treatment[i]), number(y[i]), data.groups().get(i)));
            for (int c = 0; c < data.covariateNames().size(); c++) {
                row.add(data.covariateValue(i, c));
            }
            row.add(outcome.signatures().labels().get(i));
            Signature signature = signatures.get(i);
            for (int k = 0; k < components; k++) {
                row.add(signature == null ? "" : number(signature.components().get(k)
                        .doubleValue()));
            }
            row.addAll(List.of(zeroed.contains(data.ids().get(i)) ? "1" : "0",
                    number(propensities[i]), number(weights[i]), weights[i] > 0 ? "1" : "0"));
            csv.append(line(row));
        }
        return csv.toString();
    }

    /**
     * Returns the ids of the units whose fraction signature is 0/0 and which the ZERO policy
     * set to 0: those alone in their group for the group fraction, and those without
     * neighbours for the neighbour fraction and the hop-distance inverse distance.
     */
    static Set<String> zeroedUnits(InterferenceOutcome outcome) {
        SignatureChoice choice = outcome.request().signature();
        if (choice.isolatedUnitPolicy() != IsolatedUnitPolicy.ZERO) {
            return Set.of();
        }
        InterferenceData data = outcome.request().data();
        Set<String> zeroed = new HashSet<>();
        if (choice.components().contains(SignatureComponent.GROUP_FRACTION)) {
            zeroed.addAll(IsolatedUnits.aloneInGroup(data));
        }
        boolean hops = outcome.request().distances() == null;
        if (choice.components().contains(SignatureComponent.NEIGHBOUR_FRACTION)
                || choice.components().contains(SignatureComponent.INVERSE_DISTANCE) && hops) {
            zeroed.addAll(IsolatedUnits.withoutNeighbours(data));
        }
        return zeroed;
    }

    /** Returns the estimates table as CSV, one line per row of the table on screen. */
    public static String estimates(InterferenceOutcome outcome) {
        StringBuilder csv = new StringBuilder(line(List.of("estimate", "adjusts_for",
                "horvitz_thompson", "hajek", "lower", "upper", "interval_method", "units_kept",
                "units", "notes")));
        for (EstimateRow row : outcome.rows()) {
            csv.append(line(List.of(row.label(), row.adjustment(),
                    number(row.horvitzThompson()), number(row.hajek()),
                    row.interval().map(i -> number(i.lower())).orElse(""),
                    row.interval().map(i -> number(i.upper())).orElse(""),
                    row.interval().map(EstimateRow.Interval::method).orElse(""),
                    Integer.toString(row.unitsKept()), Integer.toString(row.units()),
                    String.join("; ", row.flags()))));
        }
        return csv.toString();
    }

    /**
     * Returns the assumptions of the run as plain text: data, signature formula, propensity
     * model, trimming bound, default level, bootstrap seed and inflation factor, and the
     * checks' verdicts.
     */
    public static String assumptions(InterferenceOutcome outcome) {
        InterferenceRequest request = outcome.request();
        SignatureChoice signature = request.signature();
        InterferenceData data = request.data();
        List<String> lines = new ArrayList<>();
        lines.add("Causal Workbench: assumptions of an interference (TACE) run");
        lines.add("Data: " + data.name() + ", " + data.size() + " units, covariates: "
                + (data.covariateNames().isEmpty() ? "none"
                        : String.join(", ", data.covariateNames())));
        lines.add("Interaction structure: group column, each group a clique");
        lines.addAll(signatureLines(signature));
        lines.add("Trimming eps: " + request.trimming() + " (units with e outside [eps,"
                + " 1 - eps] dropped)");
        lines.add("Default interference level: " + request.defaultLevel());
        lines.addAll(bootstrapLines(outcome.uncertainty()));
        if (outcome.checks() != null) {
            lines.addAll(checkLines(outcome.checks()));
        }
        outcome.notes().forEach(note -> lines.add("Note: " + note));
        return String.join(NEWLINE, lines) + NEWLINE;
    }

    private static List<String> signatureLines(SignatureChoice signature) {
        List<String> lines = new ArrayList<>();
        for (SignatureComponent component : signature.components()) {
            lines.add("Signature component: " + component + ": " + formula(component,
                    signature.distancePower()));
        }
        lines.add("Own-treatment modifier: " + (signature.ownTreatmentReduction() == null
                ? "none" : "I = max(0, I - " + signature.ownTreatmentReduction() + " T)"));
        lines.add("Units without neighbours (0/0): " + signature.isolatedUnitPolicy());
        lines.add("Propensity model: " + signature.propensityModel()
                + (signature.binned() ? ", K = " + signature.bins() : ""));
        return lines;
    }

    private static List<String> checkLines(InterferenceChecks checks) {
        List<String> lines = new ArrayList<>();
        String identifiability;
        if (checks.identifiability() == null) {
            identifiability = "not checked: " + checks.identifiabilityProblem();
        } else if (checks.notIdentifiable()) {
            identifiability = checks.identifiability().message();
        } else {
            identifiability = "the default level lies within the observed support of I";
        }
        lines.add("Identifiability: " + identifiability);
        lines.add(checks.describeAdditivity());
        lines.add(checks.describeRiskRatio());
        checks.warnings().forEach(warning -> lines.add("Warning: " + warning));
        return lines;
    }

    private static List<String> bootstrapLines(Uncertainty uncertainty) {
        if (uncertainty.bootstrap() == null) {
            return List.of("Bootstrap: off (B = 0), no interval");
        }
        DependencyInflation dependence = uncertainty.dependence();
        return List.of(String.format(Locale.ROOT, "Bootstrap: B = %d, seed %d, %d blocks"
                        + " (connected components), %d failed replicate(s)",
                        uncertainty.bootstrap().replicates(), uncertainty.choice().seed(),
                        uncertainty.bootstrap().blocks(),
                        uncertainty.bootstrap().failedReplicates()),
                String.format(Locale.ROOT, "Inflation factor: %s = %s from the %s (unit-level"
                        + " D_avg = %s, D_sr = %s, D_max = %d)",
                        Uncertainty.symbol(uncertainty.bootstrap().inflation()),
                        number(uncertainty.bootstrap().inflationFactor()),
                        uncertainty.graphName(),
                        number(dependence.average()), number(dependence.spectralRadius()),
                        dependence.maximum()));
    }

    /** Returns the formula of a signature component in plain text. */
    static String formula(SignatureComponent component, double power) {
        return switch (component) {
            case GROUP_FRACTION -> "I_i = sum_{j != i, L_j = L_i} T_j / #{j != i : L_j = L_i}";
            case NEIGHBOUR_FRACTION -> "I_i = sum_j A_ij T_j / sum_j A_ij";
            case TREATED_COUNT -> "I_i = sum_j A_ij T_j";
            case INVERSE_DISTANCE -> "I_i = sum_{j != i} d_ij^(-p) T_j / sum_{j != i} d_ij^(-p)"
                    + " with hop distances d and p = " + power;
        };
    }

    private static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    private static String line(List<String> fields) {
        StringBuilder text = new StringBuilder();
        for (int f = 0; f < fields.size(); f++) {
            text.append(f == 0 ? "" : ",").append(quote(fields.get(f)));
        }
        return text.append(NEWLINE).toString();
    }

    /** Quotes a field that contains a comma, a quote or a line break, doubling inner quotes. */
    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n")
                || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
