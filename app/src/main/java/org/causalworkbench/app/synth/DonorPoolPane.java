package org.causalworkbench.app.synth;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.estimators.synth.PlaceboUnit;
import org.causalworkbench.estimators.synth.spillover.DonorScore;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;

/**
 * The donor-pool editor: one row per candidate donor with the user's include, trusted and
 * reason decisions beside the fit's weight, the screen's z-score, interval flag and suggestion,
 * and the placebo ratio. Below it, the audit log of decisions and suggestions.
 */
public final class DonorPoolPane extends VBox {

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final SpilloverViewModel model;
    private final TableView<DonorChoice> table = new TableView<>();

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public DonorPoolPane(SpilloverViewModel model) {
        super(6);
        this.model = model;
        setPadding(new Insets(6));
        table.setId("donorPoolTable");
        TableExportMenu.install(table, "donor-pool");
        table.setItems(model.synth().donors());
        table.setEditable(true);
        table.setPlaceholder(new Label("Load a panel to see its candidate donors."));
        buildColumns();
        VBox.setVgrow(table, Priority.ALWAYS);

        Button exportPool = new Button("Export pool...");
        exportPool.setId("exportPool");
        exportPool.setOnAction(e -> choose(true, "donor-pool.csv").ifPresent(model::exportPool));
        Button importPool = new Button("Import pool...");
        importPool.setId("importPool");
        importPool.setOnAction(e -> choose(false, null).ifPresent(model::importPool));
        Button exportAudit = new Button("Export audit log...");
        exportAudit.setOnAction(e -> choose(true, "donor-audit.csv")
                .ifPresent(model::exportAudit));
        Label kept = new Label();
        kept.setId("poolKept");
        kept.textProperty().bind(model.keptSummaryProperty());
        Label legend = new Label("Colours: green inside the interval with |z| < 2, amber |z| \u2265 2"
                + " but inside, red outside the interval (flagged). Tick 'Trusted' for donors"
                + " the anchored screen may rely on. "
                + org.causalworkbench.app.chart.SpilloverCharts.RANK_LEGEND);
        legend.setId("poolLegend");
        legend.setWrapText(true);
        HBox bar = new HBox(8, importPool, exportPool, exportAudit, kept);
        Label message = new Label();
        message.setId("poolMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.poolMessageProperty());

        TableView<AuditEntry> audit = auditTable();
        Label auditHeading = new Label("Audit log (your decisions and the screen's"
                + " suggestions)");
        auditHeading.getStyleClass().add("pane-heading");
        Label fitStale = new Label();
        fitStale.setId("poolFitStale");
        fitStale.getStyleClass().add("stale-notice");
        fitStale.setWrapText(true);
        fitStale.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.synth().staleReasonProperty().get().isEmpty() ? ""
                        : "SC weight and placebo ratio are from the last fit, not this pool: "
                                + model.synth().staleReasonProperty().get(),
                model.synth().staleReasonProperty()));
        fitStale.visibleProperty().bind(fitStale.textProperty().isNotEmpty());
        fitStale.managedProperty().bind(fitStale.visibleProperty());
        getChildren().addAll(bar, legend, message, fitStale, table, auditHeading, audit);

        model.screenResultProperty().addListener((obs, old, now) -> table.refresh());
        model.synth().outcomeProperty().addListener((obs, old, now) -> table.refresh());
        model.ruleProperty().addListener((obs, old, now) -> table.refresh());
    }

    private void buildColumns() {
        TableColumn<DonorChoice, String> unit = new TableColumn<>("Donor");
        unit.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().unit()));
        unit.setPrefWidth(170);
        unit.setEditable(false);

        TableColumn<DonorChoice, Boolean> include = new TableColumn<>("In pool");
        include.setCellValueFactory(row -> row.getValue().includedProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setPrefWidth(64);
        TableColumn<DonorChoice, Boolean> trusted = new TableColumn<>("Trusted");
        trusted.setCellValueFactory(row -> row.getValue().trustedProperty());
        trusted.setCellFactory(CheckBoxTableCell.forTableColumn(trusted));
        trusted.setPrefWidth(70);

        TableColumn<DonorChoice, String> reason = new TableColumn<>("Reason (double-click)");
        reason.setCellValueFactory(row -> row.getValue().reasonProperty());
        reason.setCellFactory(TextFieldTableCell.forTableColumn());
        reason.setOnEditCommit(e -> model.setReason(e.getRowValue(), e.getNewValue()));
        reason.setPrefWidth(260);

        TableColumn<DonorChoice, Double> weight = number("SC weight", "%.3f", false,
                choice -> weightOf(choice.unit()));
        TableColumn<DonorChoice, Double> z = number("Screen z", "%+.2f", true,
                choice -> score(choice.unit()).map(DonorScore::zScore).orElse(null));
        Label zHeader = new Label("Screen z");
        zHeader.setTooltip(new Tooltip(org.causalworkbench.app.chart.SpilloverCharts
                .RANK_LEGEND));
        z.setText("");
        z.setGraphic(zHeader);
        TableColumn<DonorChoice, String> flag = new TableColumn<>("Interval");
        flag.setCellValueFactory(row -> new ReadOnlyStringWrapper(score(row.getValue().unit())
                .map(s -> s.flagged() ? "outside" : "inside").orElse("")));
        flag.setCellFactory(column -> statusCell(Function.identity(), true));
        flag.setPrefWidth(80);
        TableColumn<DonorChoice, Double> placebo = number("Placebo ratio", "%.2f", false,
                choice -> placeboRatio(choice.unit()));
        TableColumn<DonorChoice, String> suggestion = new TableColumn<>("Screen suggests");
        suggestion.setCellValueFactory(row -> new ReadOnlyStringWrapper(suggest(row.getValue())));
        suggestion.setPrefWidth(190);
        suggestion.setEditable(false);

        table.getColumns().add(unit);
        table.getColumns().add(include);
        table.getColumns().add(trusted);
        table.getColumns().add(reason);
        table.getColumns().add(weight);
        table.getColumns().add(z);
        table.getColumns().add(flag);
        table.getColumns().add(placebo);
        table.getColumns().add(suggestion);
    }

    private TableColumn<DonorChoice, Double> number(String title, String pattern,
            boolean coloured, Function<DonorChoice, Double> value) {
        TableColumn<DonorChoice, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(
                row.getValue())));
        column.setCellFactory(c -> statusCell(v -> v == null || v.isNaN() ? ""
                : String.format(Locale.ROOT, pattern, v), coloured));
        column.setPrefWidth(104);
        column.setEditable(false);
        // Empty values sort after numbers when ascending, before them when descending.
        column.setComparator(DonorPoolPane::compareMissingLast);
        return column;
    }

    private static int compareMissingLast(Double first, Double second) {
        if (first == null || second == null) {
            return Boolean.compare(first == null, second == null);
        }
        return Double.compare(first, second);
    }

    /** A cell, coloured by its row's screen status when asked. */
    private <T> TableCell<DonorChoice, T> statusCell(Function<T, String> text,
            boolean coloured) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                for (DonorStatus status : DonorStatus.values()) {
                    getStyleClass().remove(status.styleClass());
                }
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setText(null);
                    return;
                }
                setText(item == null ? "" : text.apply(item));
                if (!coloured) {
                    return;
                }
                score(getTableRow().getItem().unit()).ifPresent(s ->
                        getStyleClass().add(DonorStatus.of(s).styleClass()));
            }
        };
    }

    private String suggest(DonorChoice choice) {
        DonorSuggestion suggestion = model.suggestionFor(choice.unit());
        if (suggestion == null) {
            return "";
        }
        String s1 = suggestion.keepByTopN() ? "keep" : "exclude";
        String s2 = suggestion.keepByInterval() ? "keep" : "exclude";
        return "S1 " + s1 + ", S2 " + s2;
    }

    private Optional<DonorScore> score(String unit) {
        DonorScreenResult result = model.screenResultProperty().get();
        return result == null ? Optional.empty() : result.scoreOf(unit);
    }

    private Double weightOf(String unit) {
        SynthOutcome outcome = model.synth().outcomeProperty().get();
        if (outcome == null || !outcome.fit().donors().contains(unit)) {
            return null;
        }
        return outcome.fit().weightOf(unit);
    }

    private Double placeboRatio(String unit) {
        SynthOutcome outcome = model.synth().outcomeProperty().get();
        if (outcome == null || outcome.placebo() == null) {
            return null;
        }
        return outcome.placebo().placebos().stream().filter(p -> p.unit().equals(unit))
                .map(PlaceboUnit::ratio).findFirst().orElse(null);
    }

    private TableView<AuditEntry> auditTable() {
        TableView<AuditEntry> audit = new TableView<>(model.audit());
        audit.setId("auditTable");
        audit.setPlaceholder(new Label("No decisions yet."));
        audit.getColumns().add(text("Time (UTC)", 90, e -> CLOCK.format(e.time())));
        audit.getColumns().add(text("Source", 70, AuditEntry::source));
        audit.getColumns().add(text("Donor", 150, AuditEntry::unit));
        audit.getColumns().add(text("Action", 480, AuditEntry::action));
        audit.getColumns().add(text("Reason", 440, AuditEntry::reason));
        audit.setPrefHeight(170);
        audit.setMinHeight(110);
        model.audit().addListener((javafx.collections.ListChangeListener<AuditEntry>) change ->
                audit.scrollTo(Math.max(0, model.audit().size() - 1)));
        return audit;
    }

    private static TableColumn<AuditEntry, String> text(String title, double width,
            Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(
                row.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Optional<Path> choose(boolean save, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files",
                "*.csv"));
        File file;
        if (save) {
            chooser.setInitialFileName(suggestedName);
            file = chooser.showSaveDialog(getScene().getWindow());
        } else {
            file = chooser.showOpenDialog(getScene().getWindow());
        }
        return Optional.ofNullable(file).map(File::toPath);
    }
}
