package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.synth.simulate.SpilloverStudyResult;
import org.causalworkbench.estimators.synth.simulate.StrategyBias;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.ScatterRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.DefaultMultiValueCategoryDataset;

/**
 * Builds the teaching study's chart: one box per donor strategy over the replicates' biases,
 * every replicate as a dot on top, and the truth (zero bias) as a line.
 */
public final class SpilloverStudyCharts {

    private static final Color TRUTH = new Color(0x2e, 0x6b, 0x30);
    private static final Color DOTS = new Color(0x1f, 0x4e, 0x99, 0x70);

    private SpilloverStudyCharts() {
    }

    /**
     * Returns a box whose whiskers span the whole range, so no value is drawn as an outlier:
     * the dots already show every replicate, and JFreeChart's outlier circles hide them.
     */
    private static BoxAndWhiskerItem rangeBox(StrategyBias bias) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : bias.values()) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return new BoxAndWhiskerItem(bias.mean(), bias.quantile(0.5), bias.quantile(0.25),
                bias.quantile(0.75), min, max, min, max, List.of());
    }

    /**
     * Builds the box-and-strip chart of the biases.
     *
     * @param result the study
     * @return the chart
     */
    public static JFreeChart biasBoxes(SpilloverStudyResult result) {
        DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultMultiValueCategoryDataset dots = new DefaultMultiValueCategoryDataset();
        for (StrategyBias bias : result.summaries()) {
            List<Double> values = new ArrayList<>();
            for (double value : bias.values()) {
                values.add(value);
            }
            boxes.add(rangeBox(bias), "Bias", bias.strategy());
            dots.add(values, "Replicates", bias.strategy());
        }
        CategoryAxis strategies = new CategoryAxis("Donor strategy");
        NumberAxis bias = new NumberAxis("Bias: ATT minus the true effect");
        bias.setAutoRangeIncludesZero(true);
        BoxAndWhiskerRenderer boxRenderer = new BoxAndWhiskerRenderer();
        boxRenderer.setSeriesPaint(0, new Color(0xd9, 0x5f, 0x02, 0x60));
        boxRenderer.setSeriesOutlinePaint(0, Color.DARK_GRAY);
        // The default mean marker scales with the box width and hides the dots; the table lists means.
        boxRenderer.setMeanVisible(false);
        boxRenderer.setMaximumBarWidth(0.25);
        boxRenderer.setDefaultToolTipGenerator(null);
        CategoryPlot plot = new CategoryPlot(boxes, strategies, bias, boxRenderer);
        ScatterRenderer dotRenderer = new ScatterRenderer();
        dotRenderer.setSeriesPaint(0, DOTS);
        dotRenderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        dotRenderer.setUseOutlinePaint(false);
        plot.setDataset(1, dots);
        plot.setRenderer(1, dotRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        strategies.setTickLabelFont(ChartStyle.LABEL_FONT);
        strategies.setLabelFont(ChartStyle.LABEL_FONT);
        bias.setTickLabelFont(ChartStyle.TICK_FONT);
        bias.setLabelFont(ChartStyle.LABEL_FONT);

        ValueMarker truth = new ValueMarker(0, TRUTH, new BasicStroke(2f));
        truth.setLabel("Truth: no bias");
        truth.setLabelFont(ChartStyle.TICK_FONT);
        truth.setLabelPaint(TRUTH);
        truth.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        truth.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(truth, Layer.FOREGROUND);

        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT,
                "Bias over %d replicates", result.replicates()), ChartStyle.TITLE_FONT, plot,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        double expected = -result.settings().spillover() * result.settings().invalidShare();
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "Boxes: quartiles and median,"
                + " whiskers: range; dots: replicates. Expected bias of ALL about %.2f, minus"
                + " the spillover (%.1f) times the invalid share (%.2f)", expected,
                result.settings().spillover(), result.settings().invalidShare()),
                ChartStyle.TICK_FONT));
        return chart;
    }
}
