package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.causalworkbench.estimators.repr.contrastive.Method;
import org.causalworkbench.estimators.repr.contrastive.MethodResult;
import org.causalworkbench.estimators.repr.contrastive.ThresholdResult;
import org.causalworkbench.estimators.repr.grasp.MethodMetrics;
import org.causalworkbench.estimators.repr.grasp.SteeringPoint;
import org.causalworkbench.estimators.repr.recommender.RecommenderEvaluation;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Test;

/** Checks that lab charts keep quantities of different units apart and show their zero. */
class LabChartsTest {

    private static ThresholdResult threshold(double lower, double upper, double pehe,
            double r2) {
        return new ThresholdResult(lower, upper, 0.1, 0.9,
                new MethodResult(Method.CONTRASTIVE, 8, pehe, -0.1, r2, 0.3));
    }

    @Test
    void thresholds_putProbeOnItsOwnAxis() {
        JFreeChart chart = TreatmentCharts.thresholds(List.of(threshold(0.3, 0.7, 0.55, 0.62),
                threshold(0.1, 0.5, 0.60, 0.48)));

        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals("Root PEHE and bias (outcome units)", plot.getRangeAxis(0).getLabel());
        assertEquals("Probe R\u00b2 of T_C", plot.getRangeAxis(1).getLabel());
        assertEquals(List.of("Root PEHE", "Bias"), plot.getDataset(0).getRowKeys());
        assertEquals(0.62, plot.getDataset(1).getValue(0, 0).doubleValue(), 0.0);
        assertEquals(plot.getRangeAxis(1), plot.getRangeAxisForDataset(1));
        assertEquals(0.0, plot.getRangeAxis(1).getLowerBound(), 0.0);
        assertEquals(1.0, plot.getRangeAxis(1).getUpperBound(), 0.0);
    }

    @Test
    void interventionSensitivity_showsZero() {
        List<RecommenderEvaluation> sweep = List.of(evaluation(0, 0.118),
                evaluation(0.3, 0.096));

        XYPlot plot = RecommenderCharts.interventionSensitivity(sweep).getXYPlot();

        assertEquals(0.0, plot.getRangeAxis().getLowerBound(), 1e-12);
        assertTrue(plot.getRangeAxis().getUpperBound() >= 0.118);
    }

    @Test
    void steering_drawsPreventativeHollowOnTop() {
        List<SteeringPoint> curve = List.of(new SteeringPoint(1, -0.75,
                new MethodMetrics(0.0, 0.1, 1.0), new MethodMetrics(0.0, 0.1, 1.0)));

        XYPlot plot = SteeringCharts.curve(curve, 0.97).getXYPlot();

        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        assertEquals(SeriesRenderingOrder.FORWARD, plot.getSeriesRenderingOrder());
        assertFalse(renderer.getSeriesShapesFilled(1));
        assertFalse(renderer.getSeriesShapesFilled(3));
        assertTrue(renderer.getSeriesShape(1).getBounds2D().getWidth()
                > renderer.getSeriesShape(0).getBounds2D().getWidth());
    }

    private static RecommenderEvaluation evaluation(double lambda, double sensitivity) {
        return new RecommenderEvaluation(lambda, 0.7, 0.5, 0.6, 0.4, 0.55, 0.35, 0.9, 0.2,
                sensitivity, new double[] {0.1}, new double[] {0.6});
    }
}
