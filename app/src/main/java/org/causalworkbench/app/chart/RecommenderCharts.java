package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of the recommender panel: ranking scores, probe R<sup>2</sup> and intervention
 * sensitivity against the penalty weight lambda, and the critic's estimate per epoch.
 *
 * <p>The lambda axis places the sweep's values at equal steps and labels them, because the
 * sweep usually grows geometrically and starts at 0, which a log axis cannot show.
 *
 * <p>A score that is NaN for every lambda, as the flipped-policy, probe and intervention scores
 * of a sweep on real logs are, has no series; a chart left without series states that it needs
 * a simulated world's ground truth.
 */
public final class RecommenderCharts {

    private static final Color[] SERIES_COLORS = {ChartStyle.TREATED, ChartStyle.SYNTHETIC,
        ChartStyle.GAP};

    /** The message of a chart whose scores need the latent features of a simulated world. */
    public static final String NEEDS_GROUND_TRUTH = "Needs the ground truth of the synthetic world:"
            + " real logs have no latent item features or exposure mechanism to compare with.";

    private RecommenderCharts() {
    }

    /**
     * Draws AUC against lambda on the logged, random-exposure and flipped-policy test sets.
     *
     * @param evaluations one per lambda, in sweep order
     * @return the chart
     */
    public static JFreeChart auc(List<RecommenderEvaluation> evaluations) {
        return againstLambda("AUC against \u03bb", "AUC", evaluations,
                List.of("Logged policy", "Random exposure", "Flipped policy"),
                List.of(RecommenderEvaluation::loggedAuc, RecommenderEvaluation::randomAuc,
                        RecommenderEvaluation::flippedAuc));
    }

    /**
     * Draws NDCG@5 against lambda on the logged, random-exposure and flipped-policy test sets.
     *
     * @param evaluations one per lambda, in sweep order
     * @return the chart
     */
    public static JFreeChart ndcg(List<RecommenderEvaluation> evaluations) {
        return againstLambda("NDCG@5 against \u03bb", "NDCG@5", evaluations,
                List.of("Logged policy", "Random exposure", "Flipped policy"),
                List.of(RecommenderEvaluation::loggedNdcg5, RecommenderEvaluation::randomNdcg5,
                        RecommenderEvaluation::flippedNdcg5));
    }

    /**
     * Draws the held-out linear-probe R<sup>2</sup> of the causal and the non-causal item
     * features from the item representation, against lambda.
     *
     * @param evaluations one per lambda, in sweep order
     * @return the chart
     */
    public static JFreeChart probes(List<RecommenderEvaluation> evaluations) {
        if (allNaN(evaluations, RecommenderEvaluation::causalProbeR2)
                && allNaN(evaluations, RecommenderEvaluation::nonCausalProbeR2)) {
            return GraspCharts.empty("Probe R\u00b2 of the item features", NEEDS_GROUND_TRUTH);
        }
        JFreeChart chart = againstLambda("Probe R\u00b2 of the item features", "Held-out R\u00b2",
                evaluations, List.of("Causal T_C", "Non-causal T_nC"),
                List.of(RecommenderEvaluation::causalProbeR2,
                        RecommenderEvaluation::nonCausalProbeR2));
        chart.addSubtitle(new TextTitle("The penalty should lower T_nC and keep T_C.",
                ChartStyle.TICK_FONT));
        return chart;
    }

    /**
     * Draws the mean change of the predicted click probability when the non-causal features
     * are resampled, against lambda.
     *
     * @param evaluations one per lambda, in sweep order
     * @return the chart
     */
    public static JFreeChart interventionSensitivity(List<RecommenderEvaluation> evaluations) {
        if (allNaN(evaluations, RecommenderEvaluation::interventionSensitivity)) {
            return GraspCharts.empty("Intervention sensitivity", NEEDS_GROUND_TRUTH);
        }
        JFreeChart chart = againstLambda("Intervention sensitivity", "Mean |\u0394p|",
                evaluations, List.of("Resampled T_nC"),
                List.of(RecommenderEvaluation::interventionSensitivity));
        chart.removeLegend();
        chart.addSubtitle(new TextTitle("Change of the predicted click probability when T_nC is"
                + " redrawn; 0 means the model ignores it.", ChartStyle.TICK_FONT));
        // The subtitle reads the values against 0, so the axis shows 0. A range cut to the
        // data made a change of 0.02 look like a collapse.
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }

    /**
     * Draws the critic's InfoNCE estimate of I(g(T); Z) per epoch of one model, with its
     * prediction loss for scale.
     *
     * @param evaluation the model's scores
     * @return the chart
     */
    public static JFreeChart criticCurve(RecommenderEvaluation evaluation) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(perEpoch("Critic estimate of I(g(T); Z)", evaluation.criticEstimate()));
        data.addSeries(perEpoch("Prediction loss", evaluation.predictionLoss()));
        JFreeChart chart = ChartFactory.createXYLineChart("Critic per epoch at \u03bb = "
                + evaluation.lambda(), "Epoch", "Nats", data, PlotOrientation.VERTICAL, true,
                true, false);
        styleLines(chart, 2);
        NumberAxis epochs = (NumberAxis) chart.getXYPlot().getDomainAxis();
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
        return chart;
    }

    private static XYSeries perEpoch(String name, double[] values) {
        XYSeries series = new XYSeries(name);
        for (int i = 0; i < values.length; i++) {
            series.add(i + 1, values[i]);
        }
        return series;
    }

    private static JFreeChart againstLambda(String title, String valueLabel,
            List<RecommenderEvaluation> evaluations, List<String> names,
            List<ToDoubleFunction<RecommenderEvaluation>> values) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < names.size(); s++) {
            if (allNaN(evaluations, values.get(s))) {
                continue;
            }
            XYSeries series = new XYSeries(names.get(s));
            for (int i = 0; i < evaluations.size(); i++) {
                series.add(i, values.get(s).applyAsDouble(evaluations.get(i)));
            }
            data.addSeries(series);
        }
        String[] ticks = new String[evaluations.size()];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = Double.toString(evaluations.get(i).lambda());
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, null, valueLabel, data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        SymbolAxis lambdaAxis = new SymbolAxis("Penalty weight \u03bb (evenly spaced)", ticks);
        lambdaAxis.setGridBandsVisible(false);
        lambdaAxis.setRange(-0.3, Math.max(ticks.length - 1, 0) + 0.3);
        plot.setDomainAxis(lambdaAxis);
        styleLines(chart, data.getSeriesCount());
        NumberAxis valueAxis = (NumberAxis) plot.getRangeAxis();
        valueAxis.setAutoRangeIncludesZero(false);
        // With one lambda finished every series is a single point, and a zero-width range
        // repeated one tick label down the axis.
        valueAxis.setAutoRangeMinimumSize(0.01);
        return chart;
    }

    private static boolean allNaN(List<RecommenderEvaluation> evaluations,
            ToDoubleFunction<RecommenderEvaluation> value) {
        for (RecommenderEvaluation evaluation : evaluations) {
            if (!Double.isNaN(value.applyAsDouble(evaluation))) {
                return false;
            }
        }
        return true;
    }

    private static void styleLines(JFreeChart chart, int seriesCount) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int s = 0; s < seriesCount; s++) {
            renderer.setSeriesPaint(s, SERIES_COLORS[s % SERIES_COLORS.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        chart.getXYPlot().setRenderer(renderer);
        ChartStyle.styleXy(chart);
    }
}
