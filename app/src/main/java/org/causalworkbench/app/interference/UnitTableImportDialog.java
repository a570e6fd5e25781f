package org.causalworkbench.app.interference;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.causalworkbench.estimators.data.CsvTable;

/**
 * Asks which columns of a unit table are the id, treatment, outcome, group and covariates.
 * Open builds the dataset; an invalid choice keeps the dialog open and shows the reason.
 */
final class UnitTableImportDialog extends Dialog<InterferenceData> {

    private static final Set<String> ID_NAMES = Set.of("id", "unit", "person", "individual");
    private static final Set<String> GROUP_NAMES = Set.of("household", "group", "cluster",
            "context", "village", "school", "hh");

    private final CsvTable table;
    private final ComboBox<String> id = new ComboBox<>();
    private final ComboBox<String> treatment = new ComboBox<>();
    private final ComboBox<String> outcome = new ComboBox<>();
    private final ComboBox<String> group = new ComboBox<>();
    private final ListView<String> covariates = new ListView<>();
    private final Label problem = new Label();
    private InterferenceData dataset;

    UnitTableImportDialog(Window owner, CsvTable table) {
        this.table = table;
        initOwner(owner);
        setTitle("Open unit table: " + table.sourceName());
        setHeaderText("Map the columns of " + table.sourceName() + " (" + table.rowCount()
                + " rows). The group column defines who interferes with whom.");
        setResizable(true);

        List<String> columns = table.columns();
        for (ComboBox<String> box : List.of(id, treatment, outcome, group)) {
            box.setItems(FXCollections.observableArrayList(columns));
        }
        covariates.setItems(FXCollections.observableArrayList(columns));
        covariates.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        covariates.setPrefHeight(140);
        guess(columns);

        GridPane roles = new GridPane();
        roles.setHgap(8);
        roles.setVgap(6);
        roles.addRow(0, new Label("Unit id"), id);
        roles.addRow(1, new Label("Treatment (0/1)"), treatment);
        roles.addRow(2, new Label("Outcome"), outcome);
        roles.addRow(3, new Label("Group (household, cluster)"), group);
        roles.addRow(4, new Label("Discrete covariates (none or more)"), covariates);
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("error-text");
        problem.setId("unitTableProblem");
        getDialogPane().setContent(new VBox(10, roles, problem));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Open");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!tryBuild()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? dataset : null);
    }

    /** Proposes roles from common column names; the user can change every choice. */
    private void guess(List<String> columns) {
        for (String column : columns) {
            String lower = column.toLowerCase(Locale.ROOT).strip();
            if (id.getValue() == null && ID_NAMES.contains(lower)) {
                id.setValue(column);
            } else if (group.getValue() == null && GROUP_NAMES.contains(lower)) {
                group.setValue(column);
            } else if (treatment.getValue() == null && (lower.equals("t")
                    || lower.startsWith("treat"))) {
                treatment.setValue(column);
            } else if (outcome.getValue() == null && (lower.equals("y")
                    || lower.startsWith("outcome"))) {
                outcome.setValue(column);
            }
        }
        for (String column : columns) {
            boolean role = List.of(String.valueOf(id.getValue()),
                    String.valueOf(treatment.getValue()), String.valueOf(outcome.getValue()),
                    String.valueOf(group.getValue())).contains(column);
            if (!role) {
                covariates.getSelectionModel().select(column);
            }
        }
    }

    private boolean tryBuild() {
        if (id.getValue() == null || treatment.getValue() == null || outcome.getValue() == null
                || group.getValue() == null) {
            problem.setText("Choose the id, treatment, outcome and group columns.");
            return false;
        }
        List<String> chosen = List.copyOf(covariates.getSelectionModel().getSelectedItems());
        try {
            dataset = UnitTableImport.build(table, new UnitTableImport.Roles(id.getValue(),
                    treatment.getValue(), outcome.getValue(), chosen, group.getValue()), "",
                    Double.NaN);
            return true;
        } catch (IllegalArgumentException invalid) {
            problem.setText(invalid.getMessage());
            return false;
        }
    }
}
