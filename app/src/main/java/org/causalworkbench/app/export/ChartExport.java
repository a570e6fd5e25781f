package org.causalworkbench.app.export;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.causalworkbench.app.chart.ChartThemes;
import org.causalworkbench.app.theme.Theme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Exports charts to SVG, PDF and PNG. Every export draws a copy of the chart in the light
 * theme with a legend, so a chart shown in the dark theme never comes out dark on dark, and the
 * chart on screen stays as it is.
 *
 * <p>Sizes are in points (1/72 inch), which SVG and PDF take as their user unit. Methods may run
 * on any thread, but the chart must not change while it is copied.
 */
public final class ChartExport {

    private ChartExport() {
    }

    /**
     * Draws a light-theme copy of a chart, with a legend, as an SVG document.
     *
     * @param chart the chart, in any theme
     * @param width the width in points, positive
     * @param height the height in points, positive
     * @return the SVG document: an XML declaration and the {@code svg} element, without a
     *     document type declaration
     * @throws IllegalArgumentException if a size is not positive
     */
    public static String toSvg(JFreeChart chart, double width, double height) {
        return Java2dExport.toSvg(exportCopy(chart)::draw, width, height);
    }

    /**
     * Draws a light-theme copy of a chart, with a legend, as an {@code svg} element for inline
     * use in HTML.
     *
     * @param chart the chart, in any theme
     * @param width the width in points, positive
     * @param height the height in points, positive
     * @return the {@code svg} element with the SVG namespace, a size and a view box
     * @throws IllegalArgumentException if a size is not positive
     */
    public static String toSvgElement(JFreeChart chart, double width, double height) {
        return Java2dExport.toSvgElement(exportCopy(chart)::draw, width, height);
    }

    /**
     * Draws a light-theme copy of a chart, with a legend, as a one-page PDF document.
     *
     * @param chart the chart, in any theme
     * @param width the page width in points, positive
     * @param height the page height in points, positive
     * @return the PDF file's bytes
     * @throws IllegalArgumentException if a size is not positive
     */
    public static byte[] toPdf(JFreeChart chart, double width, double height) {
        return Java2dExport.toPdf(exportCopy(chart)::draw, width, height);
    }

    /**
     * Draws a light-theme copy of a chart, with a legend, into an image of
     * {@code round(width * dpi / 72)} by {@code round(height * dpi / 72)} pixels. The graphics
     * are scaled by dpi / 72, so text and lines keep their size relative to the chart.
     *
     * @param chart the chart, in any theme
     * @param width the width in points, positive
     * @param height the height in points, positive
     * @param dpi the resolution in pixels per inch, from 1 to 2400
     * @return the image
     * @throws IllegalArgumentException if a size or the resolution is out of range
     */
    public static BufferedImage toImage(JFreeChart chart, double width, double height, int dpi) {
        return Java2dExport.toImage(exportCopy(chart)::draw, width, height, dpi);
    }

    /**
     * Writes {@link #toSvg} to a file atomically, in UTF-8.
     *
     * @throws IOException if the file cannot be written; it is then unchanged
     */
    public static void writeSvg(JFreeChart chart, Path target, double width, double height)
            throws IOException {
        Java2dExport.writeSvg(exportCopy(chart)::draw, target, width, height);
    }

    /**
     * Writes {@link #toPdf} to a file atomically.
     *
     * @throws IOException if the file cannot be written; it is then unchanged
     */
    public static void writePdf(JFreeChart chart, Path target, double width, double height)
            throws IOException {
        Java2dExport.writePdf(exportCopy(chart)::draw, target, width, height);
    }

    /**
     * Writes {@link #toImage} to a PNG file atomically.
     *
     * @throws IOException if the file cannot be written; it is then unchanged
     */
    public static void writePng(JFreeChart chart, Path target, double width, double height,
            int dpi) throws IOException {
        Java2dExport.writePng(exportCopy(chart)::draw, target, width, height, dpi);
    }

    /**
     * Returns an independent copy of a chart in the light theme, with a legend below the plot
     * when the chart has none and its plot has legend items.
     *
     * @param chart the chart, in any theme
     * @return the copy, which shares no object with {@code chart}
     */
    public static JFreeChart exportCopy(JFreeChart chart) {
        JFreeChart copy = deepCopy(chart);
        ChartThemes.applyToCopy(chart, copy, Theme.LIGHT);
        if (copy.getLegend() == null && copy.getPlot() != null) {
            LegendItemCollection items = copy.getPlot().getLegendItems();
            if (items != null && items.getItemCount() > 0) {
                LegendTitle legend = new LegendTitle(copy.getPlot());
                legend.setPosition(RectangleEdge.BOTTOM);
                legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
                copy.addLegend(legend);
            }
        }
        return copy;
    }

    /**
     * Copies a chart through serialization. Unlike {@code JFreeChart.clone()}, which shares
     * the plot's marker lists between original and clone in JFreeChart 1.5.6, this copies
     * every marker, annotation, dataset and legend source.
     */
    private static JFreeChart deepCopy(JFreeChart chart) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(chart);
            }
            try (ObjectInputStream in = new ObjectInputStream(
                    new ByteArrayInputStream(bytes.toByteArray()))) {
                return (JFreeChart) in.readObject();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("copying the chart for export failed, because one of"
                    + " its parts is not serializable: " + failed.getMessage(), failed);
        } catch (ClassNotFoundException missing) {
            // The classes were loaded to write the chart, so reading it back cannot miss one.
            throw new IllegalStateException("a chart class is missing while copying", missing);
        }
    }
}
