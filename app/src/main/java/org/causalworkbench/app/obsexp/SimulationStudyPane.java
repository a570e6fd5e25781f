package org.causalworkbench.app.obsexp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.app.shell.TypedSpinners;
import org.causalworkbench.estimators.obsexp.simulate.GapModelType;
import org.causalworkbench.estimators.obsexp.simulate.ReplicateResult;

/**
 * The simulation study: settings, Run and Cancel, and a table of coverage, width and mean squared
 * error of the method and both baselines, inside and outside the trial's support.
 */
public final class SimulationStudyPane extends VBox {

    private final TableView<String[]> table = new TableView<>();

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public SimulationStudyPane(SimulationStudyViewModel model) {
        super(10);
        setPadding(new Insets(10));
        setId("simulationStudyPane");

        Label intro = new Label("Each replicate simulates a trial with a known gap, fits the"
                + " method and both baselines, and scores their 95% intervals at points inside"
                + " and outside the trial's support. Nominal coverage is 0.95; outside the support"
                + " the method can only be as right as its unit prior.");
        intro.setWrapText(true);

        ComboBox<SimulationStudyViewModel.Design> design = new ComboBox<>();
        design.getItems().setAll(SimulationStudyViewModel.Design.values());
        design.valueProperty().bindBidirectional(model.designProperty());
        Spinner<Integer> replicates = new Spinner<>(2, 1000, model.replicatesProperty().get());
        TypedSpinners.allowTyping(replicates);
        replicates.valueProperty().addListener((obs, old, now) ->
                model.replicatesProperty().set(now));
        Spinner<Integer> rows = new Spinner<>(20, 2000, model.trialRowsProperty().get(), 10);
        TypedSpinners.allowTyping(rows);
        rows.valueProperty().addListener((obs, old, now) -> model.trialRowsProperty().set(now));
        Spinner<Integer> seed = TypedSpinners.wholeNumbers(0, Integer.MAX_VALUE,
                model.seedProperty().get());
        seed.valueProperty().addListener((obs, old, now) -> model.seedProperty().set(now));
        // A project sets the model; the spinners follow it back.
        model.replicatesProperty().addListener((obs, old, now) ->
                replicates.getValueFactory().setValue(now.intValue()));
        model.trialRowsProperty().addListener((obs, old, now) ->
                rows.getValueFactory().setValue(now.intValue()));
        model.seedProperty().addListener((obs, old, now) ->
                seed.getValueFactory().setValue(now.intValue()));

        GridPane settings = new GridPane();
        settings.setHgap(8);
        settings.setVgap(6);
        settings.addRow(0, new Label("Design"), design, new Label("Replicates"), replicates);
        settings.addRow(1, new Label("Trial rows"), rows, new Label("Seed"), seed);

        Button run = new Button("Run study");
        run.setId("studyRunButton");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.run());
        Button cancel = new Button("Cancel");
        cancel.setId("studyCancelButton");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Label stale = new Label();
        stale.getStyleClass().add("stale-notice");
        stale.textProperty().bind(model.staleReasonProperty());
        stale.visibleProperty().bind(model.staleReasonProperty().isNotEmpty());
        stale.managedProperty().bind(stale.visibleProperty());

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(intro, settings, new HBox(8, run, cancel, progress), status, stale,
                table);
        model.resultProperty().addListener((obs, old, now) -> table.getItems().setAll(rows(now)));
    }

    private void buildTable() {
        table.setId("studyTable");
        TableExportMenu.install(table, "simulation-study");
        String[] headers = {"Model", "Coverage in", "Coverage out", "Width in", "Width out",
            "MSE in", "MSE out"};
        for (int c = 0; c < headers.length; c++) {
            int column = c;
            TableColumn<String[], String> tableColumn = new TableColumn<>(headers[c]);
            tableColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    row.getValue()[column]));
            tableColumn.setPrefWidth(c == 0 ? 260 : 130);
            tableColumn.setSortable(false);
            table.getColumns().add(tableColumn);
        }
        table.setPlaceholder(new Label("Run a study to see coverage, width and error: mean (SD)"
                + " across replicates."));
    }

    /** Returns one table row per model: name, then mean (SD) of each metric. */
    static List<String[]> rows(ReplicateResult result) {
        List<String[]> rows = new ArrayList<>();
        if (result == null) {
            return rows;
        }
        for (GapModelType type : GapModelType.values()) {
            if (!result.summaries().containsKey(type)) {
                continue;
            }
            ReplicateResult.ModelSummary summary = result.summary(type);
            rows.add(new String[] {label(type),
                format(summary.inSupport().coverage()), format(summary.outOfSupport().coverage()),
                format(summary.inSupport().width()), format(summary.outOfSupport().width()),
                format(summary.inSupport().meanSquaredError()),
                format(summary.outOfSupport().meanSquaredError())});
        }
        return rows;
    }

    private static String label(GapModelType type) {
        return switch (type) {
            case METHOD -> "Fixed-nuisance multi-task GP (method)";
            case STANDARD -> "Standard pseudo-outcome GP";
            case LCM -> "Learned coregionalisation GP";
        };
    }

    private static String format(ReplicateResult.MeanAndSd value) {
        return Double.isNaN(value.sd())
                ? String.format(Locale.ROOT, "%.3f", value.mean())
                : String.format(Locale.ROOT, "%.3f (%.3f)", value.mean(), value.sd());
    }
}
