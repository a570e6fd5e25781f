package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.causalworkbench.estimators.synth.spillover.AnchorMode;
import org.causalworkbench.estimators.synth.spillover.DonorScore;
import org.causalworkbench.estimators.synth.spillover.DonorScreenResult;
import org.causalworkbench.estimators.synth.spillover.EffectSurface;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the charts of the spillover screen and the sensitivity analysis. Each call returns a
 * new chart.
 */
public final class SpilloverCharts {

    static final Color INSIDE = new Color(0x1b, 0x7a, 0x3d);
    static final Color OUTSIDE = new Color(0xc0, 0x1f, 0x1f);
    static final Color FORECAST = new Color(0x55, 0x55, 0x55);

    /** Why rank and |z| can disagree: each donor's predictive SD differs. */
    public static final String RANK_LEGEND = "Rank 1 = largest |forecast error|; z = error /"
            + " predictive SD, so rank need not follow |z|.";

    private SpilloverCharts() {
    }

    /**
     * Names an anchor mode in words for titles, the audit log and menus.
     *
     * @param mode the anchor mode
     * @return its name in words
     */
    public static String anchorWords(AnchorMode mode) {
        return switch (mode) {
            case LAG -> "Lag forecast";
            case LEAVE_ONE_OUT -> "Leave-one-out fit";
            case ANCHORED -> "Relative to trusted donors";
        };
    }

    /**
     * Builds a forest plot of the screen: per donor, the forecast with its predictive interval
     * and the observed value, green inside the interval and red outside. The donor with the largest
     * anomaly score (rank 1) is at the top.
     *
     * @param result the screen
     * @return the chart
     */
    public static JFreeChart screenForest(DonorScreenResult result) {
        List<DonorScore> ordered = new ArrayList<>(result.scores());
        ordered.sort(Comparator.comparingInt(DonorScore::rank).reversed());
        XYIntervalSeries intervals = new XYIntervalSeries(String.format(Locale.ROOT,
                "Forecast, %.0f%% interval", 100 * result.level()));
        XYSeries inside = new XYSeries("Observed, inside", false, true);
        XYSeries outside = new XYSeries("Observed, outside (flagged)", false, true);
        String[] names = new String[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            DonorScore score = ordered.get(i);
            names[i] = score.rank() + ". " + score.donor();
            if (Double.isFinite(score.lower()) && Double.isFinite(score.upper())) {
                intervals.add(score.forecast(), score.lower(), score.upper(), i, i, i);
            }
            (score.flagged() ? outside : inside).add(score.observed(), i);
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(intervals);
        XYErrorRenderer barRenderer = new XYErrorRenderer();
        barRenderer.setDrawYError(false);
        barRenderer.setDrawXError(true);
        barRenderer.setErrorPaint(FORECAST);
        barRenderer.setErrorStroke(new BasicStroke(1.6f));
        barRenderer.setCapLength(6);
        barRenderer.setSeriesLinesVisible(0, false);
        barRenderer.setSeriesPaint(0, FORECAST);
        barRenderer.setSeriesShape(0, new java.awt.geom.Rectangle2D.Double(-3, -3, 6, 6));

        String unit = result.anchor() == AnchorMode.LEAVE_ONE_OUT
                ? "post-period mean, standardised" : "first post period, standardised";
        NumberAxis value = new NumberAxis("Donor outcome (" + unit + ")");
        value.setAutoRangeIncludesZero(false);
        SymbolAxis donors = new SymbolAxis(null, names);
        donors.setGridBandsVisible(false);
        donors.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN,
                ordered.size() > 45 ? 9 : 11));
        XYPlot plot = new XYPlot(bars, value, donors, barRenderer);

        XYSeriesCollection observed = new XYSeriesCollection();
        observed.addSeries(inside);
        observed.addSeries(outside);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        Ellipse2D.Double dot = new Ellipse2D.Double(-4, -4, 8, 8);
        dots.setSeriesShape(0, dot);
        dots.setSeriesShape(1, dot);
        dots.setSeriesPaint(0, INSIDE);
        dots.setSeriesPaint(1, OUTSIDE);
        plot.setDataset(1, observed);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        JFreeChart chart = new JFreeChart("Screen: forecast vs observed ("
                + anchorWords(result.anchor()).toLowerCase(Locale.ROOT) + ")", plot);
        ChartStyle.styleXy(chart);
        chart.addSubtitle(new TextTitle(RANK_LEGEND, new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        plot.getRangeAxis().setUpperMargin(0.01);
        plot.getRangeAxis().setLowerMargin(0.01);
        plot.getRangeAxis().setTickLabelFont(donors.getTickLabelFont());
        return chart;
    }

    /**
     * Builds a heat map of the adjusted effect τ̂ + s·Γ·π with the zero contour drawn bold and
     * the default suspect share π marked.
     *
     * @param surface the adjusted effect over the grid
     * @param suspectShare the weight share to mark, or 0 for none
     * @param residualSd the pre-period RMSPE, for a second Γ axis in those units; 0 for none
     * @return the chart
     */
    public static JFreeChart effectSurface(EffectSurface surface, double suspectShare,
            double residualSd) {
        double[] sizes = surface.spilloverSizes();
        double[] shares = surface.weightShares();
        double[][] effect = surface.adjustedEffect();
        double[][] cells = new double[3][sizes.length * shares.length];
        double bound = 0;
        int k = 0;
        for (int i = 0; i < sizes.length; i++) {
            for (int s = 0; s < shares.length; s++) {
                cells[0][k] = sizes[i];
                cells[1][k] = shares[s];
                cells[2][k] = effect[i][s];
                bound = Math.max(bound, Math.abs(effect[i][s]));
                k++;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("Adjusted effect", cells);
        AllocationCharts.DivergingScale scale =
                new AllocationCharts.DivergingScale(bound == 0 ? 1 : bound);
        XYBlockRenderer blocks = new XYBlockRenderer();
        double sizeStep = sizes[1] - sizes[0];
        double shareStep = shares[1] - shares[0];
        blocks.setBlockWidth(sizeStep);
        blocks.setBlockHeight(shareStep);
        blocks.setPaintScale(scale);

        NumberAxis across = new NumberAxis("Spillover size \u0393 (outcome units)");
        NumberAxis down = new NumberAxis("Suspect weight share \u03c0");
        across.setRange(sizes[0] - sizeStep / 2, sizes[sizes.length - 1] + sizeStep / 2);
        down.setRange(shares[0] - shareStep / 2, shares[shares.length - 1] + shareStep / 2);
        XYPlot plot = new XYPlot(data, across, down, blocks);

        XYSeriesCollection contour = new XYSeriesCollection(zeroContour(surface));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Color.BLACK);
        line.setSeriesStroke(0, new BasicStroke(3.5f));
        plot.setDataset(1, contour);
        plot.setRenderer(1, line);
        // The heat map is dataset 0: drawn first, so the contour stays on top.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        if (suspectShare > 0) {
            ValueMarker marker = new ValueMarker(suspectShare, new Color(0x33, 0x33, 0x33),
                    new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            new float[] {6f, 4f}, 0f));
            marker.setLabel(String.format(Locale.ROOT, "flagged donors' share %.3f",
                    suspectShare));
            marker.setLabelFont(ChartStyle.TICK_FONT);
            marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(marker, Layer.FOREGROUND);
        }

        JFreeChart chart = new JFreeChart(String.format(Locale.ROOT,
                "Adjusted effect \u03c4\u0302 %s \u0393\u00b7\u03c0 (\u03c4\u0302 = %.3f)",
                surface.sign() > 0 ? "+" : "\u2212", surface.att()), plot);
        ChartStyle.styleXy(chart);
        across.setRange(sizes[0] - sizeStep / 2, sizes[sizes.length - 1] + sizeStep / 2);
        down.setRange(shares[0] - shareStep / 2, shares[shares.length - 1] + shareStep / 2);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        chart.removeLegend();
        TextTitle key = new TextTitle("Bold line: zero effect, where the spillover explains the"
                + " whole estimate", ChartStyle.TICK_FONT);
        chart.addSubtitle(key);
        if (residualSd > 0 && Double.isFinite(residualSd)) {
            NumberAxis inSd = new NumberAxis("Γ in pre-period RMSPEs");
            inSd.setLabelFont(ChartStyle.LABEL_FONT);
            inSd.setTickLabelFont(ChartStyle.TICK_FONT);
            inSd.setRange(across.getLowerBound() / residualSd,
                    across.getUpperBound() / residualSd);
            plot.setDomainAxis(1, inSd);
            plot.setDomainAxisLocation(1, org.jfree.chart.axis.AxisLocation.TOP_OR_LEFT);
        }

        ChartStyle.addScaleLegend(chart, scale, "Adjusted effect");
        return chart;
    }

    /**
     * Computes the zero contour exactly: τ̂ + sΓπ = 0 gives π = −τ̂/(sΓ), drawn where it lies
     * inside the grid. The series is empty when the assumed sign cannot cancel the effect.
     */
    static XYSeries zeroContour(EffectSurface surface) {
        XYSeries series = new XYSeries("Zero effect (break-even)", false, true);
        double[] sizes = surface.spilloverSizes();
        double[] shares = surface.weightShares();
        double needed = -surface.att() * surface.sign();
        if (needed <= 0 || sizes[sizes.length - 1] <= 0) {
            return series;
        }
        double top = shares[shares.length - 1];
        double start = Math.max(needed / top, Math.max(sizes[0], 1e-12));
        double end = sizes[sizes.length - 1];
        if (start > end) {
            return series;
        }
        int points = 200;
        for (int p = 0; p <= points; p++) {
            double gamma = start + (end - start) * p / points;
            series.add(gamma, needed / gamma, false);
        }
        return series;
    }
}
