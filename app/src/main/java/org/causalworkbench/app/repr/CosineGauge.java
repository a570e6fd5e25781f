package org.causalworkbench.app.repr;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A bar of |cos(u&#770;<sub>1</sub>, u<sub>s</sub>)| from 0 to 1 with a tick at the threshold
 * above which identification counts as found, and a note that the true direction scores the
 * run only.
 */
final class CosineGauge extends VBox {

    private static final double BAR_WIDTH = 220;

    private final double threshold;
    private final ProgressBar bar = new ProgressBar(0);
    private static final String NO_RUN = "|cos(\u00fb\u2081, u_s)|: no run yet";

    private final Label value = new Label(NO_RUN);

    CosineGauge(double threshold) {
        this.threshold = threshold;
        setId("graspCosineGauge");
        setSpacing(2);
        bar.setPrefWidth(BAR_WIDTH);
        bar.setId("graspCosineBar");
        Region tick = new Region();
        tick.setStyle("-fx-background-color: -fx-text-base-color;");
        tick.setMinSize(2, 18);
        tick.setMaxSize(2, 18);
        // The stack centres its children, so the tick moves from the centre to the threshold.
        tick.setTranslateX((threshold - 0.5) * BAR_WIDTH);
        StackPane gauge = new StackPane(bar, tick);
        gauge.setMaxWidth(BAR_WIDTH);
        gauge.setMinWidth(BAR_WIDTH);
        value.setId("graspCosine");
        Label note = new Label("u_s is the persona direction of a linear probe on the"
                + " pretrained model. It scores identification only; GRASP never uses it."
                + String.format(Locale.ROOT, " The tick marks %.1f, above which the"
                        + " identified direction counts as the persona direction.", threshold));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(value, gauge, note);
    }

    /** Shows no cosine, before the first run. */
    void clear() {
        bar.setProgress(0);
        value.setText(NO_RUN);
    }

    /** Shows a new cosine. */
    void show(double cosine) {
        bar.setProgress(cosine);
        value.setText(describe(cosine, threshold));
    }

    /** Returns the gauge's text for a cosine, which states on which side of the threshold it is. */
    static String describe(double cosine, double threshold) {
        return String.format(Locale.ROOT, "|cos(\u00fb\u2081, u_s)| = %.3f, %s the %.1f"
                + " threshold", cosine, cosine > threshold ? "above" : "below", threshold);
    }
}
