package org.causalworkbench.app.obsexp;

import java.awt.geom.Rectangle2D;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.causalworkbench.app.chart.ObsExpCharts;
import org.causalworkbench.app.chart.SpikeCharts;
import org.causalworkbench.app.export.ChartViewers;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

/**
 * The interactive view of the impossibility result. Dragging a narrow spike into the gap moves
 * the gap outside the band, while the distribution of the trial data barely changes.
 */
public final class SpikePane extends VBox {

    /** The explanation shown above the charts. */
    static final String CAPTION = "Why a trial can falsify an observational estimate but never"
            + " validate it: a narrow spike changes the data distribution only on a set of tiny"
            + " probability, the treated rows under it, so no test on the trial can exclude it."
            + " The spiked gap leaves any band, yet the data look almost the same. Only a"
            + " smoothness assumption, such as the Gaussian-process prior of the gap model,"
            + " rules such spikes out. Drag in the left chart, or use the sliders.";

    private final ObsExpViewModel model;
    private final SpikeCharts charts = new SpikeCharts();
    private final ChartViewer gapViewer = ChartViewers.create();
    private final ChartViewer densityViewer = ChartViewers.create();
    private final Slider center = new Slider(-3, 3, ObsExpViewModel.DEFAULT_SPIKE_CENTER);

    /**
     * Creates the pane.
     *
     * @param model the view model that contains the spike and computes its effect
     */
    public SpikePane(ObsExpViewModel model) {
        this.model = model;
        getStyleClass().add("obsexp-results");

        Label caption = new Label(CAPTION);
        caption.setId("spikeCaption");
        caption.getStyleClass().add("obsexp-theorem-caption");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.setMaxWidth(Double.MAX_VALUE);

        gapViewer.setId("spikeGapChart");
        densityViewer.setId("spikeDensityChart");
        gapViewer.setChart(charts.gapChart());
        densityViewer.setChart(charts.densityChart());
        gapViewer.setMinSize(200, 160);
        densityViewer.setMinSize(200, 160);
        makeDraggable();

        GridPane chartGrid = new GridPane();
        chartGrid.getStyleClass().add("obsexp-chart-grid");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            chartGrid.getColumnConstraints().add(column);
        }
        chartGrid.add(gapViewer, 0, 0);
        chartGrid.add(densityViewer, 1, 0);
        GridPane.setVgrow(gapViewer, Priority.ALWAYS);
        GridPane.setVgrow(densityViewer, Priority.ALWAYS);
        VBox.setVgrow(chartGrid, Priority.ALWAYS);

        center.setId("spikeCenter");
        Slider width = new Slider(0.01, 1.0, GapSpike.DEFAULT_WIDTH);
        width.setId("spikeWidth");
        Slider height = new Slider(-8, 8, GapSpike.DEFAULT_HEIGHT);
        height.setId("spikeHeight");
        GridPane controls = new GridPane();
        controls.getStyleClass().add("obsexp-spike-controls");
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints sliders = new ColumnConstraints();
        sliders.setHgrow(Priority.ALWAYS);
        controls.getColumnConstraints().addAll(names, sliders, new ColumnConstraints());
        addSlider(controls, 0, "Position", center, model.spikeCenterProperty());
        addSlider(controls, 1, "Width", width, model.spikeWidthProperty());
        addSlider(controls, 2, "Height", height, model.spikeHeightProperty());
        for (Slider slider : new Slider[] {center, width, height}) {
            // The view model merges a drag's steps into one undo entry until the thumb is let go.
            slider.valueChangingProperty().addListener((obs, was, changing) -> {
                if (!changing) {
                    model.commands().closeMerge();
                }
            });
        }

        Label summary = new Label();
        summary.setId("spikeSummary");
        summary.getStyleClass().add("obsexp-spike-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.spikeSummaryProperty());

        getChildren().addAll(caption, chartGrid, controls, summary);
        model.spikeResultProperty().addListener((obs, old, now) -> show());
        model.datasetProperty().addListener((obs, old, now) -> fitCenterRange());
        fitCenterRange();
        show();
    }

    private static void addSlider(GridPane grid, int row, String name, Slider slider,
            DoubleProperty property) {
        slider.valueProperty().bindBidirectional(property);
        slider.setMaxWidth(Double.MAX_VALUE);
        Label value = new Label();
        value.textProperty().bind(property.asString(Locale.ROOT, "%.2f"));
        value.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, new Label(name), slider, value);
    }

    /** Sets the position slider's range to the span of the evaluation points. */
    private void fitCenterRange() {
        ObsExpDataset dataset = model.datasetProperty().get();
        if (dataset == null) {
            return;
        }
        double[] axis = dataset.evaluationAxis();
        double lower = java.util.Arrays.stream(axis).min().orElse(-3);
        double upper = java.util.Arrays.stream(axis).max().orElse(3);
        if (upper > lower) {
            center.setMin(lower);
            center.setMax(upper);
        }
    }

    /**
     * Moves the spike to the pointer while the mouse is pressed on the gap chart. The events are
     * consumed, so the chart does not start a zoom rectangle or a pan.
     */
    private void makeDraggable() {
        gapViewer.addEventFilter(MouseEvent.MOUSE_PRESSED, this::moveSpike);
        gapViewer.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::moveSpike);
        gapViewer.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            // One drag on the chart is one undo entry, like one drag of the slider.
            model.commands().closeMerge();
            event.consume();
        });
        gapViewer.addEventFilter(ScrollEvent.ANY, ScrollEvent::consume);
    }

    private void moveSpike(MouseEvent event) {
        event.consume();
        ChartRenderingInfo info = gapViewer.getCanvas().getRenderingInfo();
        if (info == null || model.spikeResultProperty().get() == null) {
            return;
        }
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        if (dataArea.getWidth() <= 0) {
            return;
        }
        XYPlot plot = charts.gapChart().getXYPlot();
        double x = Math.max(dataArea.getMinX(), Math.min(dataArea.getMaxX(), event.getX()));
        double value = plot.getDomainAxis().java2DToValue(x, dataArea, plot.getDomainAxisEdge());
        model.spikeCenterProperty().set(Math.max(center.getMin(),
                Math.min(center.getMax(), value)));
    }

    private void show() {
        ObsExpDataset dataset = model.datasetProperty().get();
        double[] support = dataset == null ? new double[] {0, 0}
                : ObsExpCharts.supportRange(dataset);
        String axisLabel = dataset == null ? "Covariate" : ObsExpCharts.axisLabel(dataset);
        charts.show(model.spikeResultProperty().get(), axisLabel, support);
    }
}
