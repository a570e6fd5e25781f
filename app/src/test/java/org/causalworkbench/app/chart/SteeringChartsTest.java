package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.causalworkbench.estimators.repr.grasp.MethodMetrics;
import org.causalworkbench.estimators.repr.grasp.SteeringPoint;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** Checks that the steering chart puts each score at its multiple and series. */
class SteeringChartsTest {

    private static final List<SteeringPoint> CURVE = List.of(
            new SteeringPoint(0, 0, new MethodMetrics(0.99, 0.1, 0.30),
                    new MethodMetrics(0.99, 0.1, 0.30)),
            new SteeringPoint(1, -0.75, new MethodMetrics(0.00, 0.1, 1.00),
                    new MethodMetrics(0.01, 0.09, 0.98)),
            new SteeringPoint(2, -1.5, new MethodMetrics(0.00, 0.1, 0.02),
                    new MethodMetrics(0.00, 0.1, 0.44)));

    @Test
    void curve_placesEveryScoreAtItsMultiple() {
        XYPlot plot = SteeringCharts.curve(CURVE, 0.97).getXYPlot();
        XYDataset data = plot.getDataset();

        assertEquals(4, data.getSeriesCount());
        for (int item = 0; item < CURVE.size(); item++) {
            SteeringPoint point = CURVE.get(item);
            for (int series = 0; series < 4; series++) {
                assertEquals(point.multiple(), data.getXValue(series, item), 0);
            }
            assertEquals(point.inference().genuineUseAccuracy(), data.getYValue(0, item), 0);
            assertEquals(point.preventative().genuineUseAccuracy(), data.getYValue(1, item), 0);
            assertEquals(point.inference().factorRate(), data.getYValue(2, item), 0);
            assertEquals(point.preventative().factorRate(), data.getYValue(3, item), 0);
        }
        String subtitle = ((TextTitle) SteeringCharts.curve(CURVE, 0.97).getSubtitle(1))
                .getText();
        assertTrue(subtitle.contains("c = -0.750"), subtitle);
        assertEquals(0.97, ((ValueMarker) plot.getRangeMarkers(
                Layer.FOREGROUND).iterator().next()).getValue(), 0);
    }

    @Test
    void curve_withoutPointsShowsMessageAndNoMarker() {
        XYPlot plot = SteeringCharts.curve(List.of(), 1).getXYPlot();

        assertEquals(0, plot.getDataset().getItemCount(0));
        assertNull(plot.getRangeMarkers(Layer.FOREGROUND));
    }
}
