package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.causalworkbench.estimators.repr.grasp.SteeringPoint;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The steering chart of the GRASP panel: role-play accuracy and factor rate of both steering
 * baselines against the steering coefficient, with GRASP's accuracy as a reference line. It
 * shows that steering keeps the genuine use only at the coefficient that undoes the naive
 * write, a size known only after the naive fine-tune.
 */
public final class SteeringCharts {

    private static final Color INFERENCE = ChartStyle.GAP;
    private static final Color PREVENTATIVE = new Color(0x1b, 0x9e, 0x77);
    private static final BasicStroke SOLID = new BasicStroke(2f);
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    private static final BasicStroke DOTTED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f);

    private SteeringCharts() {
    }

    /**
     * Draws the steering curve.
     *
     * @param curve the points in increasing order of coefficient
     * @param graspAccuracy GRASP's role-play accuracy, drawn as a horizontal line
     * @return the chart
     */
    public static JFreeChart curve(List<SteeringPoint> curve, double graspAccuracy) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("Role-play accuracy, at inference", curve,
                p -> p.inference().genuineUseAccuracy()));
        data.addSeries(series("Role-play accuracy, preventative", curve,
                p -> p.preventative().genuineUseAccuracy()));
        data.addSeries(series("Factor rate, at inference", curve,
                p -> p.inference().factorRate()));
        data.addSeries(series("Factor rate, preventative", curve,
                p -> p.preventative().factorRate()));
        JFreeChart chart = ChartFactory.createXYLineChart("Steering against its coefficient",
                "Coefficient (multiples of the naive update's write)", "Share of prompts", data,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        style(renderer, 0, INFERENCE, SOLID, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        style(renderer, 1, PREVENTATIVE, SOLID, new Rectangle2D.Double(-5, -5, 10, 10));
        style(renderer, 2, INFERENCE, DASHED, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        style(renderer, 3, PREVENTATIVE, DOTTED, new Rectangle2D.Double(-4, -4, 8, 8));
        // Equal values are common (a factor rate of 0 under both modes), so the preventative
        // series draw last, as larger hollow squares around the inference dots.
        renderer.setSeriesShapesFilled(1, false);
        renderer.setSeriesShapesFilled(3, false);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setRenderer(renderer);
        ChartStyle.styleXy(chart);
        ((NumberAxis) plot.getRangeAxis()).setRange(-0.03, 1.12);
        plot.setNoDataMessage("Run a single experiment to see steering at several coefficients;"
                + " a sweep cell has no steering curve.");

        curve.stream().filter(point -> point.multiple() == 1).findFirst().ifPresent(point ->
                chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "Multiple 1 steers"
                        + " by the naive update's mean write along \u00fb\u2081, c = %.3f."
                        + " Solid lines: role-play accuracy; broken lines: factor rate.",
                        point.coefficient()), ChartStyle.TICK_FONT)));
        if (!curve.isEmpty()) {
            ValueMarker grasp = new ValueMarker(graspAccuracy, ChartStyle.TREATED,
                    new BasicStroke(1.5f));
            grasp.setLabel("GRASP accuracy, no coefficient");
            grasp.setLabelFont(ChartStyle.TICK_FONT);
            grasp.setLabelPaint(ChartStyle.TREATED);
            grasp.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            grasp.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
            grasp.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(grasp);
        }
        return chart;
    }

    private static XYSeries series(String name, List<SteeringPoint> curve,
            Function<SteeringPoint, Double> value) {
        XYSeries series = new XYSeries(name, false, false);
        for (SteeringPoint point : curve) {
            series.add(point.multiple(), value.apply(point));
        }
        return series;
    }

    private static void style(XYLineAndShapeRenderer renderer, int series, Color color,
            BasicStroke stroke, Shape shape) {
        renderer.setSeriesPaint(series, color);
        renderer.setSeriesStroke(series, stroke);
        renderer.setSeriesShape(series, shape);
    }
}
