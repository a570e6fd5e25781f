package org.causalworkbench.app.interference;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The side column of the estimates: the bootstrap with the dependency factors and the
 * inflation chosen, then the additivity check with its reading and the TACRR.
 */
final class ChecksPane extends VBox {

    private final Label uncertainty = text("interferenceUncertainty");
    private final Label additivity = text("interferenceAdditivity");
    private final Label riskRatio = text("interferenceRiskRatio");

    ChecksPane(InterferenceViewModel model) {
        getStyleClass().add("interference-checks");
        getChildren().addAll(heading("Uncertainty"), uncertainty, heading("Checks"), additivity,
                riskRatio);
        model.outcomeProperty().addListener((obs, old, now) -> show(now));
        show(model.outcomeProperty().get());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("interference-section");
        return label;
    }

    private static Label text(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private void show(InterferenceOutcome outcome) {
        if (outcome == null) {
            uncertainty.setText("Press Run to see the interval.");
            additivity.setText("");
            riskRatio.setText("");
            return;
        }
        uncertainty.setText(outcome.uncertainty().describe());
        InterferenceChecks checks = outcome.checks();
        additivity.setText(checks == null ? "Not computed by this run." : checks
                .describeAdditivity());
        riskRatio.setText(checks == null ? "" : checks.describeRiskRatio());
    }
}
