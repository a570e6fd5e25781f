package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of effects over Bernoulli allocations alpha: curves with a band of plus or minus
 * 1.96 standard errors, and a heat map of an effect over pairs (alpha0, alpha1).
 */
public final class AllocationCharts {

    private static final Color[] CURVE_COLOURS = {ChartStyle.TREATED, ChartStyle.SYNTHETIC,
        ChartStyle.GAP};
    private static final Color NEGATIVE = new Color(0xb2, 0x18, 0x2b);
    private static final Color POSITIVE = new Color(0x21, 0x66, 0xac);
    private static final float BAND_ALPHA = 0.18f;

    private AllocationCharts() {
    }

    /**
     * One curve of effect estimates over the allocation grid.
     *
     * @param name the legend entry, such as {@code DE(alpha)}
     * @param estimates one estimate per allocation
     * @param standardErrors one standard error per allocation; {@code NaN} draws no band there
     */
    public record Curve(String name, double[] estimates, double[] standardErrors) {
    }

    /**
     * Draws curves over the allocations, each with its 95% normal band.
     *
     * @param title the chart title
     * @param allocations the x values, alpha
     * @param curves the curves, at most three
     * @return the chart
     */
    public static JFreeChart effectCurves(String title, double[] allocations, List<Curve> curves) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Curve curve : curves) {
            YIntervalSeries series = new YIntervalSeries(curve.name());
            for (int i = 0; i < allocations.length; i++) {
                double estimate = curve.estimates()[i];
                double half = 1.96 * curve.standardErrors()[i];
                if (!Double.isFinite(half)) {
                    half = 0;
                }
                series.add(allocations[i], estimate, estimate - half, estimate + half);
            }
            data.addSeries(series);
        }

        JFreeChart chart = ChartFactory.createXYLineChart(title, "Allocation \u03b1 (probability"
                + " each member is treated)", "Effect, \"0 minus 1\" (\u00b11.96 SE band)", data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(BAND_ALPHA);
        for (int s = 0; s < curves.size(); s++) {
            Color colour = CURVE_COLOURS[s % CURVE_COLOURS.length];
            renderer.setSeriesPaint(s, colour);
            renderer.setSeriesFillPaint(s, colour);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShape(s, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        }
        plot.setRenderer(renderer);

        ChartStyle.styleXy(chart);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        ChartStyle.markZero(plot);
        return chart;
    }

    /**
     * Draws a heat map of {@code values[r][c]} at alpha0 = allocations[r] (vertical) and
     * alpha1 = allocations[c] (horizontal), on a diverging scale centred at 0, with a legend.
     *
     * @param title the chart title
     * @param allocations the evenly spaced grid, at least two values
     * @param values the effect per pair, m by m
     * @param legendLabel the legend axis label
     * @return the chart
     */
    public static JFreeChart heatMap(String title, double[] allocations, double[][] values,
            String legendLabel) {
        int m = allocations.length;
        double[][] series = new double[3][m * m];
        double bound = 0;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                int k = r * m + c;
                series[0][k] = allocations[c];
                series[1][k] = allocations[r];
                series[2][k] = values[r][c];
                if (Double.isFinite(values[r][c])) {
                    bound = Math.max(bound, Math.abs(values[r][c]));
                }
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(legendLabel, series);
        double step = (allocations[m - 1] - allocations[0]) / (m - 1);
        DivergingScale scale = new DivergingScale(bound == 0 ? 1 : bound);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(step);
        renderer.setBlockHeight(step);
        renderer.setPaintScale(scale);

        NumberAxis across = new NumberAxis("\u03b11 (allocation compared with)");
        NumberAxis down = new NumberAxis("\u03b10 (reference allocation)");
        for (NumberAxis axis : List.of(across, down)) {
            axis.setRange(allocations[0] - step / 2, allocations[m - 1] + step / 2);
            axis.setLowerMargin(0);
            axis.setUpperMargin(0);
        }
        XYPlot plot = new XYPlot(data, across, down, renderer);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        ChartStyle.styleXy(chart);
        across.setRange(allocations[0] - step / 2, allocations[m - 1] + step / 2);
        down.setRange(allocations[0] - step / 2, allocations[m - 1] + step / 2);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        ChartStyle.addScaleLegend(chart, scale, legendLabel);
        return chart;
    }

    /**
     * Maps negative values to red, 0 to white and positive values to blue, symmetric in bound.
     * Serializable because chart export copies the chart through serialization.
     */
    static final class DivergingScale implements PaintScale, Serializable {

        private static final long serialVersionUID = 1L;

        private final double bound;

        DivergingScale(double bound) {
            this.bound = bound;
        }

        @Override
        public double getLowerBound() {
            return -bound;
        }

        @Override
        public double getUpperBound() {
            return bound;
        }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) {
                return Color.LIGHT_GRAY;
            }
            double share = Math.min(1, Math.abs(value) / bound);
            Color end = value < 0 ? NEGATIVE : POSITIVE;
            return new Color(blend(end.getRed(), share), blend(end.getGreen(), share),
                    blend(end.getBlue(), share));
        }

        private static int blend(int channel, double share) {
            return (int) Math.round(255 + (channel - 255) * share);
        }
    }
}
