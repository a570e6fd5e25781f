package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.repr.grasp.GraspMethod;
import org.causalworkbench.estimators.repr.grasp.MethodMetrics;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** Checks that the GRASP charts put each value at the place its label names. */
class GraspChartsTest {

    private static final Map<GraspMethod, MethodMetrics> METHODS = Map.of(
            GraspMethod.NAIVE, new MethodMetrics(0.99, 0.100, 0.30),
            GraspMethod.GRASP, new MethodMetrics(0.00, 0.122, 1.00),
            GraspMethod.STEERING, new MethodMetrics(0.00, 0.086, 1.00));

    @Test
    void sweepHeatMap_placesRowsAndColumns() {
        double[][] cosines = {{0.06, 0.14, 0.94}, {0.91, 0.91, 0.92}};

        JFreeChart chart = GraspCharts.sweepHeatMap(new double[] {0.3, 0.9}, new int[] {1, 2, 4},
                cosines);

        XYPlot plot = chart.getXYPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();
        assertEquals(6, data.getItemCount(0));
        for (int item = 0; item < 6; item++) {
            int column = (int) data.getXValue(0, item);
            int row = (int) data.getYValue(0, item);
            assertEquals(cosines[row][column], data.getZValue(0, item), 0, "item " + item);
        }
        assertEquals("0.90", ((SymbolAxis) plot.getRangeAxis()).valueToString(1));
        assertEquals("4", ((SymbolAxis) plot.getDomainAxis()).valueToString(2));
        assertEquals(6, plot.getAnnotations().size());
    }

    @Test
    void tradeOff_putsEachMethodAtItsScores() {
        XYPlot plot = GraspCharts.tradeOff(METHODS).getXYPlot();

        assertEquals(3, plot.getSeriesCount());
        for (int series = 0; series < 3; series++) {
            String name = (String) plot.getDataset().getSeriesKey(series);
            GraspMethod method = List.of(GraspMethod.values()).stream()
                    .filter(m -> GraspCharts.label(m).equals(name)).findFirst().orElseThrow();
            assertEquals(METHODS.get(method).factorRate(), plot.getDataset().getXValue(series, 0),
                    0, name);
            assertEquals(METHODS.get(method).taskError(), plot.getDataset().getYValue(series, 0),
                    0, name);
        }
    }

    @Test
    void genuineUseAccuracy_listsMethodsInEnumOrder() {
        CategoryDataset data = GraspCharts.genuineUseAccuracy(METHODS).getCategoryPlot()
                .getDataset();

        assertEquals(List.of("Naive LoRA", "GRASP", "Steering (training)"),
                data.getColumnKeys());
        assertEquals(0.30, data.getValue(0, 0).doubleValue(), 0);
    }
}
