package org.causalworkbench.app.importer;

import java.net.URL;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.causalworkbench.estimators.data.DataFormatException;
import org.causalworkbench.estimators.data.ImportSettings;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The import wizard: file settings with the detected values preselected, a preview with a type,
 * missing codes and an ignore switch per column, the panel roles, and a summary of what the
 * import will do. Import builds the panel; an invalid choice keeps the wizard open with the
 * reason shown.
 */
public final class ImportWizard extends Dialog<ImportWizardViewModel.Imported> {

    /** The wizard's stylesheet, in the ui-resources module. */
    static final String STYLESHEET = "/org/causalworkbench/ui/importer.css";

    private static final Map<String, Character> DELIMITERS = new LinkedHashMap<>();
    private static final Map<String, Character> DECIMALS = new LinkedHashMap<>();

    static {
        DELIMITERS.put("Comma ,", ',');
        DELIMITERS.put("Semicolon ;", ';');
        DELIMITERS.put("Tab", '\t');
        DELIMITERS.put("Pipe |", '|');
        DECIMALS.put("Dot 1.5", '.');
        DECIMALS.put("Comma 1,5", ',');
    }

    private final ImportWizardViewModel model;
    private final ValidationSupport validation = new ValidationSupport();
    private final Label problem = new Label();
    private ImportWizardViewModel.Imported imported;

    /**
     * Creates the wizard.
     *
     * @param owner the window the wizard belongs to
     * @param model the view model, opened on a file
     */
    public ImportWizard(Window owner, ImportWizardViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Import " + model.file().getFileName());
        setHeaderText("Check how " + model.file().getFileName() + " is read, then choose the"
                + " panel roles");
        setResizable(true);

        PreviewTable preview = new PreviewTable(model);
        VBox.setVgrow(preview, Priority.ALWAYS);
        TextArea summary = new TextArea();
        summary.setId("importSummary");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(7);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryTextProperty());

        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        // A wrapping label in a VBox shrinks to one line unless its minimum height follows
        // its preferred height.
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.setId("importProblem");

        VBox content = new VBox(8,
                heading("1. File"), fileSettings(),
                heading("2. Columns: type, missing codes, ignore"), preview,
                heading("3. Panel roles"), roles(),
                heading("4. What happens next"), summary, problem);
        content.setPrefSize(1150, 860);
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(stylesheet());
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Import");
        ok.setId("importFinish");
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> Boolean.TRUE.equals(validation.isInvalid()),
                validation.invalidProperty()));
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (!tryFinish()) {
                event.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? imported : null);
    }

    private boolean tryFinish() {
        try {
            imported = model.finish();
            return true;
        } catch (DataFormatException invalid) {
            problem.setText(invalid.getMessage());
            return false;
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("wizard-heading");
        return label;
    }

    private Node fileSettings() {
        ImportSettings settings = model.settingsProperty().get();

        ComboBox<String> encoding = new ComboBox<>(FXCollections.observableArrayList(
                encodings(settings.charset())));
        encoding.setId("importEncoding");
        encoding.setValue(settings.charset());
        encoding.setOnAction(e -> model.setCharset(encoding.getValue()));

        ComboBox<String> delimiter = new ComboBox<>(FXCollections.observableArrayList(
                DELIMITERS.keySet()));
        delimiter.setId("importDelimiter");
        delimiter.setValue(labelOf(DELIMITERS, settings.delimiter()));
        ComboBox<String> decimal = new ComboBox<>(FXCollections.observableArrayList(
                DECIMALS.keySet()));
        decimal.setId("importDecimal");
        decimal.setValue(labelOf(DECIMALS, settings.decimalSeparator()));
        delimiter.setOnAction(e -> {
            model.setDelimiter(DELIMITERS.get(delimiter.getValue()));
            decimal.setValue(labelOf(DECIMALS, model.settingsProperty().get()
                    .decimalSeparator()));
        });
        decimal.setOnAction(e -> {
            char chosen = DECIMALS.get(decimal.getValue());
            if (chosen != model.settingsProperty().get().delimiter()) {
                model.setDecimalSeparator(chosen);
            }
        });

        CheckBox header = new CheckBox("First row is the header");
        header.setId("importHeader");
        header.setSelected(settings.headerRow());
        header.setOnAction(e -> model.setHeaderRow(header.isSelected()));
        CheckBox index = new CheckBox("First column is a row index (leave it out)");
        index.setId("importIndex");
        index.setSelected(settings.index().isPresent());
        index.setDisable(!model.hasIndexCandidate());
        index.setOnAction(e -> model.setFirstColumnIndex(index.isSelected()));

        TextField codes = new TextField(ImportWizardViewModel.formatCodes(
                settings.missingCodes()));
        codes.setId("importCodes");
        codes.setPromptText("for example NA, ., #NULL!");
        codes.setPrefColumnCount(24);
        codes.textProperty().addListener((obs, old, now) -> {
            if (model.checkCodes(now).isEmpty()) {
                model.setFileMissingCodes(now);
            }
        });
        validation.registerValidator(codes, false, (control, value) ->
                ValidationResult.fromErrorIf(control, model.checkCodes((String) value)
                        .orElse(""), model.checkCodes((String) value).isPresent()));

        Label blank = new Label("A blank cell is always missing. Separate codes with commas.");
        blank.getStyleClass().add("wizard-hint");
        Label readError = new Label();
        readError.getStyleClass().add("error-text");
        readError.setWrapText(true);
        readError.textProperty().bind(model.readErrorProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Encoding"), encoding, new Label("Delimiter"), delimiter,
                new Label("Decimal separator"), decimal);
        grid.addRow(1, header, index);
        GridPane.setColumnSpan(header, 2);
        GridPane.setColumnSpan(index, 4);
        GridPane.setColumnIndex(index, 2);
        grid.addRow(2, new Label("Missing codes (all columns)"), codes);
        GridPane.setColumnSpan(codes, 2);
        grid.add(blank, 3, 2, 3, 1);
        blank.setWrapText(true);
        grid.add(readError, 0, 3, 6, 1);
        return grid;
    }

    private Node roles() {
        ComboBox<String> unit = roleBox("importUnit", model.unitProperty(), false);
        ComboBox<String> time = roleBox("importTime", model.timeProperty(), false);
        ComboBox<String> outcome = roleBox("importOutcome", model.outcomeProperty(), false);
        ComboBox<String> treatment = roleBox("importTreatment", model.treatmentProperty(), true);
        for (ComboBox<String> box : List.of(unit, time, outcome, treatment)) {
            validation.registerValidator(box, false, (control, value) ->
                    ValidationResult.fromMessageIf(control, model.checkRoles().orElse(""),
                            Severity.ERROR, model.checkRoles().isPresent()));
        }
        // Validity depends on all four boxes, so a change in one rechecks the others too.
        for (javafx.beans.property.StringProperty role : List.of(model.unitProperty(),
                model.timeProperty(), model.outcomeProperty(), model.treatmentProperty())) {
            role.addListener((obs, old, now) -> validation.revalidate());
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Unit"), unit, new Label("Time (numeric)"), time);
        grid.addRow(1, new Label("Outcome (numeric)"), outcome,
                new Label("Treatment flag (optional)"), treatment);
        return grid;
    }

    private ComboBox<String> roleBox(String id, javafx.beans.property.StringProperty role,
            boolean optional) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            List<String> choices = new ArrayList<>();
            if (optional) {
                choices.add(ImportWizardViewModel.NO_TREATMENT);
            }
            choices.addAll(model.keptColumns());
            String chosen = role.get();
            box.getItems().setAll(choices);
            box.setValue(chosen);
        };
        fill.run();
        model.keptColumns().addListener((javafx.collections.ListChangeListener<String>)
                change -> fill.run());
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                role.set(now);
            }
        });
        role.addListener((obs, old, now) -> box.setValue(now));
        box.setPrefWidth(220);
        return box;
    }

    private static List<String> encodings(String detected) {
        List<String> names = new ArrayList<>(List.of("UTF-8", "windows-1252", "ISO-8859-1",
                "UTF-16LE", "UTF-16BE", "windows-1250", "ISO-8859-15", "x-MacRoman"));
        names.removeIf(name -> !Charset.isSupported(name));
        if (!names.contains(detected)) {
            names.add(0, detected);
        }
        return names;
    }

    private static String labelOf(Map<String, Character> choices, char value) {
        return choices.entrySet().stream().filter(entry -> entry.getValue() == value)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static String stylesheet() {
        URL url = ImportWizard.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("stylesheet " + STYLESHEET + " is missing from the"
                    + " class path; the ui-resources module must be on it");
        }
        return url.toExternalForm();
    }
}
