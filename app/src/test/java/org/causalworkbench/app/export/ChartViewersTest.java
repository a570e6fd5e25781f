package org.causalworkbench.app.export;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Checks the mouse handling of the workbench's chart viewers. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ChartViewersTest {

    @Test
    void create_dropsWheelZoomButKeepsDragZoom(FxRobot robot) {
        ChartViewer[] viewer = new ChartViewer[1];
        ChartViewer plain = new ChartViewer();

        robot.interact(() -> viewer[0] = ChartViewers.create());

        assertNotNull(plain.getCanvas().getMouseHandler(ChartViewers.WHEEL_ZOOM),
                "JFreeChart's default viewer has the wheel zoom this test expects to remove");
        assertNull(viewer[0].getCanvas().getMouseHandler(ChartViewers.WHEEL_ZOOM));
        assertNotNull(viewer[0].getCanvas().getMouseHandler("zoom"));
    }

    @Test
    void setChart_addsToolTips(FxRobot robot) {
        ChartViewer[] viewer = new ChartViewer[1];
        JFreeChart chart = ChartFactory.createXYLineChart("AUC", "lambda", "AUC",
                new XYSeriesCollection(new XYSeries("Logged policy")), PlotOrientation.VERTICAL,
                true, false, false);

        robot.interact(() -> {
            viewer[0] = ChartViewers.create();
            viewer[0].setChart(chart);
        });

        assertNotNull(chart.getXYPlot().getRenderer().getDefaultToolTipGenerator());
        assertTrue(viewer[0].getCanvas().isTooltipEnabled(), "the canvas shows the tool tips");
    }
}
