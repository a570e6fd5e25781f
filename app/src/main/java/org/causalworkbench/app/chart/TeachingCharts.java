package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import org.causalworkbench.estimators.interference.simulate.BiasDecomposition;
import org.causalworkbench.estimators.interference.simulate.BiasSummary;
import org.causalworkbench.estimators.interference.simulate.InterferenceStudyResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

/**
 * Builds the teaching tab's charts: the bias distributions of the naive, covariate-only and
 * TACE estimates over the replicates of a study, and the split of the naive bias into its
 * covariate and signature parts. Each call returns a new chart.
 */
public final class TeachingCharts {

    /** Number of equal-width bins across all three bias distributions. */
    public static final int BINS = 40;

    private static final Color NAIVE = new Color(0x80, 0x80, 0x80, 0x99);
    private static final Color COVARIATES = new Color(0xd9, 0x5f, 0x02, 0x99);
    private static final Color TACE = new Color(0x1f, 0x4e, 0x99, 0x99);
    private static final Color TRUTH = new Color(0x2e, 0x6b, 0x30);
    private static final Color COVARIATE_PART = new Color(0xd9, 0x5f, 0x02);
    private static final Color SIGNATURE_PART = new Color(0x7b, 0x1f, 0x99);

    private TeachingCharts() {
    }

    /**
     * Builds overlaid histograms of the three estimators' biases, each as a share of the
     * replicates, with the zero-bias line and a dashed line at each mean.
     *
     * @param result the study
     * @param revealTruth whether to name the true TACE at the zero-bias line
     * @return the chart
     */
    public static JFreeChart biasDistributions(InterferenceStudyResult result,
            boolean revealTruth) {
        BiasSummary[] summaries = {result.naive(), result.covariates(), result.tace()};
        String[] names = {"Naive, e = P(T)", "Covariates, e(X)", "TACE, e(X, I)"};
        Color[] colours = {NAIVE, COVARIATES, TACE};
        double min = 0;
        double max = 0;
        for (BiasSummary summary : summaries) {
            for (double value : summary.values()) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        double pad = Math.max(1e-6, 0.05 * (max - min));
        HistogramDataset data = new HistogramDataset();
        data.setType(HistogramType.RELATIVE_FREQUENCY);
        for (int k = 0; k < summaries.length; k++) {
            data.addSeries(names[k], summaries[k].values(), BINS, min - pad, max + pad);
        }
        JFreeChart chart = ChartFactory.createHistogram(String.format(Locale.ROOT,
                "Bias over %d replicates", result.replicates()),
                "Bias: estimate minus true TACE", "Share of replicates", data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer renderer = new XYBarRenderer(0.05);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        plot.setForegroundAlpha(0.85f);
        for (int k = 0; k < colours.length; k++) {
            renderer.setSeriesPaint(k, colours[k]);
            plot.addDomainMarker(meanMarker(summaries[k].mean(), opaque(colours[k])),
                    Layer.FOREGROUND);
        }
        plot.setRenderer(renderer);
        ChartStyle.styleXy(chart);
        plot.addDomainMarker(zeroMarker(result, revealTruth), Layer.FOREGROUND);
        String zeroLine = revealTruth ? "Solid green line: the true TACE, where the bias is 0."
                : "Solid black line: no bias.";
        chart.addSubtitle(new TextTitle("Dashed lines: mean bias of each estimator. "
                + zeroLine, ChartStyle.TICK_FONT));
        return chart;
    }

    /**
     * Builds a horizontal bar that stacks the covariate part {@code b_X dX} and the signature
     * part {@code b_I dI} of the naive bias, with a line at the observed mean naive bias.
     *
     * @param decomposition the split of the naive bias
     * @return the chart
     */
    public static JFreeChart decomposition(BiasDecomposition decomposition) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String row = "Naive bias";
        data.addValue(decomposition.covariatePart(), "b_X * dX (covariate imbalance)", row);
        data.addValue(decomposition.signaturePart(), "b_I * dI (signature imbalance)", row);
        JFreeChart chart = ChartFactory.createStackedBarChart("Split of the mean naive bias",
                "", "Bias", data, PlotOrientation.HORIZONTAL, true, true, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(ChartStyle.TITLE_FONT);
        chart.getLegend().setItemFont(ChartStyle.TICK_FONT);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.getDomainAxis().setTickLabelFont(ChartStyle.TICK_FONT);
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setLabelFont(ChartStyle.LABEL_FONT);
        axis.setTickLabelFont(ChartStyle.TICK_FONT);
        axis.setUpperMargin(0.15);
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.5);
        renderer.setSeriesPaint(0, COVARIATE_PART);
        renderer.setSeriesPaint(1, SIGNATURE_PART);
        ValueMarker observed = new ValueMarker(decomposition.naiveBias(), Color.BLACK,
                new BasicStroke(2f));
        observed.setLabel(String.format(Locale.ROOT, "observed %.3f", decomposition.naiveBias()));
        observed.setLabelFont(ChartStyle.TICK_FONT);
        // The label sits left of the line, below the bar, because the line is at the end of
        // the bar and text to its right ran past the plot's edge.
        observed.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        observed.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(observed, Layer.FOREGROUND);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(0.8f)),
                Layer.BACKGROUND);
        return chart;
    }

    private static ValueMarker zeroMarker(InterferenceStudyResult result, boolean revealTruth) {
        ValueMarker zero = new ValueMarker(0, revealTruth ? TRUTH : Color.BLACK,
                new BasicStroke(revealTruth ? 2f : 1.2f));
        zero.setLabel(revealTruth
                ? String.format(Locale.ROOT, "true TACE = %.4g", result.truth().trueTace())
                : "no bias");
        zero.setLabelFont(ChartStyle.LABEL_FONT);
        zero.setLabelPaint(revealTruth ? TRUTH : Color.BLACK);
        zero.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        zero.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return zero;
    }

    private static ValueMarker meanMarker(double mean, Color colour) {
        return new ValueMarker(mean, colour, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    }

    private static Color opaque(Color colour) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue());
    }
}
