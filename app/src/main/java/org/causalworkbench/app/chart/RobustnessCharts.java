package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.data.Panel;
import org.causalworkbench.estimators.synth.PredictorSyntheticControlResult;
import org.causalworkbench.estimators.synth.ProximalSyntheticControlResult;
import org.causalworkbench.estimators.synth.RobustnessChecks;
import org.causalworkbench.estimators.synth.SyntheticControlResult;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the charts of the debias and checks tabs: plain against debiased weights, first-stage
 * partial R², predictor weights V, the in-time placebo gap and the leave-one-donor-out ATTs.
 * Each call returns a new chart.
 */
public final class RobustnessCharts {

    private RobustnessCharts() {
    }

    /**
     * Builds grouped horizontal bars of each kept donor's plain and debiased weight. After a
     * fallback the second series is named as the plain fit it repeats.
     */
    public static JFreeChart weightComparison(ProximalSyntheticControlResult debiased,
            SyntheticControlResult plain) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String second = debiased.method() == ProximalSyntheticControlResult.Method.PLAIN_FALLBACK
                ? "Fallback (plain)" : "Debiased";
        for (String donor : debiased.keptDonors()) {
            data.addValue(plain.weightOf(donor), "Plain", donor);
            data.addValue(debiased.weightOf(donor), second, donor);
        }
        JFreeChart chart = ChartFactory.createBarChart("Weights of the kept donors", "Donor",
                "Weight", data, PlotOrientation.HORIZONTAL, true, true, false);
        BarRenderer renderer = ChartStyle.styleBars(chart, "0.000");
        renderer.setSeriesPaint(0, ChartStyle.SYNTHETIC);
        renderer.setSeriesPaint(1, ChartStyle.TREATED);
        // Room on the right keeps the longest bar's value label inside the plot.
        chart.getCategoryPlot().getRangeAxis().setUpperMargin(0.12);
        chart.getCategoryPlot().addRangeMarker(new ValueMarker(0, Color.BLACK,
                new BasicStroke(0.8f)), Layer.BACKGROUND);
        return chart;
    }

    /** Builds horizontal bars of each kept donor's first-stage partial R², from 0 to 1. */
    public static JFreeChart partialRSquared(ProximalSyntheticControlResult debiased) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[] r2 = debiased.firstStage().partialRSquared();
        for (int j = 0; j < r2.length; j++) {
            if (Double.isFinite(r2[j])) {
                data.addValue(r2[j], "Partial R²", debiased.keptDonors().get(j));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("First stage: partial R² per kept donor",
                "Kept donor", "Share of pre-period variation explained by the instruments", data,
                PlotOrientation.HORIZONTAL, false, true, false);
        ChartStyle.styleBars(chart, "0.00").setSeriesPaint(0, ChartStyle.GAP);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 1.1);
        chart.getCategoryPlot().setNoDataMessage("No first stage: the fit fell back to plain"
                + " synthetic control.");
        return chart;
    }

    /** Builds horizontal bars of the predictor weights V, in predictor order. */
    public static JFreeChart predictorWeights(PredictorSyntheticControlResult result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[] v = result.predictorWeights();
        List<String> labels = result.predictorLabels();
        for (int p = 0; p < v.length; p++) {
            data.addValue(v[p], "V", labels.get(p));
        }
        JFreeChart chart = ChartFactory.createBarChart("Predictor weights V (not unique)",
                "Predictor", "Weight (share of 1)", data, PlotOrientation.HORIZONTAL, false,
                true, false);
        ChartStyle.styleBars(chart, "0.000").setSeriesPaint(0, ChartStyle.TREATED);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 1.1);
        return chart;
    }

    /**
     * Builds the in-time placebo chart: the refit's gap at every time, the fake and the real
     * intervention marked, the fake post-period shaded and a zero line.
     */
    public static JFreeChart inTimeGap(RobustnessChecks.InTimePlacebo placebo,
            double interventionTime, Panel panel) {
        SyntheticControlResult fit = placebo.fit();
        XYSeries gap = new XYSeries("Gap of the refit with fake time "
                + Panel.formatTime(placebo.placeboTime()), false, true);
        double[] times = fit.times();
        double[] values = fit.gap();
        for (int t = 0; t < times.length; t++) {
            gap.add(times[t], values[t], false);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("In-time placebo: gap path",
                panel.spec().timeColumn(), "Gap in " + panel.spec().outcomeColumn(),
                new XYSeriesCollection(gap));
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, ChartStyle.GAP);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        plot.setRenderer(renderer);
        IntervalMarker window = new IntervalMarker(placebo.placeboTime(), interventionTime);
        window.setPaint(new Color(0xfd, 0xf1, 0xe0));
        plot.addDomainMarker(window, Layer.BACKGROUND);
        ChartStyle.markZero(plot);
        ChartStyle.styleXy(chart);
        ChartStyle.wholeNumberTimeAxis(plot, allWhole(times));
        ChartStyle.markIntervention(plot, interventionTime);
        ValueMarker fake = new ValueMarker(placebo.placeboTime(), ChartStyle.SYNTHETIC,
                new BasicStroke(1.4f));
        fake.setLabel("Fake time");
        fake.setLabelFont(ChartStyle.TICK_FONT);
        fake.setLabelPaint(ChartStyle.SYNTHETIC);
        fake.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        fake.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(fake, Layer.FOREGROUND);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "Shaded: fake post-period."
                + " RMSPE there %.3f, before the fake time %.3f, ratio %.2f",
                placebo.placeboRmspe(), fit.preRmspe(), placebo.ratio()), ChartStyle.TICK_FONT));
        return chart;
    }

    /**
     * Builds the leave-one-donor-out dot plot: one dot per refit, the full fit's ATT as a line
     * and the range of the refits shaded.
     */
    public static JFreeChart leaveOneOut(RobustnessChecks.LeaveOneOut refits) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < refits.leftOut().size(); i++) {
            data.addValue(refits.refits().get(i).att(), "ATT without the donor",
                    refits.leftOut().get(i));
        }

        JFreeChart chart = ChartFactory.createLineChart("Leave one donor out: ATT per refit",
                "Donor left out", "ATT", data, PlotOrientation.HORIZONTAL, false, true, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(ChartStyle.TITLE_FONT);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, ChartStyle.TREATED);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        plot.setRenderer(renderer);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(false);
        range.setLabelFont(ChartStyle.LABEL_FONT);
        range.setTickLabelFont(ChartStyle.TICK_FONT);
        plot.getDomainAxis().setTickLabelFont(ChartStyle.TICK_FONT);
        plot.getDomainAxis().setLabelFont(ChartStyle.LABEL_FONT);

        double full = refits.full().att();
        IntervalMarker spread = new IntervalMarker(refits.minAtt(), refits.maxAtt());
        spread.setPaint(new Color(0xee, 0xf2, 0xf8));
        plot.addRangeMarker(spread, Layer.BACKGROUND);
        ValueMarker line = new ValueMarker(full, ChartStyle.SYNTHETIC, new BasicStroke(2f));
        line.setLabel(String.format(Locale.ROOT, "Full fit %.3f", full));
        line.setLabelFont(ChartStyle.TICK_FONT);
        line.setLabelPaint(ChartStyle.SYNTHETIC);
        line.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(line, Layer.FOREGROUND);

        // Margins keep the full-fit line and its label inside the plot when the range is narrow.
        range.setLowerMargin(0.15);
        range.setUpperMargin(0.15);
        range.setAutoRangeMinimumSize(1e-3);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "Shaded: range of the"
                + " refits, %.3f to %.3f", refits.minAtt(), refits.maxAtt()),
                ChartStyle.TICK_FONT));
        return chart;
    }

    private static boolean allWhole(double[] times) {
        for (double t : times) {
            if (t != Math.rint(t)) {
                return false;
            }
        }
        return true;
    }
}
