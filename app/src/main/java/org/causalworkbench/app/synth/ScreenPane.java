package org.causalworkbench.app.synth;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.causalworkbench.app.chart.SpilloverCharts;
import org.causalworkbench.app.chart.SynthCharts;
import org.causalworkbench.app.export.ChartViewers;
import org.causalworkbench.app.shell.Shortcuts;
import org.causalworkbench.app.shell.TypedSpinners;
import org.causalworkbench.estimators.synth.spillover.AnchorMode;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;
import org.jfree.chart.fx.ChartViewer;

/**
 * The screen panel: the screen's settings, a forest plot of forecast against observed value per
 * donor, the live count of donors kept, and the button that copies a rule's suggestions into
 * the user's decisions.
 */
public final class ScreenPane extends VBox {

    /** Plain statement of the screen's assumptions, shown above the controls. */
    static final String ASSUMPTIONS = "The screen forecasts each donor's first post-intervention"
            + " value from all donors one period earlier and flags donors that miss. It assumes"
            + " (A1) the relations between units do not change over time, (A2) the donors"
            + " together capture every common factor, and (A3) no common shock hits at the"
            + " moment of the intervention. A shock that hits all donors at the intervention"
            + " looks exactly like a spillover and can flag valid donors: mark a few donors you"
            + " trust and use the anchored mode against it. Treat the result as evidence, not"
            + " a verdict. Only the donors included in your pool are screened, as the command"
            + " line's --exclude does; press Screen again after changing the pool.";

    /** Said with every leave-one-out screen, whose flags have no calibrated error rate. */
    static final String LOO_CAVEAT = "Leave-one-out flags are not calibrated: its interval is"
            + " a heuristic, so it can flag many valid donors. Read them as a ranking.";

    private final SpilloverViewModel model;
    private final ChartViewer forest = ChartViewers.create();
    private final Spinner<Integer> keepCount = new Spinner<>(1, 10_000, 30);
    private final ComboBox<Double> level = new ComboBox<>();
    private final Spinner<Integer> window = new Spinner<>(1, 20, 1);
    private final ComboBox<AnchorMode> anchor = new ComboBox<>();
    private final TextField penalty = new TextField();
    private final Label penaltyError = new Label();
    private final Label notes = new Label();

    /**
     * Creates the pane.
     *
     * @param model the view model
     */
    public ScreenPane(SpilloverViewModel model) {
        super(6);
        this.model = model;
        setPadding(new Insets(6));

        Label banner = new Label(ASSUMPTIONS);
        banner.setId("screenBanner");
        banner.setWrapText(true);
        banner.getStyleClass().add("assumption-banner");
        banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        ScreenSettings start = model.settingsProperty().get();
        keepCount.setId("keepCount");
        TypedSpinners.allowTyping(keepCount);
        keepCount.getValueFactory().setValue(start.keepCount());
        keepCount.setPrefWidth(80);
        keepCount.setTooltip(new Tooltip("S1 keeps the n donors with the smallest forecast"
                + " error. O'Riordan and Gilligan-Lee (2025) used 30 for California."));
        level.setId("screenLevel");
        for (double phi : ScreenSettings.LEVELS) {
            level.getItems().add(phi);
        }
        level.setValue(start.level());
        level.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text);
            }
        });
        level.setTooltip(new Tooltip("S2 keeps donors inside this predictive interval; about"
                + " 1 - level of valid donors are flagged by chance."));
        window.setId("screenWindow");
        TypedSpinners.allowTyping(window);
        window.setPrefWidth(70);
        window.setTooltip(new Tooltip("Average over buckets of b periods: catches spillovers"
                + " that start a little late, but a wide window raises false alarms."));
        anchor.setId("screenAnchor");
        anchor.getItems().setAll(AnchorMode.values());
        anchor.setValue(start.anchor());
        anchor.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnchorMode mode) {
                return mode == null ? "" : SpilloverCharts.anchorWords(mode);
            }

            @Override
            public AnchorMode fromString(String text) {
                return null;
            }
        });
        penalty.setId("screenPenalty");
        penalty.setText(String.valueOf(start.penalty()));
        penalty.setPrefColumnCount(5);
        penalty.setTooltip(new Tooltip("Ridge penalty \u03bb on standardised data; larger"
                + " values shrink the forecasts toward each donor's mean."));
        penaltyError.getStyleClass().add("error-text");
        // The leave-one-out fit is a simplex fit with no ridge penalty.
        penalty.disableProperty().bind(anchor.valueProperty().isEqualTo(
                AnchorMode.LEAVE_ONE_OUT));

        keepCount.valueProperty().addListener((obs, old, now) -> pushSettings());
        model.synth().donors().addListener((javafx.collections.ListChangeListener<DonorChoice>)
                change -> fitKeepCount(model.synth().donors().size()));
        fitKeepCount(model.synth().donors().size());
        level.valueProperty().addListener((obs, old, now) -> pushSettings());
        window.valueProperty().addListener((obs, old, now) -> pushSettings());
        anchor.valueProperty().addListener((obs, old, now) -> pushSettings());
        penalty.setOnAction(e -> pushSettings());
        penalty.focusedProperty().addListener((obs, old, now) -> {
            if (!now) {
                pushSettings();
            }
        });
        // A project sets the model's settings; the controls follow them back.
        model.settingsProperty().addListener((obs, old, now) -> {
            keepCount.getValueFactory().setValue(now.keepCount());
            level.setValue(now.level());
            window.getValueFactory().setValue(now.window());
            anchor.setValue(now.anchor());
            penalty.setText(String.valueOf(now.penalty()));
        });

        Button screen = new Button("Screen");
        screen.setId("screenButton");
        screen.setOnAction(e -> model.runScreen());
        screen.disableProperty().bind(model.screenRunningProperty()
                .or(model.synth().panelProperty().isNull()));
        Button cancel = new Button("Cancel");
        cancel.setId("screenCancel");
        cancel.disableProperty().bind(model.screenRunningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        keepEnterInside(this);
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.screenProgressProperty());
        progress.visibleProperty().bind(model.screenRunningProperty());

        FlowPane controls = new FlowPane(10, 6,
                labelled("S1 n", keepCount), labelled("Interval level", level),
                labelled("Window b", window), labelled("Anchor", anchor),
                labelled("\u03bb", penalty), penaltyError, screen, cancel, progress);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label kept = new Label();
        kept.setId("donorsKept");
        kept.getStyleClass().add("headline-label");
        kept.textProperty().bind(model.keptSummaryProperty());
        ComboBox<ScreenRule> rule = new ComboBox<>();
        rule.setId("applyRule");
        rule.getItems().setAll(ScreenRule.values());
        rule.valueProperty().bindBidirectional(model.ruleProperty());
        Button apply = new Button("Apply suggestions");
        apply.setId("applySuggestions");
        apply.disableProperty().bind(model.screenResultProperty().isNull()
                .or(model.screenRunningProperty()));
        apply.setOnAction(e -> model.applySuggestions(rule.getValue()));
        apply.setTooltip(new Tooltip("Copies the chosen rule's keep / exclude suggestions into"
                + " the donor pool in one step; you can still change each donor."));
        Label stale = new Label();
        stale.setId("screenStale");
        stale.getStyleClass().add("stale-notice");
        stale.textProperty().bind(model.screenStaleProperty());
        stale.visibleProperty().bind(stale.textProperty().isNotEmpty());
        stale.managedProperty().bind(stale.visibleProperty());
        HBox applyRow = new HBox(8, kept, rule, apply, stale);
        applyRow.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("screenStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.screenStatusProperty());
        Label poolMessage = new Label();
        poolMessage.setWrapText(true);
        poolMessage.textProperty().bind(model.poolMessageProperty());

        forest.setId("screenChart");
        forest.setMinSize(300, 240);
        VBox.setVgrow(forest, Priority.ALWAYS);
        notes.setId("screenNotes");
        notes.setWrapText(true);
        notes.getStyleClass().add("assumption-banner");
        notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notes.managedProperty().bind(notes.visibleProperty());
        getChildren().addAll(banner, notes, controls, applyRow, status, poolMessage, forest);
        model.screenResultProperty().addListener((obs, old, now) -> show(now));
        show(model.screenResultProperty().get());
    }

    /**
     * Stops Enter pressed in a control of the pane from reaching the window's default Run
     * button, which would refit the whole analysis: here Enter only commits a value.
     */
    static void keepEnterInside(javafx.scene.Node pane) {
        pane.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (Shortcuts.get(Shortcuts.RUN_FROM_FIELD).matches(key)) {
                key.consume();
            }
        });
    }

    private static HBox labelled(String text, javafx.scene.Node control) {
        HBox box = new HBox(4, new Label(text), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Caps n at the pool size and, for a new pool size, starts at the default or the pool. */
    private void fitKeepCount(int poolSize) {
        if (poolSize < 1) {
            return;
        }
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                (SpinnerValueFactory.IntegerSpinnerValueFactory) keepCount.getValueFactory();
        if (factory.getMax() != poolSize) {
            factory.setMax(poolSize);
            factory.setValue(Math.min(ScreenSettings.defaults().keepCount(), poolSize));
        }
    }

    private void pushSettings() {
        double lambda;
        try {
            lambda = Double.parseDouble(penalty.getText().strip());
        } catch (NumberFormatException notNumber) {
            lambda = Double.NaN;
        }
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            penaltyError.setText("\u03bb must be a positive number, such as 1.");
            return;
        }
        penaltyError.setText("");
        Integer n = keepCount.getValue();
        Integer b = window.getValue();
        ScreenSettings chosen = new ScreenSettings(n == null ? 30 : n, level.getValue(),
                b == null ? 1 : b, anchor.getValue(), lambda);
        if (!chosen.equals(model.settingsProperty().get())) {
            model.settingsProperty().set(chosen);
        }
    }

    private void show(DonorScreenResult result) {
        if (result == null) {
            forest.setChart(SynthCharts.placeholder("Screen: forecast vs observed",
                    "Press Screen to test the donors in your pool for a spillover."));
            notes.setText("");
            notes.setVisible(false);
            return;
        }
        forest.setChart(SpilloverCharts.screenForest(result));
        java.util.List<String> lines = new java.util.ArrayList<>(result.notes());
        if (result.anchor() == AnchorMode.LEAVE_ONE_OUT) {
            lines.add(LOO_CAVEAT);
        }
        notes.setText(String.join(" ", lines));
        notes.setVisible(!lines.isEmpty());
    }
}
