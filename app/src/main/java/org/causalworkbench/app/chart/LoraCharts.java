package org.causalworkbench.app.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of the LoRA adapter inspector: the singular spectrum of one module's update as bars,
 * and heat maps of |cos| between the top directions of several modules, within one adapter or
 * across two.
 */
public final class LoraCharts {

    private static final Color HIGH = new Color(0x08, 0x30, 0x6b);

    /** Above this many rows or columns a cell is too small for a two-decimal value. */
    private static final int MAX_LABELLED_CELLS = 16;

    private static final int MAX_HORIZONTAL_COLUMNS = 6;

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
        if (Arrays.stream(singularValues).allMatch(sigma -> sigma == 0)) {
            // An all-zero series collapses the auto range to a sliver around 0.
            value.setRange(0, 1);
            chart.addSubtitle(new TextTitle("The update is zero, as in a freshly initialised"
                    + " adapter, so it has no directions.", ChartStyle.LABEL_FONT));
        }
        return chart;
    }

    /**
     * Draws a heat map of |cos| values in [0, 1], white for 0 and dark blue for 1, grey where a
     * value is NaN (directions of different dimension, or undefined by a zero update).
     *
     * @param title the chart title
     * @param labels one label per row and column, in order
     * @param cosines a square array with {@code labels.size()} rows
     * @return the chart
     */
    public static JFreeChart cosineHeatMap(String title, List<String> labels,
            double[][] cosines) {
        return heatMap(title, null, null, labels, labels, cosines);
    }

    /**
     * Draws a heat map of |cos| between the modules of two adapters, coloured as
     * {@link #cosineHeatMap}. Cells whose row and column labels are equal, one module in both
     * adapters, show their value while the matrix is small enough for the text to fit.
     *
     * @param title the chart title
     * @param rowAxis the label of the rows, naming the first adapter
     * @param columnAxis the label of the columns, naming the second adapter
     * @param rowLabels one label per row, top to bottom
     * @param columnLabels one label per column, left to right
     * @param cosines an array with {@code rowLabels.size()} rows of
     *     {@code columnLabels.size()} values
     * @return the chart
     */
    public static JFreeChart crossHeatMap(String title, String rowAxis, String columnAxis,
            List<String> rowLabels, List<String> columnLabels, double[][] cosines) {
        JFreeChart chart = heatMap(title, rowAxis, columnAxis, rowLabels, columnLabels,
                cosines);
        int rows = rowLabels.size();
        if (rows > MAX_LABELLED_CELLS || columnLabels.size() > MAX_LABELLED_CELLS) {
            return chart;
        }
        XYPlot plot = chart.getXYPlot();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columnLabels.size(); c++) {
                if (rowLabels.get(r).equals(columnLabels.get(c))) {
                    plot.addAnnotation(cellLabel(cosines[r][c], c, rows - 1 - r));
                }
            }
        }
        return chart;
    }

    private static CellLabel cellLabel(double cosine, double x, double y) {
        String text = Double.isFinite(cosine) ? String.format(Locale.ROOT, "%.2f", cosine)
                : "n/a";
        CellLabel label = new CellLabel(text, x, y);
        label.setFont(ChartStyle.TICK_FONT);
        // Dark cells get white text.
        label.setPaint(cosine > 0.55 ? Color.WHITE : Color.BLACK);
        return label;
    }

    private static JFreeChart heatMap(String title, String rowAxis, String columnAxis,
            List<String> rowLabels, List<String> columnLabels, double[][] cosines) {
        int rowCount = rowLabels.size();
        int columnCount = columnLabels.size();
        double[][] series = new double[3][rowCount * columnCount];
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < columnCount; c++) {
                int k = r * columnCount + c;
                series[0][k] = c;
                series[1][k] = rowCount - 1 - r;
                series[2][k] = cosines[r][c];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("|cos|", series);
        XYBlockRenderer renderer = new XYBlockRenderer();
        UnitScale scale = new UnitScale();
        renderer.setPaintScale(scale);

        String[] across = columnLabels.toArray(String[]::new);
        String[] down = new String[rowCount];
        for (int r = 0; r < rowCount; r++) {
            down[rowCount - 1 - r] = rowLabels.get(r);
        }
        SymbolAxis columns = new SymbolAxis(columnAxis, across);
        SymbolAxis rows = new SymbolAxis(rowAxis, down);
        XYPlot plot = new XYPlot(data, columns, rows, renderer);
        JFreeChart chart = new JFreeChart(title, plot);
        chart.removeLegend();
        ChartStyle.styleXy(chart);
        columns.setGridBandsVisible(false);
        columns.setRange(-0.5, columnCount - 0.5);
        // Horizontal module names overlap beyond a few columns, and the axis then drops some.
        columns.setVerticalTickLabels(columnCount > MAX_HORIZONTAL_COLUMNS);
        rows.setGridBandsVisible(false);
        rows.setRange(-0.5, rowCount - 0.5);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);

        ChartStyle.addScaleLegend(chart, scale, "|cos|");
        return chart;
    }

    /**
     * Maps 0 to white and 1 to dark blue, and NaN to light grey. Serializable because chart
     * export copies the chart through serialization.
     */
    static final class UnitScale implements PaintScale, Serializable {

        private static final long serialVersionUID = 1L;

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
