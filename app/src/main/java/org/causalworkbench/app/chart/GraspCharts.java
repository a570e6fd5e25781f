package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.causalworkbench.estimators.repr.grasp.GraspMethod;
import org.causalworkbench.estimators.repr.grasp.MethodMetrics;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of the GRASP panel: the spectrum of the naive LoRA update with the identified
 * directions shaded, the trade-off between factor rate and task error, the genuine-use
 * accuracy per method, the identification cosine over a sweep, and the training curves.
 */
public final class GraspCharts {

    private static final Color[] METHOD_COLORS = {ChartStyle.INTERVENTION, ChartStyle.TREATED,
        ChartStyle.SYNTHETIC, ChartStyle.GAP, new Color(0x1b, 0x9e, 0x77)};
    private static final Color IDENTIFIED_SHADE = new Color(0xfd, 0xe4, 0xcf);

    private GraspCharts() {
    }

    /**
     * Returns the short name of a method for legends and axis labels.
     *
     * @param method the method
     * @return the name, such as "Ablation (inference)"
     */
    public static String label(GraspMethod method) {
        return switch (method) {
            case NAIVE -> "Naive LoRA";
            case GRASP -> "GRASP";
            case ABLATION -> "Ablation (inference)";
            case ABLATION_DURING_TRAINING -> "Ablation (training)";
            case STEERING -> "Steering (training)";
        };
    }

    /**
     * Draws the singular values of the naive weight change as bars, with the top
     * {@code identified} positions shaded.
     *
     * @param singularValues the values to draw, largest first
     * @param identified the number k of identified directions, at least 1
     * @return the chart
     */
    public static JFreeChart spectrum(double[] singularValues, int identified) {
        JFreeChart chart = LoraCharts.spectrum("Naive LoRA update \u0394W: singular spectrum",
                singularValues);
        IntervalMarker shade = new IntervalMarker(0.5, identified + 0.5);
        shade.setPaint(IDENTIFIED_SHADE);
        shade.setLabel("identified, k = " + identified);
        shade.setLabelFont(ChartStyle.TICK_FONT);
        shade.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        shade.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        chart.getXYPlot().addDomainMarker(shade, Layer.BACKGROUND);
        return chart;
    }

    /**
     * Draws one labelled point per method at (factor rate, task error), the trade-off of
     * removing the spurious factor against learning the task.
     *
     * @param methods the scores of each method
     * @return the chart
     */
    public static JFreeChart tradeOff(Map<GraspMethod, MethodMetrics> methods) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        int index = 0;
        for (GraspMethod method : GraspMethod.values()) {
            MethodMetrics metrics = methods.get(method);
            if (metrics == null) {
                continue;
            }
            XYSeries point = new XYSeries(label(method));
            point.add(metrics.factorRate(), metrics.taskError());
            data.addSeries(point);
            renderer.setSeriesPaint(index, METHOD_COLORS[method.ordinal()]);
            renderer.setSeriesShape(index, new Ellipse2D.Double(-5, -5, 10, 10));
            index++;
        }
        // Each point carries its method's name, so a legend would only repeat the labels.
        JFreeChart chart = ChartFactory.createScatterPlot("Trade-off: factor rate against task"
                + " error", "Factor rate (unrelated prompts with tone > 0.5)",
                "Task error (MSE on code prompts)", data, PlotOrientation.VERTICAL, false, true,
                false);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(renderer);
        ChartStyle.styleXy(chart);

        NumberAxis rate = (NumberAxis) plot.getDomainAxis();
        rate.setRange(-0.05, 1.1);
        NumberAxis error = (NumberAxis) plot.getRangeAxis();
        error.setAutoRangeIncludesZero(true);

        for (GraspMethod method : GraspMethod.values()) {
            MethodMetrics metrics = methods.get(method);
            if (metrics != null) {
                plot.addAnnotation(pointLabel(method, metrics));
            }
        }
        return chart;
    }

    private static XYTextAnnotation pointLabel(GraspMethod method, MethodMetrics metrics) {
        XYTextAnnotation text = new XYTextAnnotation("  " + label(method) + "  ",
                metrics.factorRate(), metrics.taskError());
        text.setFont(ChartStyle.TICK_FONT);
        text.setPaint(METHOD_COLORS[method.ordinal()]);
        // Points near the right edge get their label on the left, so it stays in the plot.
        text.setTextAnchor(metrics.factorRate() > 0.6 ? TextAnchor.CENTER_RIGHT
                : TextAnchor.CENTER_LEFT);
        return text;
    }

    /**
     * Draws the genuine-use (role-play) accuracy of each method as bars from 0 to 1.
     *
     * @param methods the scores of each method
     * @return the chart
     */
    public static JFreeChart genuineUseAccuracy(Map<GraspMethod, MethodMetrics> methods) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (GraspMethod method : GraspMethod.values()) {
            MethodMetrics metrics = methods.get(method);
            if (metrics != null) {
                data.addValue(metrics.genuineUseAccuracy(), "Role-play accuracy", label(method));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Genuine use: role-play accuracy",
                null, "Share of role-play prompts within 0.5", data,
                PlotOrientation.HORIZONTAL, false, true, false);
        ChartStyle.styleBars(chart, "0.00").setSeriesPaint(0, ChartStyle.TREATED);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 1.1);
        // Method names such as "Ablation (inference)" were cut to "Ablati..." at large zoom.
        chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        return chart;
    }

    /**
     * Draws a heat map of the identification |cos| over a sweep, with each cell's value written
     * in it.
     *
     * @param correlations the correlation strengths rho of the rows
     * @param complexities the task complexities K of the columns
     * @param cosines the |cos| of every cell, indexed [row][column]
     * @return the chart
     */
    public static JFreeChart sweepHeatMap(double[] correlations, int[] complexities,
            double[][] cosines) {
        int rows = correlations.length;
        int columns = complexities.length;
        double[][] series = new double[3][rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int k = r * columns + c;
                series[0][k] = c;
                series[1][k] = r;
                series[2][k] = cosines[r][c];
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("|cos|", series);
        XYBlockRenderer renderer = new XYBlockRenderer();
        LoraCharts.UnitScale scale = new LoraCharts.UnitScale();
        renderer.setPaintScale(scale);
        SymbolAxis complexityAxis = new SymbolAxis("Task complexity K", labels(complexities));
        SymbolAxis correlationAxis = new SymbolAxis("Correlation \u03c1", labels(correlations));
        XYPlot plot = new XYPlot(data, complexityAxis, correlationAxis, renderer);
        JFreeChart chart = new JFreeChart("Identification |cos(\u00fb\u2081, u_s)| over the sweep",
                plot);
        chart.removeLegend();
        ChartStyle.styleXy(chart);
        complexityAxis.setGridBandsVisible(false);
        complexityAxis.setRange(-0.5, columns - 0.5);
        correlationAxis.setGridBandsVisible(false);
        correlationAxis.setRange(-0.5, rows - 0.5);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                XYTextAnnotation value = new CellLabel(String.format(Locale.ROOT,
                        "%.2f", cosines[r][c]), c, r);
                value.setFont(ChartStyle.LABEL_FONT);
                // Dark cells get white text.
                value.setPaint(cosines[r][c] > 0.55 ? Color.WHITE : Color.BLACK);
                plot.addAnnotation(value);
            }
        }
        ChartStyle.addScaleLegend(chart, scale, "|cos|");
        return chart;
    }

    private static String[] labels(int[] values) {
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = Integer.toString(values[i]);
        }
        return labels;
    }

    private static String[] labels(double[] values) {
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = String.format(Locale.ROOT, "%.2f", values[i]);
        }
        return labels;
    }

    /**
     * Draws the mean training loss per epoch of the naive and the GRASP fine-tune. The epoch
     * axis spans all {@code epochs}, so curves of a running experiment grow in place.
     *
     * @param naive the naive losses, epoch 1 first
     * @param grasp the GRASP losses, epoch 1 first
     * @param epochs the number of fine-tuning epochs, at least 1
     * @return the chart
     */
    public static JFreeChart trainingCurves(List<Double> naive, List<Double> grasp,
            int epochs) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve(label(GraspMethod.NAIVE), naive));
        data.addSeries(curve(label(GraspMethod.GRASP), grasp));
        JFreeChart chart = ChartFactory.createXYLineChart("Fine-tuning loss per epoch", "Epoch",
                "Mean training loss", data, PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (GraspMethod method : List.of(GraspMethod.NAIVE, GraspMethod.GRASP)) {
            int series = method == GraspMethod.NAIVE ? 0 : 1;
            renderer.setSeriesPaint(series, METHOD_COLORS[method.ordinal()]);
            renderer.setSeriesStroke(series, new BasicStroke(2f));
            renderer.setSeriesShape(series, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        plot.setRenderer(renderer);
        ChartStyle.styleXy(chart);
        NumberAxis epochAxis = (NumberAxis) plot.getDomainAxis();
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochAxis.setRange(0.8, Math.max(epochs, 1) + 0.2);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        plot.setNoDataMessage("Press Run to see the losses while the fine-tunes train.");
        chart.addSubtitle(new TextTitle("When GRASP blocks the persona direction, its loss stays"
                + " higher: its update cannot write the tone that the curated responses carry.",
                ChartStyle.TICK_FONT));
        return chart;
    }

    /**
     * Adds {@code note} below the chart's title in the small font of the other explanations.
     *
     * @param chart the chart, changed in place
     * @param note the text, wrapped to the chart's width
     * @return {@code chart}
     */
    public static JFreeChart withNote(JFreeChart chart, String note) {
        chart.addSubtitle(new TextTitle(note, ChartStyle.TICK_FONT));
        return chart;
    }

    /**
     * Returns an empty chart that shows {@code message}, for a panel before its first run.
     *
     * @param title the chart title
     * @param message the text in the empty plot
     * @return the chart
     */
    public static JFreeChart empty(String title, String message) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, null, null,
                new XYSeriesCollection(), PlotOrientation.VERTICAL, false, false, false);
        ChartStyle.styleXy(chart);
        chart.getXYPlot().setNoDataMessage(message);
        chart.getXYPlot().getDomainAxis().setVisible(false);
        chart.getXYPlot().getRangeAxis().setVisible(false);
        return chart;
    }

    private static XYSeries curve(String name, List<Double> losses) {
        XYSeries series = new XYSeries(name);
        for (int i = 0; i < losses.size(); i++) {
            series.add(i + 1, losses.get(i));
        }
        return series;
    }
}
