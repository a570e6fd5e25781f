package org.causalworkbench.app.obsexp;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.causalworkbench.estimators.data.CellValues;
import org.causalworkbench.estimators.data.CsvTable;

/**
 * Asks which columns of a trial CSV are the covariates, the treatment, the outcome and the
 * observational CATE &omega;, and the trial's treatment probability. Open builds the dataset; an
 * invalid choice keeps the dialog open and shows the reason.
 */
final class TrialImportDialog extends Dialog<ObsExpDataset> {

    private final CsvTable table;
    private final ListView<String> covariates = new ListView<>();
    private final ComboBox<String> treatment = new ComboBox<>();
    private final ComboBox<String> outcome = new ComboBox<>();
    private final ComboBox<String> omega = new ComboBox<>();
    private final TextField propensity = new TextField("0.5");
    private final Label problem = new Label();
    private ObsExpDataset dataset;

    TrialImportDialog(Window owner, CsvTable table) {
        this.table = table;
        initOwner(owner);
        setTitle("Open trial: " + table.sourceName());
        setHeaderText("Map the columns of " + table.sourceName() + " (" + table.rowCount()
                + " rows). The observational CATE omega must be a column.");
        setResizable(true);

        List<String> columns = table.columns();
        covariates.setItems(FXCollections.observableArrayList(columns));
        covariates.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        covariates.setPrefHeight(140);
        treatment.setItems(FXCollections.observableArrayList(columns));
        outcome.setItems(FXCollections.observableArrayList(columns));
        omega.setItems(FXCollections.observableArrayList(columns));
        guess(columns);

        GridPane roles = new GridPane();
        roles.setHgap(8);
        roles.setVgap(6);
        roles.addRow(0, new Label("Covariates (select one or more)"), covariates);
        roles.addRow(1, new Label("Treatment (0/1)"), treatment);
        roles.addRow(2, new Label("Outcome"), outcome);
        roles.addRow(3, new Label("Observational CATE omega"), omega);
        roles.addRow(4, new Label("Treatment probability"), propensity);
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("error-text");
        problem.setId("trialImportProblem");
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
            String lower = column.toLowerCase(java.util.Locale.ROOT);
            if (treatment.getValue() == null && (lower.equals("t") || lower.startsWith("treat"))) {
                treatment.setValue(column);
            } else if (outcome.getValue() == null && (lower.equals("y")
                    || lower.startsWith("outcome"))) {
                outcome.setValue(column);
            } else if (omega.getValue() == null && lower.startsWith("omega")) {
                omega.setValue(column);
            }
        }
        for (String column : columns) {
            String lower = column.toLowerCase(java.util.Locale.ROOT);
            boolean role = column.equals(treatment.getValue()) || column.equals(outcome.getValue())
                    || column.equals(omega.getValue());
            boolean truth = lower.equals("tau") || lower.equals("delta");
            if (!role && !truth) {
                covariates.getSelectionModel().select(column);
            }
        }
    }

    private boolean tryBuild() {
        List<String> chosen = List.copyOf(covariates.getSelectionModel().getSelectedItems());
        if (chosen.isEmpty() || treatment.getValue() == null || outcome.getValue() == null
                || omega.getValue() == null) {
            problem.setText("Choose at least one covariate and the treatment, outcome and omega"
                    + " columns.");
            return false;
        }
        double pi = CellValues.parseNumber(propensity.getText()).orElse(Double.NaN);
        if (!(pi > 0 && pi < 1)) {
            problem.setText("The treatment probability must be a number strictly between 0 and"
                    + " 1, got '" + propensity.getText() + "'.");
            return false;
        }
        try {
            dataset = TrialImport.build(table, chosen, treatment.getValue(), outcome.getValue(),
                    omega.getValue(), pi);
            return true;
        } catch (IllegalArgumentException invalid) {
            problem.setText(invalid.getMessage());
            return false;
        }
    }
}
