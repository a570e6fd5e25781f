package org.causalworkbench.app.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of the LoRA adapter inspector: the singular spectrum of one module's update as bars,
 * and a heat map of |cos| between the top directions of several modules.
 */
public final class LoraCharts {

    private static final Color HIGH = new Color(0x08, 0x30, 0x6b);

    private LoraCharts() {
    }

    /**
     * Draws singular values as bars at positions 1, 2, ..., largest first.
     *
     * @param title the chart title, such as the module name
     * @param singularValues the values, largest first
     * @return the chart
     */
    public static JFreeChart spectrum(String title, double[] singularValues) {
        XYSeries series = new XYSeries("Singular value");
        for (int i = 0; i < singularValues.length; i++) {
            series.add(i + 1, singularValues[i]);
        }
        NumberAxis index = new NumberAxis("Index i of the singular value");
        index.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis value = new NumberAxis("\u03c3_i of scale \u00b7 B \u00b7 A");
        XYBarRenderer renderer = new XYBarRenderer(0.15);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.TREATED);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), index, value, renderer);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        ChartStyle.styleXy(chart);
        index.setRange(0.4, Math.max(1, singularValues.length) + 0.6);
        value.setAutoRangeIncludesZero(true);
        return chart;
    }

    /**
     * Draws a heat map of |cos| values in [0, 1], white for 0 and dark blue for 1, grey where a
     * value is NaN (directions of different dimension).
     *
     * @param title the chart title
     * @param labels one label per row and column, in order
     * @param cosines a square array with {@code labels.size()} rows
     * @return the chart
     */
    public static JFreeChart cosineHeatMap(String title, List<String> labels,
            double[][] cosines) {
        int n = labels.size();
        double[][] series = new double[3][n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int k = r * n + c;
                series[0][k] = c;
                series[1][k] = n - 1 - r;
                series[2][k] = cosines[r][c];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("|cos|", series);
        XYBlockRenderer renderer = new XYBlockRenderer();
        UnitScale scale = new UnitScale();
        renderer.setPaintScale(scale);

        String[] across = labels.toArray(String[]::new);
        String[] down = new String[n];
        for (int r = 0; r < n; r++) {
            down[n - 1 - r] = labels.get(r);
        }
        SymbolAxis columns = new SymbolAxis(null, across);
        SymbolAxis rows = new SymbolAxis(null, down);
        XYPlot plot = new XYPlot(data, columns, rows, renderer);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        ChartStyle.styleXy(chart);
        for (SymbolAxis axis : List.of(columns, rows)) {
            axis.setGridBandsVisible(false);
            axis.setRange(-0.5, n - 0.5);
        }
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        ChartStyle.addScaleLegend(chart, scale, "|cos|");
        return chart;
    }

    /** Maps 0 to white and 1 to dark blue, and NaN to light grey. */
    static final class UnitScale implements PaintScale {

        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return 1;
        }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) {
                return Color.LIGHT_GRAY;
            }
            double share = Math.max(0, Math.min(1, value));
            return new Color(blend(HIGH.getRed(), share), blend(HIGH.getGreen(), share),
                    blend(HIGH.getBlue(), share));
        }

        private static int blend(int channel, double share) {
            return (int) Math.round(255 + (channel - 255) * share);
        }
    }
}
