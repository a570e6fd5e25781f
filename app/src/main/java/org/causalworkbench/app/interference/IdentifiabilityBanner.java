package org.causalworkbench.app.interference;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.causalworkbench.estimators.interference.ExactFraction;
import org.causalworkbench.estimators.interference.IdentifiabilityResult;

/**
 * The banner above the estimates when the default interference level lies outside the observed
 * support of the signature among the kept units, so the TACE is not identified without
 * additivity. It is hidden, and takes no space, otherwise.
 */
final class IdentifiabilityBanner extends HBox {

    private final Label detail = new Label();

    IdentifiabilityBanner(InterferenceViewModel model) {
        setId("interferenceBanner");
        getStyleClass().add("interference-banner");
        setAlignment(Pos.CENTER_LEFT);
        Label icon = new Label("!");
        icon.getStyleClass().add("interference-banner-icon");
        icon.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Label title = new Label("Identifiability warning");
        title.getStyleClass().add("interference-banner-title");
        detail.setId("interferenceBannerText");
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        VBox text = new VBox(2, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(icon, text);
        managedProperty().bind(visibleProperty());
        model.outcomeProperty().addListener((obs, old, now) -> show(now));
        show(model.outcomeProperty().get());
    }

    private void show(InterferenceOutcome outcome) {
        InterferenceChecks checks = outcome == null ? null : outcome.checks();
        boolean banner = checks != null && checks.notIdentifiable();
        setVisible(banner);
        detail.setText(banner ? describe(checks.identifiability()) : "");
    }

    /** Capitalises the estimator's message and adds the default level and observed range. */
    static String describe(IdentifiabilityResult check) {
        String message = check.message();
        String sentence = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return sentence + ". Default level " + check.defaultLevel() + "; observed I among the"
                + " kept units: " + range(check.minimum(), check.maximum()) + ".";
    }

    private static String range(List<ExactFraction> minimum, List<ExactFraction> maximum) {
        List<String> parts = new java.util.ArrayList<>();
        for (int k = 0; k < minimum.size(); k++) {
            parts.add(minimum.get(k).equals(maximum.get(k)) ? "only " + minimum.get(k)
                    : "from " + minimum.get(k) + " to " + maximum.get(k));
        }
        return parts.stream().collect(Collectors.joining(", "));
    }
}
