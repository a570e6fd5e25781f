package org.causalworkbench.app.interference.teaching;

import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.task.WorkerThreads;

/**
 * The teaching tab of the interference workspace. Presets and sliders sit on the left. The
 * right side shows the bias distributions of a study or the unit tables of an example, with
 * the truth above them when it is revealed.
 */
public final class TeachingPane extends BorderPane {

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public TeachingPane(TeachingViewModel model) {
        setId("teachingPane");
        StudyView study = new StudyView(model);
        ExampleView example = new ExampleView(model);
        study.visibleProperty().bind(model.presetProperty().map(TeachingPreset::isStudy));
        example.visibleProperty().bind(study.visibleProperty().not());

        Label truth = new Label();
        truth.setId("teachingTruth");
        truth.getStyleClass().add("interference-slot");
        truth.setWrapText(true);
        truth.textProperty().bind(model.truthTextProperty());
        truth.visibleProperty().bind(model.truthTextProperty().isNotEmpty());
        truth.managedProperty().bind(truth.visibleProperty());
        truth.setMaxWidth(Double.MAX_VALUE);
        truth.setMinHeight(Region.USE_PREF_SIZE);

        // The example view scrolls, so a long truth text or rejection never cuts it off.
        ScrollPane exampleScroll = new ScrollPane(example);
        exampleScroll.setFitToWidth(true);
        exampleScroll.visibleProperty().bind(example.visibleProperty());
        StackPane results = new StackPane(study, exampleScroll);
        VBox right = new VBox(6, truth, results);
        right.getStyleClass().add("interference-pane");
        VBox.setVgrow(results, javafx.scene.layout.Priority.ALWAYS);

        ScrollPane controls = new ScrollPane(new TeachingControls(model));
        controls.setFitToWidth(true);
        controls.setMinWidth(360);
        SplitPane split = new SplitPane(controls, right);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(controls, false);
        setCenter(split);
    }

    /**
     * Creates the pane with its own view model, whose studies run on a named daemon thread
     * and post their updates to the JavaFX thread.
     */
    public static TeachingPane create() {
        ExecutorService worker = WorkerThreads.singleDaemon("teaching-study");
        return new TeachingPane(new TeachingViewModel(Platform::runLater, worker));
    }
}
