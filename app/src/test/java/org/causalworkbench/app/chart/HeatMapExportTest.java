package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.causalworkbench.app.export.ChartExport;
import org.causalworkbench.estimators.synth.spillover.EffectSurface;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;

/**
 * Checks that every chart with a colour scale survives the serialization copy that chart
 * export makes, with its scale intact. Each custom paint scale must be serializable for that.
 */
class HeatMapExportTest {

    @Test
    void allocationHeatMap_copiesForExport() {
        JFreeChart chart = AllocationCharts.heatMap("Effects", new double[] {0.3, 0.6},
                new double[][] {{-1, 0.5}, {0.2, 1}}, "Effect");

        assertScaleSurvives(chart);
    }

    @Test
    void spilloverSurface_copiesForExport() {
        EffectSurface surface = new EffectSurface(-2, 1, new double[] {0, 1, 2},
                new double[] {0, 0.5, 1}, new double[][] {{-2, -2, -2}, {-2, -1.5, -1},
                    {-2, -1, 0}});
        JFreeChart chart = SpilloverCharts.effectSurface(surface, 0.4, 0);

        assertScaleSurvives(chart);
    }

    @Test
    void treatmentRepresentation_copiesForExport() {
        JFreeChart chart = TreatmentCharts.representation(new double[][] {{0, 1, 2}, {1, 0, 2}},
                new double[] {-1, 0, 1}, "T_C1", "PC");

        assertScaleSurvives(chart);
    }

    @Test
    void loraAndGraspHeatMaps_copyForExport() {
        assertScaleSurvives(LoraCharts.cosineHeatMap("cos", List.of("a", "b"),
                new double[][] {{1, 0.2}, {0.2, 1}}));
        assertScaleSurvives(GraspCharts.sweepHeatMap(new double[] {0.3, 0.9}, new int[] {1, 4},
                new double[][] {{0.1, 0.9}, {0.9, 0.95}}));
    }

    private static void assertScaleSurvives(JFreeChart chart) {
        JFreeChart copy = ChartExport.exportCopy(chart);

        PaintScale original = scaleOf(chart);
        PaintScale copied = scaleOf(copy);
        assertEquals(original.getClass(), copied.getClass());
        assertEquals(original.getLowerBound(), copied.getLowerBound(), 0);
        assertEquals(original.getUpperBound(), copied.getUpperBound(), 0);
        double middle = (original.getLowerBound() + original.getUpperBound()) / 2;
        assertEquals(original.getPaint(middle), copied.getPaint(middle));
        assertEquals(original.getPaint(original.getUpperBound()),
                copied.getPaint(copied.getUpperBound()));
    }

    /** Returns the scale of the block renderer, or else of the colour-bar legend. */
    private static PaintScale scaleOf(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) instanceof XYBlockRenderer blocks) {
                return blocks.getPaintScale();
            }
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof PaintScaleLegend legend) {
                return legend.getScale();
            }
        }
        throw new AssertionError("no paint scale in " + chart.getTitle().getText());
    }
}
