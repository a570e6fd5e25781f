package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;

/**
 * Builds the interference workspace's charts: the signature by treatment arm, the propensity
 * histogram with its trimming bounds, and a forest plot of the estimates. Each call returns a
 * new chart, so the UI thread can swap it in.
 */
public final class InterferenceCharts {

    /** Number of equal-width bins of the histograms. */
    public static final int HISTOGRAM_BINS = 20;

    private static final Color UNTREATED = new Color(0x9a, 0x9a, 0x9a);
    private static final Color TRIMMED_SHADE = new Color(0xf6, 0xdc, 0xdc);
    private static final Color TRUTH = new Color(0x2e, 0x6b, 0x30);
    private static final Font ROW_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private InterferenceCharts() {
    }

    /**
     * One row of the forest plot.
     *
     * @param label the row's name, shown on the left
     * @param estimate the point estimate, drawn as a filled square
     * @param secondary a second estimate drawn as an open circle, {@code NaN} for none
     * @param lower the interval's lower end, {@code NaN} without an interval
     * @param upper the interval's upper end, {@code NaN} without an interval
     */
    public record ForestRow(String label, double estimate, double secondary, double lower,
            double upper) {

        private boolean hasInterval() {
            return Double.isFinite(lower) && Double.isFinite(upper);
        }
    }

    /**
     * Builds side-by-side histograms of the signature in the treated and the untreated arm,
     * each as a share of its arm, so arms of different size compare directly.
     *
     * @param signature the first signature component per unit, {@code NaN} where missing
     * @param treatment 0 or 1 per unit
     * @param axisLabel the signature's name for the horizontal axis
     * @return the chart
     */
    public static JFreeChart signatureByArm(double[] signature, int[] treatment,
            String axisLabel) {
        double[] treated = arm(signature, treatment, 1);
        double[] untreated = arm(signature, treatment, 0);
        double[] all = finite(signature);
        double min = all.length == 0 ? 0 : Arrays.stream(all).min().getAsDouble();
        double max = all.length == 0 ? 1 : Arrays.stream(all).max().getAsDouble();
        if (max <= min) {
            max = min + 1;
        }
        HistogramDataset data = new HistogramDataset();
        data.setType(HistogramType.RELATIVE_FREQUENCY);
        if (treated.length > 0) {
            data.addSeries("Treated (n = " + treated.length + ")", treated, HISTOGRAM_BINS, min,
                    max);
        }
        if (untreated.length > 0) {
            data.addSeries("Untreated (n = " + untreated.length + ")", untreated,
                    HISTOGRAM_BINS, min, max);
        }
        JFreeChart chart = ChartFactory.createHistogram("Signature I by treatment arm",
                axisLabel, "Share of the arm", data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        ClusteredXYBarRenderer renderer = new ClusteredXYBarRenderer(0.1, false);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.TREATED);
        renderer.setSeriesPaint(1, UNTREATED);
        plot.setRenderer(renderer);
        ChartStyle.styleXy(chart);
        chart.addSubtitle(new TextTitle("Where the arms do not share values of I, there is no"
                + " overlap to compare them", ChartStyle.TICK_FONT));
        return chart;
    }

    /**
     * Builds the histogram of the estimated propensity e(X, I) with the trimming bounds.
     *
     * @param propensities per unit, {@code NaN} for units outside every cell
     * @param trimming the bound eps
     * @param unitsKept the units that enter the estimate
     * @param units all units
     * @return the chart
     */
    public static JFreeChart propensityHistogram(double[] propensities, double trimming,
            int unitsKept, int units) {
        HistogramDataset data = new HistogramDataset();
        double[] values = finite(propensities);
        if (values.length > 0) {
            data.addSeries("Units", values, HISTOGRAM_BINS, 0, 1);
        }
        JFreeChart chart = ChartFactory.createHistogram("Estimated propensity e(X, I)",
                "e(X, I) = P(T = 1 | X, I)", "Units", data, PlotOrientation.VERTICAL, false,
                true, false);
        XYPlot plot = chart.getXYPlot();
        ClusteredXYBarRenderer renderer = new ClusteredXYBarRenderer(0.05, false);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.TREATED);
        plot.setRenderer(renderer);
        plot.getDomainAxis().setRange(0, 1);
        ChartStyle.styleXy(chart);

        // Cells at exactly 0 or 1 have one arm only and always drop, so the shaded edges
        // include the bounds themselves.
        plot.addDomainMarker(new IntervalMarker(0, trimming, TRIMMED_SHADE), Layer.BACKGROUND);
        plot.addDomainMarker(new IntervalMarker(1 - trimming, 1, TRIMMED_SHADE),
                Layer.BACKGROUND);
        plot.addDomainMarker(bound(trimming, String.format(Locale.ROOT, "eps = %s",
                trimFormat(trimming)), RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
        plot.addDomainMarker(bound(1 - trimming, String.format(Locale.ROOT, "1 - eps = %s",
                trimFormat(1 - trimming)), RectangleAnchor.TOP_LEFT, TextAnchor.TOP_RIGHT));
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "%% kept: %.1f%% (%d of %d"
                + " units). Shaded: trimmed; single-arm cells (e = 0 or 1) always drop.",
                units == 0 ? 0 : 100.0 * unitsKept / units, unitsKept, units),
                ChartStyle.LABEL_FONT));
        return chart;
    }

    /**
     * Builds a forest plot with one labelled row per estimate, top to bottom. A filled square
     * marks the estimate, an open circle the secondary estimate and a horizontal line the
     * interval where there is one. A solid line marks zero and, when known, a dashed line the
     * true value.
     *
     * @param rows the rows, top first
     * @param estimateName what the squares show, for the legend
     * @param secondaryName what the circles show, for the legend
     * @param truth the true value, {@code NaN} when unknown
     * @return the chart
     */
    public static JFreeChart forestPlot(List<ForestRow> rows, String estimateName,
            String secondaryName, double truth) {
        int n = rows.size();
        XIntervalSeries primary = new XIntervalSeries(estimateName);
        XIntervalSeries secondary = new XIntervalSeries(secondaryName);
        String[] labels = new String[n];
        for (int k = 0; k < n; k++) {
            ForestRow row = rows.get(k);
            double y = n - 1 - k;
            labels[n - 1 - k] = row.label();
            double low = row.hasInterval() ? row.lower() : row.estimate();
            double high = row.hasInterval() ? row.upper() : row.estimate();
            primary.add(row.estimate(), low, high, y);
            if (Double.isFinite(row.secondary())) {
                secondary.add(row.secondary(), row.secondary(), row.secondary(), y - 0.22);
            }
        }
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        data.addSeries(primary);
        XIntervalSeriesCollection secondaryData = new XIntervalSeriesCollection();
        secondaryData.addSeries(secondary);

        JFreeChart chart = ChartFactory.createScatterPlot("Estimates", "Effect estimate", "",
                data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(8);
        renderer.setErrorPaint(Color.BLACK);
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setSeriesShape(0, new java.awt.Rectangle(-6, -6, 12, 12));
        plot.setRenderer(renderer);
        XYLineAndShapeRenderer circles = new XYLineAndShapeRenderer(false, true);
        circles.setSeriesPaint(0, ChartStyle.TREATED);
        circles.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        circles.setSeriesShapesFilled(0, false);
        circles.setSeriesStroke(0, new BasicStroke(1.5f));
        plot.setDataset(1, secondaryData);
        plot.setRenderer(1, circles);

        SymbolAxis rowAxis = new SymbolAxis("", labels);
        rowAxis.setTickLabelFont(ROW_FONT);
        rowAxis.setGridBandsVisible(false);
        rowAxis.setRange(-0.7, n - 0.4);
        plot.setRangeAxis(rowAxis);
        ChartStyle.styleXy(chart);
        rowAxis.setTickLabelFont(ROW_FONT);
        plot.setRangeGridlinesVisible(false);
        plot.getDomainAxis().setRange(valueRange(rows, truth));

        plot.addDomainMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.2f)),
                Layer.BACKGROUND);
        if (Double.isFinite(truth)) {
            ValueMarker marker = new ValueMarker(truth, TRUTH, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(String.format(Locale.ROOT, "true value %s", trimFormat(truth)));
            marker.setLabelFont(ChartStyle.TICK_FONT);
            marker.setLabelPaint(TRUTH);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        for (int k = 0; k < n; k++) {
            ForestRow row = rows.get(k);
            String text = String.format(Locale.ROOT, "%.3f", row.estimate())
                    + (row.hasInterval() ? String.format(Locale.ROOT, " [%.3f, %.3f]",
                            row.lower(), row.upper()) : "");
            double right = row.hasInterval() ? row.upper() : row.estimate();
            XYTextAnnotation value = new XYTextAnnotation("   " + text, right, n - 1 - k + 0.18);
            value.setFont(ChartStyle.LABEL_FONT);
            value.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(value);
        }
        return chart;
    }

    /**
     * Returns a range that contains zero, the truth and every estimate and interval, with room
     * on the right for the value labels, so the zero line never sits on the plot's edge.
     */
    private static org.jfree.data.Range valueRange(List<ForestRow> rows, double truth) {
        double low = 0;
        double high = 0;
        for (ForestRow row : rows) {
            for (double value : new double[] {row.estimate(), row.secondary(), row.lower(),
                    row.upper(), truth}) {
                if (Double.isFinite(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        double span = high - low > 0 ? high - low : 1;
        return new org.jfree.data.Range(low - 0.08 * span, high + 0.3 * span);
    }

    private static ValueMarker bound(double at, String label, RectangleAnchor anchor,
            TextAnchor textAnchor) {
        ValueMarker marker = new ValueMarker(at, new Color(0xb0, 0x00, 0x20), new BasicStroke(
                1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f},
                0f));
        marker.setLabel(label);
        marker.setLabelFont(ChartStyle.TICK_FONT);
        marker.setLabelAnchor(anchor);
        marker.setLabelTextAnchor(textAnchor);
        return marker;
    }

    private static String trimFormat(double value) {
        return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros()
                .toPlainString();
    }

    private static double[] arm(double[] signature, int[] treatment, int arm) {
        return java.util.stream.IntStream.range(0, signature.length)
                .filter(i -> treatment[i] == arm && Double.isFinite(signature[i]))
                .mapToDouble(i -> signature[i]).toArray();
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }
}
