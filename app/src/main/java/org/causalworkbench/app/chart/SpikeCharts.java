package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.causalworkbench.app.obsexp.SpikeResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalDataItem;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The two charts of the theorem view: the gap with and without a spike against the band of the
 * last analysis, and the trial's pseudo-outcome density in the original and the spiked world.
 *
 * <p>Unlike the other chart builders, this class keeps its charts and refills their series on
 * every {@link #show(SpikeResult, String, double[])}, so dragging the spike does not rebuild the charts. Call it on
 * the UI thread only.
 */
public final class SpikeCharts {

    static final Color SPIKED = new Color(0xc0, 0x1c, 0x28);
    static final Color BEFORE = ChartStyle.TREATED;
    /** The band's colour as it looks over white, for the legend swatch. */
    static final Color BAND_SWATCH = new Color(0xdc, 0xc8, 0xe4);

    private final YIntervalSeries band = new YIntervalSeries("95% band of the last analysis");
    private final XYSeries baseGap = new XYSeries("Gap without the spike", false, true);
    private final XYSeries spikedGap = new XYSeries("Gap with the spike", false, true);
    private final XYSeries densityBefore =
            new XYSeries("Original trial data", false, true);
    private final XYSeries densityAfter = new XYSeries("With the spike", false, true);
    private final JFreeChart gapChart;
    private final JFreeChart densityChart;
    private final TextTitle gapSubtitle = new TextTitle("", ChartStyle.TICK_FONT);
    private final TextTitle densitySubtitle = new TextTitle("", ChartStyle.TICK_FONT);
    private final IntervalMarker support = new IntervalMarker(0, 0);

    /** Creates both charts with empty series. */
    public SpikeCharts() {
        gapChart = buildGapChart();
        densityChart = buildDensityChart();
    }

    private JFreeChart buildGapChart() {
        YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
        bandData.addSeries(band);
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Drag the spike: the gap leaves the band", "Covariate x1", "Gap \u0394(x)",
                bandData);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setSeriesPaint(0, ObsExpCharts.GAP_BAND);
        bandRenderer.setSeriesFillPaint(0, ObsExpCharts.GAP_BAND);
        bandRenderer.setSeriesStroke(0, new BasicStroke(0.5f));
        bandRenderer.setAlpha(1f);
        plot.setRenderer(0, bandRenderer);

        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(baseGap);
        lines.addSeries(spikedGap);
        plot.setDataset(1, lines);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, ObsExpCharts.TRUTH);
        lineRenderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 4f}, 0f));
        lineRenderer.setSeriesPaint(1, SPIKED);
        lineRenderer.setSeriesStroke(1, new BasicStroke(2.2f));
        plot.setRenderer(1, lineRenderer);
        // The spiked gap is drawn last, over the dashed gap it departs from.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        updateGapLegend(plot);

        ChartStyle.styleXy(chart);
        support.setPaint(ObsExpCharts.SUPPORT_SHADE);
        plot.addDomainMarker(support, Layer.BACKGROUND);
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(0.8f)),
                Layer.BACKGROUND);
        chart.addSubtitle(gapSubtitle);
        return chart;
    }

    /**
     * Sets the gap chart's legend: a filled swatch for the band, whose translucent fill the
     * default legend would draw as an almost invisible line, and the two gap lines.
     */
    private void updateGapLegend(XYPlot plot) {
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(band.getKey().toString(), null, null, null,
                new Rectangle2D.Double(-6, -6, 12, 12), BAND_SWATCH));
        legend.addAll(plot.getRenderer(1).getLegendItems());
        plot.setFixedLegendItems(legend);
    }

    private JFreeChart buildDensityChart() {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(densityBefore);
        data.addSeries(densityAfter);
        JFreeChart chart = ChartFactory.createXYLineChart(
                "...while the trial data barely change",
                "Pseudo-outcome Y(T \u2212 \u03c0) / (\u03c0(1 \u2212 \u03c0))", "Density", data);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, BEFORE);
        renderer.setSeriesStroke(0, new BasicStroke(3.2f));
        renderer.setSeriesPaint(1, SPIKED);
        renderer.setSeriesStroke(1, new BasicStroke(1.8f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        plot.setRenderer(renderer);
        ChartStyle.styleXy(chart);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        chart.addSubtitle(densitySubtitle);
        return chart;
    }

    /** Returns the gap chart. */
    public JFreeChart gapChart() {
        return gapChart;
    }

    /** Returns the density chart. */
    public JFreeChart densityChart() {
        return densityChart;
    }

    /**
     * Shows one spike, or empties the charts.
     *
     * @param result the theorem view to show, or {@code null} for none
     * @param axisLabel the label of the covariate axis
     * @param supportRange the lower and upper end of the trial's first covariate
     */
    public void show(SpikeResult result, String axisLabel, double[] supportRange) {
        band.clear();
        baseGap.clear();
        spikedGap.clear();
        densityBefore.clear();
        densityAfter.clear();
        gapChart.getXYPlot().getDomainAxis().setLabel(axisLabel);
        support.setStartValue(supportRange[0]);
        support.setEndValue(supportRange[1]);
        if (result == null) {
            gapChart.getXYPlot().setNoDataMessage("Run the analysis to see the gap.");
            densityChart.getXYPlot().setNoDataMessage("Run the analysis to see the data.");
            gapSubtitle.setText("");
            densitySubtitle.setText("");
            return;
        }
        double[] axis = result.axis();
        for (int i = 0; i < axis.length; i++) {
            if (result.hasBand()) {
                double lower = result.bandLower()[i];
                double upper = result.bandUpper()[i];
                band.add(new YIntervalDataItem(axis[i], (lower + upper) / 2, lower, upper),
                        false);
            }
            baseGap.add(axis[i], result.baseGap()[i], false);
            spikedGap.add(axis[i], result.spikedGap()[i], false);
        }
        baseGap.setKey(result.baseGapKnown() ? "True gap, no spike" : "Estimated gap, no spike");
        updateGapLegend(gapChart.getXYPlot());
        double[] grid = result.densityAxis();
        for (int k = 0; k < grid.length; k++) {
            densityBefore.add(grid[k], result.densityBefore()[k], false);
            densityAfter.add(grid[k], result.densityAfter()[k], false);
        }
        band.fireSeriesChanged();
        baseGap.fireSeriesChanged();
        spikedGap.fireSeriesChanged();
        densityBefore.fireSeriesChanged();
        densityAfter.fireSeriesChanged();

        gapSubtitle.setText(String.format(Locale.ROOT,
                "Spike at x = %.2f, width %.2f, height %.1f. Shaded: the trial's range.",
                result.spike().center(), result.spike().width(), result.spike().height()));
        densitySubtitle.setText(String.format(Locale.ROOT,
                "%d of %d rows change; total variation at most about %.3f",
                result.rowsChanged(), result.rows(), result.totalVariationBound()));
    }
}
