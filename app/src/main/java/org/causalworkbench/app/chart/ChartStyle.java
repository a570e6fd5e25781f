package org.causalworkbench.app.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/** Colours, fonts and markers shared by the workbench's charts, in the light theme. */
final class ChartStyle {

    static final Color TREATED = new Color(0x1f, 0x4e, 0x99);
    static final Color SYNTHETIC = new Color(0xd9, 0x5f, 0x02);
    static final Color PLACEBO = new Color(0x9a, 0x9a, 0x9a, 0x90);
    static final Color GAP = new Color(0x7b, 0x1f, 0x99);
    static final Color INTERVENTION = new Color(0x44, 0x44, 0x44);
    static final Color PRE_PERIOD_SHADE = new Color(0xee, 0xf2, 0xf8);
    static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private ChartStyle() {
    }

    /** Applies the light background, grid lines and fonts to an XY chart. */
    static void styleXy(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE_FONT);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL_FONT);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.getDomainAxis().setLabelFont(LABEL_FONT);
        plot.getDomainAxis().setTickLabelFont(TICK_FONT);
        plot.getRangeAxis().setLabelFont(LABEL_FONT);
        plot.getRangeAxis().setTickLabelFont(TICK_FONT);
        // Headroom above the data keeps the intervention label off the lines.
        plot.getRangeAxis().setUpperMargin(0.12);
    }

    /**
     * Makes a time axis show whole-number times such as years without a thousands separator,
     * because "1,989" reads as a quantity rather than a year.
     */
    static void wholeNumberTimeAxis(XYPlot plot, boolean wholeTimes) {
        NumberAxis axis = (NumberAxis) plot.getDomainAxis();
        axis.setAutoRangeIncludesZero(false);
        if (wholeTimes) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis.setNumberFormatOverride(new DecimalFormat("0"));
        }
    }

    /** Draws the dashed intervention line with its label. */
    static void markIntervention(XYPlot plot, double time) {
        ValueMarker marker = new ValueMarker(time, INTERVENTION, new BasicStroke(1.2f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel("Intervention");
        marker.setLabelFont(TICK_FONT);
        marker.setLabelPaint(INTERVENTION);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(marker, Layer.FOREGROUND);
    }

    /** Draws a solid horizontal line at zero. */
    static void markZero(XYPlot plot) {
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(0.8f)),
                Layer.BACKGROUND);
    }

    /** Adds a colour-bar legend on the right that spans the scale from its lower to upper bound. */
    static void addScaleLegend(JFreeChart chart, PaintScale scale, String label) {
        NumberAxis legendAxis = new NumberAxis(label);
        legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        legendAxis.setLabelFont(LABEL_FONT);
        legendAxis.setTickLabelFont(TICK_FONT);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(14);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(8, 8, 8, 8));
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
    }

    /**
     * Applies the light background and fonts to a category bar chart, with flat bars and value
     * labels in {@code labelFormat}.
     */
    static BarRenderer styleBars(JFreeChart chart, String labelFormat) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE_FONT);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL_FONT);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.getDomainAxis().setTickLabelFont(TICK_FONT);
        plot.getDomainAxis().setLabelFont(LABEL_FONT);
        plot.getRangeAxis().setTickLabelFont(TICK_FONT);
        plot.getRangeAxis().setLabelFont(LABEL_FONT);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.1);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat(labelFormat)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TICK_FONT);
        return renderer;
    }
}
