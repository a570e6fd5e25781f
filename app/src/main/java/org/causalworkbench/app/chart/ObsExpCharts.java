package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.app.analysis.ObsExpOutcome;
import org.causalworkbench.app.obsexp.ObsExpDataset;
import org.causalworkbench.estimators.obsexp.GapIntervals;
import org.causalworkbench.estimators.obsexp.GapPrediction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Builds the charts of the observational-plus-experimental workspace. They show the trial data
 * with its support, the gap &Delta; with its band, and the corrected CATE &omega; + &Delta;,
 * each against the first covariate. Each call returns a new chart, so a background thread may
 * build them and the UI thread swap them in.
 */
public final class ObsExpCharts {

    /** The label of the hatched region where the model has only its prior. */
    public static final String OUTSIDE_SUPPORT_LABEL = "outside the trial's support: prior only";

    static final Color CONTROL = ChartStyle.SYNTHETIC;
    static final Color TREATED = ChartStyle.TREATED;
    static final Color GAP = ChartStyle.GAP;
    static final Color GAP_BAND = new Color(0x7b, 0x1f, 0x99, 0x40);
    static final Color TRUTH = new Color(0x1b, 0x1b, 0x1b);
    static final Color OMEGA = new Color(0x6b, 0x6b, 0x6b);
    static final Color SUPPORT_SHADE = new Color(0xe3, 0xec, 0xf8);
    static final Color LABEL_TEXT = new Color(0x33, 0x33, 0x33);

    private static final BasicStroke TRUTH_STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 4f}, 0f);

    private ObsExpCharts() {
    }

    /**
     * Builds the scatter of trial outcomes against the first covariate, coloured by arm, with
     * the range of the trial's first covariate shaded.
     *
     * @param dataset the trial
     * @return the chart
     */
    public static JFreeChart dataChart(ObsExpDataset dataset) {
        double[] x = dataset.firstCovariate();
        double[] t = dataset.treatment();
        double[] y = dataset.outcome();
        XYSeries treated = new XYSeries("Treated (T = 1)", false, true);
        XYSeries control = new XYSeries("Control (T = 0)", false, true);
        for (int i = 0; i < y.length; i++) {
            (t[i] == 1 ? treated : control).add(x[i], y[i], false);
        }

        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(treated);
        data.addSeries(control);
        String axis = axisLabel(dataset);
        JFreeChart chart = org.jfree.chart.ChartFactory.createScatterPlot(
                "Trial data and its support", axis, "Outcome Y", data);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, TREATED);
        renderer.setSeriesPaint(1, CONTROL);
        Rectangle2D.Double dot = new Rectangle2D.Double(-2.5, -2.5, 5, 5);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesShape(1, dot);
        plot.setRenderer(renderer);

        ChartStyle.styleXy(chart);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        setDomain(plot, dataset);
        double[] range = range(x);
        shadeSupport(plot, range);

        int treatedRows = treated.getItemCount();
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                "%d rows (%d treated, %d control), \u03c0 = %s. Shaded: the trial's %s range,"
                        + " %.2f to %.2f.%s", y.length, treatedRows, y.length - treatedRows,
                trim(dataset.propensity()), firstName(dataset), range[0], range[1],
                higherDimensionNote(dataset, false)), ChartStyle.TICK_FONT));
        return chart;
    }

    /**
     * Builds the chart of the gap: the posterior mean with its 95% band, the true gap when the
     * data are simulated, the zero line, and the region outside the trial's support hatched and
     * labelled.
     *
     * @param dataset the trial and, for simulated data, the true gap
     * @param outcome the analysis
     * @return the chart
     */
    public static JFreeChart gapChart(ObsExpDataset dataset, ObsExpOutcome outcome) {
        // NOTE: with several covariates the curves join points sorted by the first covariate
        // only, so they zigzag. A partial-dependence view would read better there.
        List<GapPrediction> predictions = sortedByFirstCovariate(outcome.evaluation());
        YIntervalSeries band = new YIntervalSeries("Posterior mean of the gap, 95% band");
        for (GapPrediction p : predictions) {
            band.add(p.x()[0], p.mean(), p.gapLower(), p.gapUpper());
        }
        YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
        bandData.addSeries(band);
        JFreeChart chart = org.jfree.chart.ChartFactory.createXYLineChart(
                "Gap \u0394 = \u03c4 \u2212 \u03c9: what the trial says about the bias",
                axisLabel(dataset), "Gap \u0394(x)", bandData);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(0, bandRenderer(GAP, GAP_BAND));

        XYSeriesCollection lines = new XYSeriesCollection();
        dataset.knownGap().ifPresent(gap -> lines.addSeries(sortedSeries(
                "True gap (simulation)", dataset.evaluationAxis(), gap)));
        plot.setDataset(1, lines);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, TRUTH);
        lineRenderer.setSeriesStroke(0, TRUTH_STROKE);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        ChartStyle.styleXy(chart);
        ChartStyle.markZero(plot);
        setDomain(plot, dataset);
        shadeSupport(plot, supportRange(dataset));
        hatchOutsideSupport(plot, predictions);
        LegendItemCollection legend = legendWithHatch(plot);
        legend.add(new LegendItem("Zero gap: \u03c9 unbiased", null, null, null, false,
                new Rectangle2D.Double(), false, Color.BLACK, false, Color.BLACK,
                new BasicStroke(1f), true, new Line2D.Double(-7, 0, 7, 0), new BasicStroke(1f),
                Color.BLACK));
        setLegend(chart, plot, legend);
        long outside = predictions.stream().filter(p -> !p.inSupport()).count();
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                "Hatched: %d of %d points where the gap kernel's similarity to every trial row"
                        + " is below %.2f, so the band is the prior, c \u00b1 %.2f.%s", outside,
                predictions.size(), GapIntervals.DEFAULT_SUPPORT_THRESHOLD,
                outcome.model().multiplier(), higherDimensionNote(dataset, true)),
                ChartStyle.TICK_FONT));
        return chart;
    }

    /**
     * Builds the chart of the conditional effect. It shows &omega;, the corrected estimate
     * &omega; + &Delta; with its 95% band, and the true CATE when the data are simulated.
     *
     * @param dataset the trial and, for simulated data, the true gap
     * @param outcome the analysis
     * @return the chart
     */
    public static JFreeChart cateChart(ObsExpDataset dataset, ObsExpOutcome outcome) {
        List<GapPrediction> predictions = sortedByFirstCovariate(outcome.evaluation());
        YIntervalSeries corrected = new YIntervalSeries("\u03c9 + \u0394, 95% band");
        XYSeries omega = new XYSeries("\u03c9, the observational CATE", false, true);
        for (GapPrediction p : predictions) {
            double x = p.x()[0];
            corrected.add(x, p.cate(), p.lower(), p.upper());
            omega.add(x, p.omega(), false);
        }
        YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
        bandData.addSeries(corrected);
        JFreeChart chart = org.jfree.chart.ChartFactory.createXYLineChart(
                "Conditional effect: \u03c9 corrected by the gap", axisLabel(dataset),
                "CATE \u03c4(x)", bandData);
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(0, bandRenderer(TREATED, new Color(0x1f, 0x4e, 0x99, 0x40)));

        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(omega);
        dataset.knownGap().ifPresent(gap -> {
            double[] axis = dataset.evaluationAxis();
            double[] omegaValues = dataset.omegaAtEvaluation();
            double[] tau = new double[gap.length];
            for (int i = 0; i < tau.length; i++) {
                tau[i] = omegaValues[i] + gap[i];
            }
            lines.addSeries(sortedSeries("True CATE \u03c4 (simulation)", axis, tau));
        });
        plot.setDataset(1, lines);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, OMEGA);
        lineRenderer.setSeriesStroke(0, new BasicStroke(1.8f));
        lineRenderer.setSeriesPaint(1, TRUTH);
        lineRenderer.setSeriesStroke(1, TRUTH_STROKE);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        ChartStyle.styleXy(chart);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        setDomain(plot, dataset);
        shadeSupport(plot, supportRange(dataset));
        hatchOutsideSupport(plot, predictions);
        setLegend(chart, plot, legendWithHatch(plot));
        chart.addSubtitle(new TextTitle(shorten(dataset.omegaDescription())
                + higherDimensionNote(dataset, true), ChartStyle.TICK_FONT));
        return chart;
    }

    /**
     * Hatches each run of evaluation points outside the trial's support, and labels the runs at
     * least half as wide as the widest, so that small fragments stay unlabelled.
     */
    private static void hatchOutsideSupport(XYPlot plot, List<GapPrediction> sorted) {
        List<double[]> regions = outsideRegions(sorted);
        double widest = 0;
        for (double[] region : regions) {
            widest = Math.max(widest, region[1] - region[0]);
        }
        for (double[] region : regions) {
            plot.getRenderer(0).addAnnotation(new HatchAnnotation(region[0], region[1]),
                    Layer.BACKGROUND);
            if (region[1] - region[0] >= widest / 2) {
                plot.addAnnotation(new RegionLabelAnnotation(region[0], region[1],
                        OUTSIDE_SUPPORT_LABEL, ChartStyle.TICK_FONT, LABEL_TEXT));
            }
        }
    }

    /**
     * Returns the runs of consecutive points outside the support as [lower, upper] pairs. Each
     * run extends halfway to its neighbours inside the support, and to the axis end otherwise.
     */
    static List<double[]> outsideRegions(List<GapPrediction> sorted) {
        List<double[]> regions = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            if (sorted.get(i).inSupport()) {
                i++;
                continue;
            }
            int start = i;
            while (i < sorted.size() && !sorted.get(i).inSupport()) {
                i++;
            }
            double lower = start == 0 ? sorted.get(0).x()[0]
                    : (sorted.get(start - 1).x()[0] + sorted.get(start).x()[0]) / 2;
            double upper = i == sorted.size() ? sorted.get(i - 1).x()[0]
                    : (sorted.get(i - 1).x()[0] + sorted.get(i).x()[0]) / 2;
            regions.add(new double[] {lower, upper});
        }
        return regions;
    }

    /**
     * Returns the legend items of both renderers and one for the hatching, so that the region's
     * label stays readable where it cannot be drawn inside the region.
     */
    private static LegendItemCollection legendWithHatch(XYPlot plot) {
        LegendItemCollection items = new LegendItemCollection();
        items.addAll(plot.getRenderer(0).getLegendItems());
        items.addAll(plot.getRenderer(1).getLegendItems());
        items.add(new LegendItem("Hatched: " + OUTSIDE_SUPPORT_LABEL, null, null, null, true,
                new Rectangle2D.Double(-6, -6, 12, 12), false, Color.WHITE, true,
                HatchAnnotation.LINE, new BasicStroke(0.8f), true, HatchAnnotation.legendSwatch(),
                new BasicStroke(1f), HatchAnnotation.LINE));
        return items;
    }

    private static void setLegend(JFreeChart chart, XYPlot plot, LegendItemCollection items) {
        plot.setFixedLegendItems(items);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(ChartStyle.LABEL_FONT);
        }
    }

    private static DeviationRenderer bandRenderer(Color line, Color fill) {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, line);
        renderer.setSeriesFillPaint(0, fill);
        renderer.setSeriesStroke(0, new BasicStroke(2.2f));
        renderer.setAlpha(1f);
        return renderer;
    }

    /** Shades the range of the trial's first covariate. */
    static void shadeSupport(XYPlot plot, double[] range) {
        IntervalMarker support = new IntervalMarker(range[0], range[1]);
        support.setPaint(SUPPORT_SHADE);
        plot.addDomainMarker(support, Layer.BACKGROUND);
    }

    /** Sets the domain to span the evaluation points and the trial rows. */
    static void setDomain(XYPlot plot, ObsExpDataset dataset) {
        double[] rows = range(dataset.firstCovariate());
        double[] points = range(dataset.evaluationAxis());
        double lower = Math.min(rows[0], points[0]);
        double upper = Math.max(rows[1], points[1]);
        if (upper > lower) {
            plot.getDomainAxis().setRange(lower, upper);
        }
    }

    private static List<GapPrediction> sortedByFirstCovariate(List<GapPrediction> predictions) {
        List<GapPrediction> sorted = new ArrayList<>(predictions);
        sorted.sort(Comparator.comparingDouble(p -> p.x()[0]));
        return sorted;
    }

    private static XYSeries sortedSeries(String key, double[] x, double[] y) {
        XYSeries series = new XYSeries(key, true, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i], false);
        }
        return series;
    }

    /**
     * Returns the smallest and largest first covariate of the trial, the range that the charts
     * shade as its support.
     *
     * @param dataset the trial
     * @return the lower and upper end
     */
    public static double[] supportRange(ObsExpDataset dataset) {
        return range(dataset.firstCovariate());
    }

    static double[] range(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[0], sorted[sorted.length - 1]};
    }

    /**
     * Returns the label of the covariate axis, which names the first covariate.
     *
     * @param dataset the trial
     * @return the label
     */
    public static String axisLabel(ObsExpDataset dataset) {
        return dataset.dimension() == 1 ? "Covariate " + firstName(dataset)
                : "First covariate, " + firstName(dataset);
    }

    private static String firstName(ObsExpDataset dataset) {
        return dataset.covariateNames().get(0);
    }

    /**
     * Returns a sentence for trials with several covariates, empty for one covariate.
     *
     * @param dataset the trial
     * @param curves whether the chart draws curves through the points, whose other covariates
     *     then change along the curve
     * @return the sentence with a leading space, or an empty string
     */
    static String higherDimensionNote(ObsExpDataset dataset, boolean curves) {
        if (dataset.dimension() == 1) {
            return "";
        }
        return String.format(Locale.ROOT, " Plotted against the first of %d covariates, %s%s",
                dataset.dimension(), firstName(dataset),
                curves ? "; the others vary along the curve." : ".");
    }

    private static String trim(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
