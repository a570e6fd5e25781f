package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.repr.contrastive.LabResult;
import org.causalworkbench.estimators.repr.contrastive.Method;
import org.causalworkbench.estimators.repr.contrastive.MethodResult;
import org.causalworkbench.estimators.repr.contrastive.ThresholdResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Charts of the structured-treatments panel: root PEHE and bias per representation, probe
 * R<sup>2</sup> of each latent block, the learned representation of the test treatments, and
 * the contrastive method's sensitivity to its outcome thresholds.
 */
public final class TreatmentCharts {

    private TreatmentCharts() {
    }

    /**
     * Returns the short name of a representation for legends and axis labels.
     *
     * @param method the representation
     * @return the name, such as "Contrastive (unmatched)"
     */
    public static String label(Method method) {
        return switch (method) {
            case RAW -> "Raw treatment";
            case AUTOENCODER -> "Autoencoder";
            case CONTRASTIVE -> "Contrastive";
            case CONTRASTIVE_UNMATCHED -> "Contrastive (unmatched)";
            case ORACLE -> "Oracle T_C";
        };
    }

    /**
     * Draws the root PEHE and the bias of every representation on the unseen contrasts.
     *
     * @param result the lab run
     * @return the chart
     */
    public static JFreeChart errors(LabResult result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MethodResult m : result.methods()) {
            data.addValue(m.rootPehe(), "Root PEHE", label(m.method()));
            data.addValue(m.bias(), "Bias", label(m.method()));
        }
        JFreeChart chart = ChartFactory.createBarChart("Effect error on unseen treatments",
                null, "Outcome units", data, PlotOrientation.HORIZONTAL, true, true, false);
        ChartStyle.styleBars(chart, "0.00").setSeriesPaint(0, ChartStyle.TREATED);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(1, ChartStyle.SYNTHETIC);
        roomForLabels(chart);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "SD of the true effects:"
                + " %.2f. Lower root PEHE is better; one seed.", result.trueEffectSd()),
                ChartStyle.TICK_FONT));
        return chart;
    }

    /**
     * Draws the held-out probe R<sup>2</sup> of the causal and the non-causal latent block from
     * every representation.
     *
     * @param result the lab run
     * @return the chart
     */
    public static JFreeChart probes(LabResult result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MethodResult m : result.methods()) {
            data.addValue(m.causalProbeR2(), "Causal T_C", label(m.method()));
            data.addValue(m.nonCausalProbeR2(), "Non-causal T_N", label(m.method()));
        }
        JFreeChart chart = ChartFactory.createBarChart("Probe R\u00b2 of each latent block",
                null, "Held-out R\u00b2", data, PlotOrientation.HORIZONTAL, true, true, false);
        ChartStyle.styleBars(chart, "0.00").setSeriesPaint(0, ChartStyle.TREATED);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(1, ChartStyle.SYNTHETIC);
        roomForLabels(chart);
        return chart;
    }

    /**
     * Draws the test treatments in a plane of the learned representation, each point coloured
     * by a latent value.
     *
     * @param plane {x, y} per test contrast
     * @param colours the latent value of each contrast
     * @param colourLabel the name of the latent, for the colour bar
     * @param axisLabel the name of the plane's axes, such as "PC"
     * @return the chart
     */
    public static JFreeChart representation(double[][] plane, double[] colours,
            String colourLabel, String axisLabel) {
        DefaultXYZDataset data = new DefaultXYZDataset();
        // The series names the colour, so a point's tool tip reads "T_C,1 = 0.5 at PC 1 = ...".
        data.addSeries(colourLabel, new double[][] {plane[0], plane[1], colours});
        XYShapeRenderer renderer = new XYShapeRenderer();
        SpanScale scale = SpanScale.spanning(colours);
        renderer.setPaintScale(scale);
        renderer.setDefaultShape(new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setDrawOutlines(false);
        NumberAxis x = new NumberAxis(axisLabel + " 1");
        NumberAxis y = new NumberAxis(axisLabel + " 2");
        x.setAutoRangeIncludesZero(false);
        y.setAutoRangeIncludesZero(false);
        JFreeChart chart = new JFreeChart("Contrastive representation of the test treatments",
                new XYPlot(data, x, y, renderer));
        chart.removeLegend();
        ChartStyle.styleXy(chart);
        ChartStyle.addScaleLegend(chart, scale, colourLabel);
        return chart;
    }

    /**
     * Draws the contrastive method's root PEHE and bias for each pair of outcome quantiles as
     * bars in outcome units, and the probe R<sup>2</sup> of T<sub>C</sub>, which has no unit,
     * as a line on an axis of its own at the right.
     *
     * @param sweep one result per quantile pair
     * @return the chart
     */
    public static JFreeChart thresholds(List<ThresholdResult> sweep) {
        DefaultCategoryDataset errors = new DefaultCategoryDataset();
        DefaultCategoryDataset probes = new DefaultCategoryDataset();
        for (ThresholdResult t : sweep) {
            String pair = String.format(Locale.ROOT, "%.1f / %.1f", t.lowerQuantile(),
                    t.upperQuantile());
            errors.addValue(t.scores().rootPehe(), "Root PEHE", pair);
            errors.addValue(t.scores().bias(), "Bias", pair);
            probes.addValue(t.scores().causalProbeR2(), "Probe R\u00b2 of T_C (right axis)",
                    pair);
        }
        JFreeChart chart = ChartFactory.createBarChart("Threshold sensitivity (contrastive)",
                "Outcome quantiles: positive below / negative above",
                "Root PEHE and bias (outcome units)", errors, PlotOrientation.VERTICAL, true,
                true, false);
        ChartStyle.styleBars(chart, "0.00").setSeriesPaint(0, ChartStyle.TREATED);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getRenderer().setSeriesPaint(1, ChartStyle.SYNTHETIC);
        roomForLabels(chart);

        NumberAxis r2 = new NumberAxis("Probe R\u00b2 of T_C");
        // R2 is at most 1, so its axis ends there; a held-out probe can fall below 0.
        double lowest = sweep.stream().mapToDouble(t -> t.scores().causalProbeR2())
                .filter(Double::isFinite).min().orElse(0);
        r2.setRange(Math.min(0, lowest - 0.05), 1.0);
        r2.setTickUnit(new NumberTickUnit(0.1));
        r2.setLabelFont(plot.getRangeAxis().getLabelFont());
        r2.setTickLabelFont(plot.getRangeAxis().getTickLabelFont());
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, ChartStyle.GAP);
        line.setSeriesStroke(0, new BasicStroke(2f));
        line.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        plot.setDataset(1, probes);
        plot.setRangeAxis(1, r2);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return chart;
    }

    /** Widens the value axis so that the value labels at the bar ends stay inside the plot. */
    private static void roomForLabels(JFreeChart chart) {
        NumberAxis values = (NumberAxis) chart.getCategoryPlot().getRangeAxis();
        values.setUpperMargin(0.15);
        values.setLowerMargin(0.15);
    }

    /**
     * Blue at the lowest value, white at the midpoint, red at the highest. Serializable because
     * chart export copies the chart through serialization.
     */
    static final class SpanScale implements PaintScale, Serializable {

        private static final long serialVersionUID = 1L;

        private static final Color HIGH = new Color(0xc0, 0x30, 0x20);

        private final double lower;
        private final double upper;

        private SpanScale(double lower, double upper) {
            this.lower = lower;
            this.upper = upper;
        }

        /**
         * Returns the scale from the 5th to the 95th percentile of the finite values, so that a
         * few outliers do not wash out the rest. Values beyond take the end colours.
         */
        static SpanScale spanning(double[] values) {
            double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
            if (finite.length == 0) {
                return new SpanScale(-1, 1);
            }
            double min = finite[(int) Math.floor(0.05 * (finite.length - 1))];
            double max = finite[(int) Math.ceil(0.95 * (finite.length - 1))];
            if (!(max > min)) {
                // Equal values: any nonempty span draws every point in the middle colour.
                return new SpanScale(min - 1, min + 1);
            }
            return new SpanScale(min, max);
        }

        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            if (!Double.isFinite(value)) {
                return Color.LIGHT_GRAY;
            }
            double share = 2 * (value - lower) / (upper - lower) - 1;
            share = Math.max(-1, Math.min(1, share));
            Color end = share < 0 ? ChartStyle.TREATED : HIGH;
            double t = Math.abs(share);
            return new Color(mix(end.getRed(), t), mix(end.getGreen(), t),
                    mix(end.getBlue(), t));
        }

        private static int mix(int channel, double share) {
            return (int) Math.round(235 + (channel - 235) * share);
        }
    }
}
