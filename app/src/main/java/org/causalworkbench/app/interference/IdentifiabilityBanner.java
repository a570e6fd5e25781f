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
 * support of the signature among the kept units and additivity is not assumed, so the TACE is
 * not identified. When additivity is assumed, the same finding shows as a milder note, because
 * under an additive outcome the default level cancels from the TACE. It is hidden, and takes
 * no space, when the default level lies inside the support.
 */
final class IdentifiabilityBanner extends HBox {

    private final Label title = new Label("Identifiability warning");
    private final Label detail = new Label();

    IdentifiabilityBanner(InterferenceViewModel model) {
        setId("interferenceBanner");
        getStyleClass().add("interference-banner");
        setAlignment(Pos.CENTER_LEFT);
        Label icon = new Label("!");
        icon.getStyleClass().add("interference-banner-icon");
        icon.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        title.setId("interferenceBannerTitle");
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
        boolean outside = checks != null && checks.notIdentifiable();
        setVisible(outside);
        boolean assumed = outside && outcome.request().assumeAdditivity();
        getStyleClass().remove("interference-note");
        if (assumed) {
            getStyleClass().add("interference-note");
        }
        title.setText(assumed ? "Identified only through additivity" : "Identifiability warning");
        detail.setText(!outside ? "" : assumed ? describeAssumed(checks)
                : describe(checks.identifiability()));
    }

    /** Describes a default level outside the support when additivity is assumed. */
    static String describeAssumed(InterferenceChecks checks) {
        IdentifiabilityResult check = checks.identifiability();
        String reading = checks.additivity() != null
                && checks.additivity().pValue() < InterferenceChecks.ADDITIVITY_LEVEL
                ? " The additivity check rejects it, so untick 'Assume additivity' and read"
                        + " this result as a contrast at the observed values of I."
                : "";
        return "No kept unit has the default level " + check.defaultLevel() + " (observed I: "
                + range(check.minimum(), check.maximum()) + "). The TACE is identified because"
                + " additivity in T and I is assumed, which makes the default level cancel."
                + reading;
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
