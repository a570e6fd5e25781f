package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.app.analysis.SynthOutcome;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.PlaceboResult;
import org.causalworkbench.estimators.synth.PlaceboUnit;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the synthetic-control charts from an outcome: treated against synthetic, the gap, the
 * placebo gaps and the donor weights. Each call returns a new chart, so a background thread may
 * build them and the UI thread swap them in.
 */
public final class SynthCharts {

    /** Weights below this are left out of the weights chart as visually zero. */
    public static final double SMALLEST_WEIGHT_SHOWN = 0.001;

    private SynthCharts() {
    }

    /**
     * Builds the chart of the treated unit's outcome against its synthetic control, with the
     * pre-period shaded and the intervention marked.
     */
    public static JFreeChart fitChart(SynthOutcome outcome) {
        SyntheticControlResult fit = outcome.fit();
        Panel panel = outcome.request().panel();
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(fit.treatedUnit() + " (observed)", fit.times(), fit.observed()));
        data.addSeries(series(String.format(Locale.ROOT,
                "Synthetic %s (pre-RMSPE %.3f)", fit.treatedUnit(), fit.preRmspe()),
                fit.times(), fit.synthetic()));
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Treated and synthetic control", timeLabel(panel), outcomeLabel(panel), data);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.TREATED);
        renderer.setSeriesStroke(0, new BasicStroke(2.2f));
        renderer.setSeriesPaint(1, ChartStyle.SYNTHETIC);
        renderer.setSeriesStroke(1, new BasicStroke(2.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 4f}, 0f));
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        shadePrePeriod(plot, fit);
        finishTimePlot(chart, fit);
        chart.addSubtitle(new TextTitle(
                "Shaded: pre-intervention periods used to fit the weights", ChartStyle.TICK_FONT));
        return chart;
    }

    /** Builds the chart of the gap, observed minus synthetic, with a zero line. */
    public static JFreeChart gapChart(SynthOutcome outcome) {
        SyntheticControlResult fit = outcome.fit();
        Panel panel = outcome.request().panel();
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(String.format(Locale.ROOT,
                "Gap, %s minus synthetic (ATT %.3f)", fit.treatedUnit(), fit.att()),
                fit.times(), fit.gap()));
        JFreeChart chart = ChartFactory.createXYLineChart("Gap: observed minus synthetic",
                timeLabel(panel), "Gap in " + outcomeLabel(panel), data);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.GAP);
        renderer.setSeriesStroke(0, new BasicStroke(2.2f));
        plot.setRenderer(renderer);
        ChartStyle.markZero(plot);
        shadePrePeriod(plot, fit);
        finishTimePlot(chart, fit);
        return chart;
    }

    /**
     * Builds the placebo chart: the gaps of the placebos kept by the filter in grey, and the
     * treated unit's gap on top.
     *
     * @param outcome the outcome
     * @param preMspeMultiple keeps placebos with a pre-MSPE up to this multiple of the treated
     *     unit's; positive infinity keeps all
     * @return the chart, or a chart saying the run had no placebo study
     */
    public static JFreeChart placeboChart(SynthOutcome outcome, double preMspeMultiple) {
        PlaceboResult placebo = outcome.placebo();
        if (placebo == null) {
            return placeholder("Placebo gaps", "Not run: tick Placebo inference and press Run.");
        }
        SyntheticControlResult fit = outcome.fit();
        Panel panel = outcome.request().panel();
        List<PlaceboUnit> shown = placebo.placebosWithinPreMspe(preMspeMultiple);
        int units = placebo.placebos().size() + 1;

        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(fit.treatedUnit(), fit.times(), placebo.treated().gap()));
        for (PlaceboUnit unit : shown) {
            data.addSeries(series(unit.unit(), fit.times(), unit.gap()));
        }
        String title = String.format(Locale.ROOT, "Placebo gaps (%d of %d placebos shown)",
                shown.size(), placebo.placebos().size());
        JFreeChart chart = ChartFactory.createXYLineChart(title, timeLabel(panel),
                "Gap in " + outcomeLabel(panel), data, PlotOrientation.VERTICAL, false, true,
                false);

        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 1; i <= shown.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.PLACEBO);
            renderer.setSeriesStroke(i, new BasicStroke(1f));
        }
        renderer.setSeriesPaint(0, ChartStyle.TREATED);
        renderer.setSeriesStroke(0, new BasicStroke(2.6f));
        plot.setRenderer(renderer);
        // Series 0 is the treated unit; drawing it last keeps it on top of the placebos.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        ChartStyle.markZero(plot);
        finishTimePlot(chart, fit);

        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                "Bold: %s, rank %d of %d, p = %.4f. Grey: placebos.", fit.treatedUnit(),
                placebo.rank(), units, placebo.pValue()), ChartStyle.LABEL_FONT));
        return chart;
    }

    /** Builds a horizontal bar chart of the donors with a visible weight, largest first. */
    public static JFreeChart weightsChart(SynthOutcome outcome) {
        SyntheticControlResult fit = outcome.fit();
        List<String> donors = new ArrayList<>(fit.donors());
        donors.removeIf(d -> fit.weightOf(d) < SMALLEST_WEIGHT_SHOWN);
        donors.sort(Comparator.comparingDouble(fit::weightOf).reversed());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String donor : donors) {
            data.addValue(fit.weightOf(donor), "Weight", donor);
        }

        JFreeChart chart = ChartFactory.createBarChart(String.format(Locale.ROOT,
                "Donor weights (%d of %d donors above %.3f)", donors.size(),
                fit.donors().size(), SMALLEST_WEIGHT_SHOWN), "Donor", "Weight (share of 1)",
                data, PlotOrientation.HORIZONTAL, false, true, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(ChartStyle.TITLE_FONT);

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.TREATED);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.000")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.TICK_FONT);

        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 1.08);
        range.setLabelFont(ChartStyle.LABEL_FONT);
        range.setTickLabelFont(ChartStyle.TICK_FONT);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setLabelFont(ChartStyle.LABEL_FONT);
        domain.setTickLabelFont(ChartStyle.TICK_FONT);
        return chart;
    }

    /**
     * Builds an empty chart with a message in its plot, for viewers that have nothing to show
     * yet.
     *
     * @param title the title the real chart will have
     * @param message the text shown in the empty plot
     * @return the chart
     */
    public static JFreeChart placeholder(String title, String message) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "", "", new XYSeriesCollection(),
                PlotOrientation.VERTICAL, false, false, false);
        ChartStyle.styleXy(chart);
        XYPlot plot = chart.getXYPlot();
        plot.getDomainAxis().setVisible(false);
        plot.getRangeAxis().setVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setNoDataMessage(message);
        plot.setNoDataMessageFont(ChartStyle.LABEL_FONT);
        return chart;
    }

    private static void finishTimePlot(JFreeChart chart, SyntheticControlResult fit) {
        ChartStyle.styleXy(chart);
        XYPlot plot = chart.getXYPlot();
        ChartStyle.wholeNumberTimeAxis(plot, allWhole(fit.times()));
        ChartStyle.markIntervention(plot, fit.interventionTime());
    }

    private static void shadePrePeriod(XYPlot plot, SyntheticControlResult fit) {
        double[] times = fit.times();
        IntervalMarker pre = new IntervalMarker(times[0], fit.interventionTime());
        pre.setPaint(ChartStyle.PRE_PERIOD_SHADE);
        plot.addDomainMarker(pre, Layer.BACKGROUND);
    }

    private static XYSeries series(String key, double[] x, double[] y) {
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i], false);
        }
        return series;
    }

    private static boolean allWhole(double[] times) {
        for (double t : times) {
            if (t != Math.rint(t)) {
                return false;
            }
        }
        return true;
    }

    private static String timeLabel(Panel panel) {
        return panel.spec().timeColumn();
    }

    private static String outcomeLabel(Panel panel) {
        return panel.spec().outcomeColumn();
    }
}
