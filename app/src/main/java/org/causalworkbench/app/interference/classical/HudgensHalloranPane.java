package org.causalworkbench.app.interference.classical;

import java.io.File;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.causalworkbench.app.interference.classical.HudgensHalloranViewModel.Source;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * The Hudgens-Halloran section: the source of the group strategies, the sign convention, and
 * the tables of effects and strategies.
 */
final class HudgensHalloranPane extends VBox {

    static final String SIGN_CONVENTION = "Sign convention \"0 minus 1\": protective effects are"
            + " positive. DE(\u03c8) = Y(0; \u03c8) - Y(1; \u03c8),  IE(\u03c80, \u03c81) ="
            + " Y(0; \u03c80) - Y(0; \u03c81),  TE(\u03c80, \u03c81) = Y(0; \u03c80) - Y(1;"
            + " \u03c81),  OE(\u03c80, \u03c81) = Y(\u03c80) - Y(\u03c81).";

    private final HudgensHalloranViewModel model;

    HudgensHalloranPane(HudgensHalloranViewModel model) {
        this.model = model;
        getStyleClass().add("classical-section");
        setId("classicalHudgensHalloran");

        Label convention = new Label(SIGN_CONVENTION);
        convention.setId("classicalSignConvention");
        convention.getStyleClass().add("sign-convention");
        convention.setWrapText(true);
        convention.setMinHeight(Region.USE_PREF_SIZE);

        Label caption = ClassicalPane.caption("Groups were randomised to allocation strategies"
                + " \u03c8, then members to treatment under their group's strategy. \u03c80 is"
                + " the strategy with the lower treated fraction. Each group counts equally;"
                + " SE is the between-group standard error (sample variance of the group"
                + " values over C (C - 1)), not the exact variance of Hudgens and Halloran.");

        Label error = ClassicalPane.bindError(model.errorProperty(), "classicalHhError");
        Label notes = new Label();
        notes.setId("classicalHhNotes");
        notes.getStyleClass().add("interference-notes");
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.textProperty().bind(model.notesProperty());

        getChildren().addAll(ClassicalPane.heading("Hudgens-Halloran effects (two-stage"
                + " randomisation)"), convention, caption, sourceRow(), error, effectTable(),
                ClassicalPane.subheading("Strategies"), strategyTable(), notes);
    }

    private FlowPane sourceRow() {
        ToggleGroup sources = new ToggleGroup();
        RadioButton byColumn = new RadioButton("Strategy column:");
        byColumn.setId("classicalStrategyByColumn");
        byColumn.setToggleGroup(sources);
        RadioButton byTable = new RadioButton("Strategy table:");
        byTable.setId("classicalStrategyByTable");
        byTable.setToggleGroup(sources);
        model.sourceProperty().addListener((obs, old, now) ->
                sources.selectToggle(now == Source.TABLE ? byTable : byColumn));
        sources.selectToggle(model.sourceProperty().get() == Source.TABLE ? byTable : byColumn);
        byColumn.setOnAction(event -> model.sourceProperty().set(Source.COLUMN));
        byTable.setOnAction(event -> model.sourceProperty().set(Source.TABLE));

        ComboBox<String> column = new ComboBox<>(model.columnChoices());
        column.setId("classicalStrategyColumn");
        column.setPromptText("covariate column");
        column.setPrefWidth(180);
        column.valueProperty().bindBidirectional(model.strategyColumnProperty());
        column.disableProperty().bind(byTable.selectedProperty());

        Button load = new Button("Load strategy table...");
        load.setId("classicalLoadStrategyTable");
        load.setOnAction(event -> chooseTable());
        Label tableName = new Label();
        tableName.getStyleClass().add("interference-caption");
        model.strategyTableProperty().addListener((obs, old, now) ->
                tableName.setText(now == null ? "" : now.name() + " ("
                        + now.strategyByGroup().size() + " groups)"));
        load.setTooltip(new Tooltip("A CSV file with a header row, the group label in the"
                + " first column and the group's strategy in the second."));

        HBox columnField = new HBox(6, ControlRows.keepWidth(byColumn),
                ControlRows.keepWidth(column));
        columnField.getStyleClass().add("classical-controls");
        HBox tableField = new HBox(6, ControlRows.keepWidth(byTable), ControlRows.keepWidth(load),
                tableName);
        tableField.getStyleClass().add("classical-controls");
        return ControlRows.row(columnField, tableField);
    }

    private void chooseTable() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open strategy table");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files",
                "*.csv", "*.txt"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            model.loadStrategyTable(CsvTable.read(file.toPath()));
        } catch (DataFormatException unreadable) {
            ClassicalPane.showError("The strategy table cannot be read", unreadable.getMessage());
        }
    }

    private TableView<EffectRow> effectTable() {
        TableView<EffectRow> table = Tables.table("classicalHhTable", model.effects(), 5,
                "Choose the strategy column, or load a strategy table, to see the effects.");
        table.getColumns().add(Tables.column("Effect", 150, EffectRow::effect, false));
        table.getColumns().add(Tables.column("Estimate", 100, row -> Tables.number(
                row.estimate()), true));
        table.getColumns().add(Tables.column("SE", 90, row -> Tables.number(
                row.standardError()), true));
        table.getColumns().add(Tables.column("95% interval", 170, row -> Tables.interval(
                row.lower(), row.upper()), true));
        table.getColumns().add(Tables.column("Groups used", 100, EffectRow::groups, true));
        TableColumn<EffectRow, String> note = Tables.column("Why undefined", 420,
                EffectRow::note, false);
        note.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        table.getColumns().add(note);
        return table;
    }

    private TableView<StrategyRow> strategyTable() {
        TableView<StrategyRow> table = Tables.table("classicalStrategyTable", model.strategies(),
                2, "No strategies yet.");
        table.getColumns().add(Tables.column("Strategy \u03c8", 120, StrategyRow::strategy,
                false));
        table.getColumns().add(Tables.column("Groups", 80, row -> row.groups() + "", true));
        table.getColumns().add(Tables.column("Units", 80, row -> row.units() + "", true));
        table.getColumns().add(Tables.column("Treated fraction", 130, row -> String.format(
                Locale.ROOT, "%.3f", row.treatedFraction()), true));
        table.getColumns().add(Tables.column("Y(0; \u03c8)", 110, row -> Tables.number(
                row.untreatedMean()), true));
        table.getColumns().add(Tables.column("Y(1; \u03c8)", 110, row -> Tables.number(
                row.treatedMean()), true));
        table.getColumns().add(Tables.column("Y(\u03c8)", 110, row -> Tables.number(
                row.outcomeMean()), true));
        return table;
    }
}
