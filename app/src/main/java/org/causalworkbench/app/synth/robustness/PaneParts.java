package org.causalworkbench.app.synth.robustness;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.causalworkbench.app.export.ChartViewers;
import org.jfree.chart.fx.ChartViewer;

/** Controls that the robustness tabs share: run bar, notices and chart viewers. */
final class PaneParts {

    /** Inline style of the red warning banner, so the tabs need no stylesheet of their own. */
    static final String WARNING_STYLE = "-fx-background-color: #fdecea; -fx-border-color:"
            + " #c62828; -fx-border-width: 0 0 0 5; -fx-padding: 8 10; -fx-text-fill: #7f1d1d;"
            + " -fx-font-weight: bold;";
    /** Inline style of the blue information box. */
    static final String INFO_STYLE = "-fx-background-color: #e8f0fb; -fx-border-color:"
            + " #1f4e99; -fx-border-width: 0 0 0 5; -fx-padding: 8 10;";

    private PaneParts() {
    }

    /** Returns Run and Cancel buttons and a progress bar bound to a model. */
    static HBox runBar(RobustnessModel model, String runId, String runText, Runnable run) {
        Button runButton = new Button(runText);
        runButton.setId(runId);
        runButton.disableProperty().bind(model.runningProperty());
        runButton.setOnAction(e -> run.run());
        Button cancel = new Button("Cancel");
        cancel.setId(runId + "Cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.setPrefWidth(120);
        return new HBox(6, runButton, cancel, progress);
    }

    /** Returns the label that shows why the result on screen is out of date. */
    static Label staleNotice(RobustnessModel model, String id) {
        Label stale = new Label();
        stale.setId(id);
        stale.getStyleClass().add("stale-notice");
        stale.setWrapText(true);
        stale.textProperty().bind(model.staleReasonProperty());
        showWhen(stale, model.staleReasonProperty().isNotEmpty());
        return stale;
    }

    /** Returns the label that shows the last error. */
    static Label errorLabel(RobustnessModel model, String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        showWhen(error, model.errorProperty().isNotEmpty());
        return error;
    }

    /** Shows a node, and gives it layout space, only while a condition holds. */
    static void showWhen(javafx.scene.Node node, BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    static ChartViewer viewer(String id) {
        ChartViewer viewer = ChartViewers.create();
        viewer.setId(id);
        viewer.setMinSize(200, 180);
        return viewer;
    }

    static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
