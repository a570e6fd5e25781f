package org.causalworkbench.app.repr;

import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.util.StringConverter;
import org.causalworkbench.app.chart.ChartZoom;
import org.causalworkbench.app.export.ChartViewers;
import org.causalworkbench.app.shell.TypedSpinners;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.jfree.chart.fx.ChartViewer;

/** Controls shared by the recommender and structured-treatments panels. */
final class LabPanes {

    private LabPanes() {
    }

    /**
     * Returns a chart viewer whose minimum size grows with the interface zoom, because its
     * fonts do: at 200 % a chart kept at 260 by 220 pixels has no room left for its plot.
     */
    static ChartViewer viewer(String id) {
        return viewer(id, 260, 220);
    }

    /** Returns a chart viewer whose minimum size at 100 % zoom is the one given. */
    static ChartViewer viewer(String id, double minWidth, double minHeight) {
        ChartViewer viewer = ChartViewers.create();
        viewer.setId(id);
        viewer.minWidthProperty().bind(ChartZoom.levelProperty().multiply(minWidth));
        viewer.minHeightProperty().bind(ChartZoom.levelProperty().multiply(minHeight));
        viewer.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        return viewer;
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * Lets the user type into {@code spinner} and sizes it to {@code width} pixels at 100 %
     * zoom, growing with the zoom so that its value stays visible.
     */
    static <T> void editable(Spinner<T> spinner, double width) {
        TypedSpinners.allowTyping(spinner);
        spinner.prefWidthProperty().bind(ChartZoom.levelProperty().multiply(width));
    }

    /** Returns a progress bar, shown while running, followed by the status line. */
    static FlowPane statusRow(ReadOnlyDoubleProperty progress, ReadOnlyBooleanProperty running,
            ReadOnlyStringProperty status, String statusId) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(progress);
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(bar.visibleProperty());
        Label text = new Label();
        text.setId(statusId);
        text.textProperty().bind(status);
        return new FlowPane(8, 4, bar, text);
    }

    static Label staleLabel(String id, ReadOnlyBooleanProperty stale) {
        Label label = new Label("The charts show a previous run: its settings differ or a"
                + " later run did not finish.");
        label.setId(id);
        label.getStyleClass().add("error-text");
        label.visibleProperty().bind(stale);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    static Label errorLabel(String id, ReadOnlyStringProperty error) {
        Label label = wrapped("");
        label.setId(id);
        label.getStyleClass().add("error-text");
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    static Button cancelButton(String id, ReadOnlyBooleanProperty running, Runnable cancel) {
        Button button = new Button("Cancel");
        button.setId(id);
        button.disableProperty().bind(running.not());
        button.setOnAction(event -> cancel.run());
        return button;
    }

    static Spinner<Integer> seedSpinner(String id, LongProperty seed) {
        Spinner<Integer> spinner = TypedSpinners.wholeNumbers(0, Integer.MAX_VALUE,
                (int) seed.get());
        spinner.setId(id);
        editable(spinner, 120);
        spinner.valueProperty().addListener((obs, old, now) -> seed.set(now));
        // A project or an undo sets the model; the spinner follows it back. A seed outside the
        // spinner's range leaves it unchanged, because projects and the command line reject one.
        seed.addListener((obs, old, now) -> {
            long value = now.longValue();
            if (value >= 0 && value <= Integer.MAX_VALUE && spinner.getValue() != value) {
                spinner.getValueFactory().setValue((int) value);
            }
        });
        return spinner;
    }

    /** Returns a grid whose columns share the width equally and whose rows all grow. */
    static GridPane grid(int columns, int rows) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < rows; i++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setFillHeight(true);
            grid.getRowConstraints().add(row);
        }
        return grid;
    }

    /** Shows an evaluation in a choice box by its penalty weight. */
    static StringConverter<RecommenderEvaluation> lambdaConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(RecommenderEvaluation evaluation) {
                return evaluation == null ? "" : "\u03bb = " + evaluation.lambda();
            }

            @Override
            public RecommenderEvaluation fromString(String text) {
                throw new UnsupportedOperationException("the choice box is not editable");
            }
        };
    }
}
