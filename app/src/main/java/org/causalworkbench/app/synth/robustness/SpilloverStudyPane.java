package org.causalworkbench.app.synth.robustness;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.SpilloverStudyCharts;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.export.TableExportMenu;
import org.causalworkbench.app.shell.TypedSpinners;
import org.causalworkbench.estimators.synth.simulate.SpilloverProcess.NoiseLevel;
import org.causalworkbench.estimators.synth.simulate.SpilloverStudyResult;
import org.causalworkbench.estimators.synth.simulate.StrategyBias;
import org.jfree.chart.fx.ChartViewer;

/**
 * The teaching tab: one click simulates panels with a known effect and donor spillovers, and
 * shows the bias of each donor strategy as boxes with every replicate, and as a table. It only
 * binds controls to a {@link SpilloverStudyViewModel}.
 */
public final class SpilloverStudyPane extends VBox {

    private final ChartViewer chart = PaneParts.viewer("spilloverBiasChart");
    private final TableView<StrategyBias> table = new TableView<>();

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public SpilloverStudyPane(SpilloverStudyViewModel model) {
        super(8);
        setPadding(new Insets(8));
        Label heading = new Label("Teaching: donor spillovers bias the synthetic control");
        heading.getStyleClass().add("pane-heading");
        Label caption = PaneParts.wrapping("Each replicate draws a panel from ten latent trends:"
                + " the target gains the effect 2 after period 80, and a share of the donors"
                + " gains a spillover of -2 at the same time. The synthetic control is fitted"
                + " on all donors (ALL), on the truly valid donors only (VALID, an oracle) and on"
                + " the donors kept by the forecast screen: the n best predicted at the first"
                + " post-period (S1) or those inside its predictive interval at level φ (S2)."
                + " Bias is the ATT minus the true effect 2.");

        Spinner<Integer> donors = new Spinner<>(2, 500, model.donorsProperty().get(), 10);
        donors.setId("spilloverStudyDonors");
        donors.getValueFactory().valueProperty().addListener(
                (obs, old, now) -> model.donorsProperty().set(now));
        Spinner<Double> share = new Spinner<>(0.0, 1.0, model.invalidShareProperty().get(),
                0.1);
        share.setId("spilloverStudyInvalidShare");
        share.getValueFactory().valueProperty().addListener(
                (obs, old, now) -> model.invalidShareProperty().set(now));
        ComboBox<NoiseLevel> noise = new ComboBox<>();
        noise.setId("spilloverStudyNoise");
        noise.getItems().setAll(NoiseLevel.values());
        noise.valueProperty().bindBidirectional(model.noiseProperty());
        noise.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(NoiseLevel value) {
                return value == null ? "" : noiseWords(value);
            }

            @Override
            public NoiseLevel fromString(String text) {
                return null;
            }
        });
        Spinner<Integer> replicates = new Spinner<>(2, 2000, model.replicatesProperty().get(),
                10);
        replicates.setId("spilloverStudyReplicates");
        replicates.getValueFactory().valueProperty().addListener(
                (obs, old, now) -> model.replicatesProperty().set(now));
        Spinner<Integer> seed = TypedSpinners.wholeNumbers(0, Integer.MAX_VALUE,
                model.seedProperty().get());
        seed.setId("spilloverStudySeed");
        seed.getValueFactory().valueProperty().addListener(
                (obs, old, now) -> model.seedProperty().set(now));
        Spinner<Integer> keep = new Spinner<>(0, 500, model.keepCountProperty().get(), 1);
        keep.setId("spilloverStudyKeep");
        keep.getValueFactory().valueProperty().addListener(
                (obs, old, now) -> model.keepCountProperty().set(now));
        // A project sets the model; the spinners follow it back.
        model.donorsProperty().addListener((obs, old, now) ->
                donors.getValueFactory().setValue(now.intValue()));
        model.invalidShareProperty().addListener((obs, old, now) ->
                share.getValueFactory().setValue(now.doubleValue()));
        model.replicatesProperty().addListener((obs, old, now) ->
                replicates.getValueFactory().setValue(now.intValue()));
        model.seedProperty().addListener((obs, old, now) ->
                seed.getValueFactory().setValue(now.intValue()));
        model.keepCountProperty().addListener((obs, old, now) ->
                keep.getValueFactory().setValue(now.intValue()));
        keep.setTooltip(new Tooltip("n of rule S1; 0 keeps as many donors as are valid."));
        ComboBox<Double> level = new ComboBox<>();
        level.setId("spilloverStudyLevel");
        level.getItems().setAll(0.80, 0.90, 0.95, 0.99);
        level.setValue(model.intervalLevelProperty().get());
        level.valueProperty().addListener((obs, old, now) -> model.intervalLevelProperty()
                .set(now));
        model.intervalLevelProperty().addListener((obs, old, now) ->
                level.setValue(now.doubleValue()));
        for (Spinner<?> spinner : new Spinner<?>[] {donors, share, replicates, seed, keep}) {
            TypedSpinners.allowTyping(spinner);
            spinner.setPrefWidth(90);
        }
        HBox settings = new HBox(8, new Label("Donors"), donors, new Label("Invalid share"),
                share, new Label("Donor noise"), noise, new Label("Replicates"), replicates,
                new Label("Seed"), seed);
        settings.setAlignment(Pos.CENTER_LEFT);
        HBox screens = new HBox(8, new Label("S1 keeps n (0 = valid count)"), keep,
                new Label("S2 level φ"), level, PaneParts.runBar(model, "spilloverStudyRun",
                        "Run study", model::run));
        screens.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(heading, caption, settings, screens, PaneParts.errorLabel(model,
                "spilloverStudyError"), PaneParts.staleNotice(model, "spilloverStudyStale"), chart, table);
        model.resultProperty().addListener((obs, old, now) -> show(now));
        show(model.resultProperty().get());
    }

    private void buildTable() {
        table.setId("spilloverStudyTable");
        TableExportMenu.install(table, "spillover-study");
        addColumn("Strategy", 120, StrategyBias::strategy);
        addColumn("Mean bias", 110, b -> format(b.mean()));
        addColumn("SD", 110, b -> format(b.sd()));
        addColumn("2.5%", 110, b -> format(b.quantile(0.025)));
        addColumn("97.5%", 110, b -> format(b.quantile(0.975)));
        addColumn("Replicates", 100, b -> Integer.toString(b.replicates()));
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * 5 + 4);
        table.setMinHeight(26 * 3 + 4);
        table.setPlaceholder(new Label("Press Run study to see the bias of each strategy."));
    }

    private void addColumn(String name, double width,
            java.util.function.Function<StrategyBias, String> value) {
        TableColumn<StrategyBias, String> column = new TableColumn<>(name);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        table.getColumns().add(column);
    }

    private void show(SpilloverStudyResult result) {
        if (result == null) {
            chart.setChart(SynthCharts.placeholder("Bias of each donor strategy",
                    "Press Run study: about a second with the default settings."));
            table.getItems().clear();
            return;
        }
        chart.setChart(SpilloverStudyCharts.biasBoxes(result));
        table.getItems().setAll(result.summaries());
    }

    /** Names a donor-noise preset in words with its standard deviation. */
    static String noiseWords(NoiseLevel level) {
        String word = switch (level) {
            case LOW -> "Low";
            case MEDIUM -> "Medium";
            case HIGH -> "High";
        };
        return String.format(Locale.ROOT, "%s (SD %.1f)", word, level.standardDeviation());
    }

    private static String format(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "-";
    }
}
