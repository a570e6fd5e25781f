package org.causalworkbench.app.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.data.PanelReader;
import org.causalworkbench.estimators.data.PanelSpec;
import org.causalworkbench.estimators.data.TreatmentProposal;

/**
 * Asks which column of a CSV file is the unit, time, outcome and (optionally) treatment flag,
 * with a preview of the first rows. OK builds the panel; an invalid choice keeps the dialog open
 * and shows the reason.
 */
public final class ImportDialog extends Dialog<ImportDialog.Imported> {

    /** The label of the "no treatment column" choice. */
    public static final String NO_TREATMENT = "(none)";

    private static final int PREVIEW_ROWS = 50;

    /**
     * A panel built by the dialog.
     *
     * @param panel the panel
     * @param proposal the treated unit and time read from the treatment flags, if any
     */
    public record Imported(Panel panel, Optional<TreatmentProposal> proposal) {
    }

    private final CsvTable table;
    private final ComboBox<String> unit = new ComboBox<>();
    private final ComboBox<String> time = new ComboBox<>();
    private final ComboBox<String> outcome = new ComboBox<>();
    private final ComboBox<String> treatment = new ComboBox<>();
    private final Label problem = new Label();
    private Imported imported;

    /**
     * Creates the dialog for a table already read.
     *
     * @param owner the window the dialog belongs to
     * @param table the table
     */
    public ImportDialog(Window owner, CsvTable table) {
        this.table = table;
        initOwner(owner);
        setTitle("Open CSV: " + table.sourceName());
        setHeaderText("Map the columns of " + table.sourceName() + " (" + table.rowCount()
                + " rows) to panel roles");
        setResizable(true);

        List<String> columns = table.columns();
        unit.setItems(FXCollections.observableArrayList(columns));
        time.setItems(FXCollections.observableArrayList(columns));
        outcome.setItems(FXCollections.observableArrayList(columns));
        List<String> treatmentChoices = new ArrayList<>();
        treatmentChoices.add(NO_TREATMENT);
        treatmentChoices.addAll(columns);
        treatment.setItems(FXCollections.observableArrayList(treatmentChoices));

        PanelSpec guess = ColumnRoles.guess(table);
        unit.setValue(guess.unitColumn());
        time.setValue(guess.timeColumn());
        outcome.setValue(guess.outcomeColumn());
        treatment.setValue(guess.treatment().orElse(NO_TREATMENT));
        unit.setId("importUnit");
        time.setId("importTime");
        outcome.setId("importOutcome");
        treatment.setId("importTreatment");

        GridPane roles = new GridPane();
        roles.setHgap(8);
        roles.setVgap(6);
        roles.addRow(0, new Label("Unit column"), unit);
        roles.addRow(1, new Label("Time column (numeric)"), time);
        roles.addRow(2, new Label("Outcome column (numeric)"), outcome);
        roles.addRow(3, new Label("Treatment flag (optional)"), treatment);

        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        // A wrapping label in a VBox shrinks to one line unless its minimum height follows
        // its preferred height.
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setId("importProblem");

        Label previewLabel = new Label("Preview of the first " + Math.min(PREVIEW_ROWS,
                table.rowCount()) + " rows");
        TableView<List<String>> preview = preview(table);
        VBox content = new VBox(10, roles, problem, previewLabel, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        content.setPrefSize(760, 520);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Open");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!tryBuild()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? imported : null);
    }

    /** Builds the panel from the chosen roles, or shows why it cannot. */
    private boolean tryBuild() {
        String treatmentColumn = NO_TREATMENT.equals(treatment.getValue())
                ? null : treatment.getValue();
        List<String> chosen = new ArrayList<>(List.of(unit.getValue(), time.getValue(),
                outcome.getValue()));
        if (treatmentColumn != null) {
            chosen.add(treatmentColumn);
        }
        if (chosen.stream().distinct().count() < chosen.size()) {
            problem.setText("Each role needs its own column; the same column is chosen twice.");
            return false;
        }
        try {
            Panel panel = PanelReader.build(table, new PanelSpec(unit.getValue(),
                    time.getValue(), outcome.getValue(), treatmentColumn));
            imported = new Imported(panel, TreatmentProposal.of(panel));
            return true;
        } catch (DataFormatException invalid) {
            problem.setText(invalid.getMessage());
            return false;
        }
    }

    private static TableView<List<String>> preview(CsvTable table) {
        TableView<List<String>> view = new TableView<>();
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            TableColumn<List<String>, String> tableColumn =
                    new TableColumn<>(table.columns().get(c));
            tableColumn.setCellValueFactory(row ->
                    new ReadOnlyStringWrapper(row.getValue().get(column)));
            tableColumn.setSortable(false);
            view.getColumns().add(tableColumn);
        }
        for (int row = 0; row < Math.min(PREVIEW_ROWS, table.rowCount()); row++) {
            view.getItems().add(table.row(row));
        }
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        return view;
    }
}
