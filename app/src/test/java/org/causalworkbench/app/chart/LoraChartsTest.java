package org.causalworkbench.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class LoraChartsTest {

    @Test
    void spectrum_drawsOneBarPerValue() {
        JFreeChart chart = LoraCharts.spectrum("m", new double[] {3, 2, 0.5});

        XYDataset data = chart.getXYPlot().getDataset();
        assertEquals(3, data.getItemCount(0));
        assertEquals(1.0, data.getXValue(0, 0), 0.0);
        assertEquals(0.5, data.getYValue(0, 2), 0.0);
    }

    @Test
    void cosineHeatMap_putsFirstRowOnTop() {
        double[][] cosines = {{1, 0.25}, {0.25, 1}};

        JFreeChart chart = LoraCharts.cosineHeatMap("t", List.of("layer 0", "layer 1"),
                cosines);

        SymbolAxis rows = (SymbolAxis) chart.getXYPlot().getRangeAxis();
        assertEquals("layer 0", rows.getSymbols()[1]);
        PaintScaleLegend legend = (PaintScaleLegend) chart.getSubtitle(0);
        assertEquals(0.0, legend.getAxis().getLowerBound(), 0.0);
        assertEquals(1.0, legend.getAxis().getUpperBound(), 0.0);
    }

    @Test
    void unitScale_mapsEndsAndNaN() {
        LoraCharts.UnitScale scale = new LoraCharts.UnitScale();

        assertEquals(Color.WHITE, scale.getPaint(0));
        assertEquals(new Color(0x08, 0x30, 0x6b), scale.getPaint(1));
        assertEquals(Color.LIGHT_GRAY, scale.getPaint(Double.NaN));
    }
}
