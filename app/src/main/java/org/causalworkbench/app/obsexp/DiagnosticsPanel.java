package org.causalworkbench.app.obsexp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.estimators.gp.GaussianProcessDiagnostics;
import org.causalworkbench.estimators.obsexp.GapHyperparameters;

/**
 * Shows the gap model's hyperparameters and fit diagnostics, with the fit's warnings, such as a
 * collapsed lengthscale or a very large noise variance, highlighted.
 */
final class DiagnosticsPanel extends VBox {

    private final GridPane table = new GridPane();
    private final VBox warnings = new VBox();

    /** Creates an empty panel. */
    DiagnosticsPanel() {
        setId("obsExpDiagnostics");
        getStyleClass().add("obsexp-panel");
        Label heading = new Label("Gap model diagnostics");
        heading.getStyleClass().add("obsexp-verdict-title");
        table.getStyleClass().add("obsexp-diagnostics-table");
        warnings.getStyleClass().add("obsexp-warnings");
        getChildren().addAll(heading, table, warnings);
        show(null);
    }

    /**
     * Shows an outcome's diagnostics.
     *
     * @param outcome the outcome, or {@code null} to ask for a run
     */
    void show(ObsExpOutcome outcome) {
        table.getChildren().clear();
        warnings.getChildren().clear();
        if (outcome == null) {
            table.add(new Label("Press Run to fit the gap model."), 0, 0);
            return;
        }
        List<String[]> rows = rows(outcome);
        for (int i = 0; i < rows.size(); i++) {
            Label name = new Label(rows.get(i)[0]);
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label value = new Label(rows.get(i)[1]);
            value.getStyleClass().add("obsexp-diagnostics-value");
            value.setWrapText(true);
            value.setMinHeight(Region.USE_PREF_SIZE);
            table.add(name, 0, i);
            table.add(value, 1, i);
        }
        List<String> messages = outcome.model().diagnostics().warnings();
        if (messages.isEmpty()) {
            warnings.getChildren().add(new Label("The fit raised no warnings."));
        }
        for (String message : messages) {
            Label warning = new Label("Warning: " + message);
            warning.setWrapText(true);
            warning.setMinHeight(Region.USE_PREF_SIZE);
            warning.getStyleClass().add("obsexp-warning");
            warnings.getChildren().add(warning);
        }
    }

    /** Returns the table's rows, name and value. */
    static List<String[]> rows(ObsExpOutcome outcome) {
        GapHyperparameters h = outcome.model().hyperparameters();
        GaussianProcessDiagnostics d = outcome.model().diagnostics();
        boolean fitted = outcome.request().hyperparameters() == null;
        long outside = outcome.evaluation().stream().filter(p -> !p.inSupport()).count();
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Hyperparameters", fitted ? "fitted" : "kept from the last result"));
        rows.add(row("Gap lengthscale \u2113\u0394", numbers(h.lengthscaleBias())));
        rows.add(row("Nuisance lengthscale \u2113g", h.lengthscaleNuisance().length == 0
                ? "none" : numbers(h.lengthscaleNuisance())));
        rows.add(row("Prior mean of the gap c", number(h.mean())));
        rows.add(row("Noise variance \u03c3\u00b2", number(h.noiseVariance())));
        rows.add(row("\u2212log p(z) / n", number(d.negativeLogLikelihoodPerPoint())));
        rows.add(row("Jitter added", d.jitter() == 0 ? "none needed" : number(d.jitter())));
        if (fitted) {
            rows.add(row("Optimiser", String.format(Locale.ROOT,
                    "%d iterations, %d starts, %s", d.iterations(), d.restarts() + 1,
                    d.converged() ? "converged" : "did not converge")));
        }
        rows.add(row("Points outside the support", outside + " of "
                + outcome.evaluation().size()));
        return rows;
    }

    private static String[] row(String name, String value) {
        return new String[] {name, value};
    }

    private static String numbers(double[] values) {
        return Arrays.stream(values).mapToObj(DiagnosticsPanel::number)
                .collect(Collectors.joining(", "));
    }

    private static String number(double value) {
        return ObsExpViewModel.formatNumber(value);
    }
}
