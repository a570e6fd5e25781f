package org.causalworkbench.app.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.causalworkbench.estimators.io.AtomicFiles;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Turns any Java2D drawing into SVG, PDF or PNG. This is the only class that names the SVG and
 * PDF libraries (JFreeSVG, JFreePDF), so another {@code Graphics2D} back end replaces them here.
 *
 * <p>Sizes are in points (1/72 inch), which SVG and PDF take as their user unit.
 */
public final class Java2dExport {

    /** The resolution of a PNG drawn at one pixel per point. */
    public static final int POINTS_PER_INCH = 72;

    /** The highest PNG resolution accepted, which keeps a page-sized image within memory. */
    public static final int MAX_DPI = 2400;
    /**
     * The largest image drawn, in pixels: 100 megapixels take 400 MB as 32-bit pixels, which a
     * default heap holds on common machines.
     */
    public static final long MAX_PIXELS = 100_000_000L;

    /** Something that draws itself into an area of a {@code Graphics2D}. */
    @FunctionalInterface
    public interface Drawing {

        /**
         * Draws into the area.
         *
         * @param graphics the target, which the drawing may change the state of
         * @param area the area in points
         */
        void draw(Graphics2D graphics, Rectangle2D area);
    }

    private Java2dExport() {
    }

    /**
     * Returns an {@code svg} element, with the SVG namespace, a size and a view box, so a
     * browser can scale it inline.
     */
    public static String toSvgElement(Drawing drawing, double width, double height) {
        checkSize(width, height);
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        drawing.draw(svg, new Rectangle2D.Double(0, 0, width, height));
        return svg.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }

    /** Returns an SVG document: an XML declaration and the {@code svg} element, no DOCTYPE. */
    public static String toSvg(Drawing drawing, double width, double height) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + toSvgElement(drawing, width, height) + "\n";
    }

    /**
     * Returns a one-page PDF document of the page size given. Text is drawn as vector outlines,
     * because JFreePDF's standard fonts cover only Latin-1 without an encoding and turned
     * letters such as the "é" of a unit name into "?", and used another font than the chart.
     */
    public static byte[] toPdf(Drawing drawing, double width, double height) {
        checkSize(width, height);
        PDFDocument pdf = new PDFDocument();
        Rectangle2D bounds = new Rectangle2D.Double(0, 0, width, height);
        Page page = pdf.createPage(bounds);
        java.awt.Graphics2D graphics = page.getGraphics2D();
        graphics.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE,
                PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        drawing.draw(graphics, bounds);
        return pdf.getPDFBytes();
    }

    /**
     * Returns an image of {@code round(width * dpi / 72)} by {@code round(height * dpi / 72)}
     * pixels on white, drawn through a {@code Graphics2D} scaled by dpi / 72.
     *
     * @throws IllegalArgumentException if a size or the resolution is out of range
     */
    public static BufferedImage toImage(Drawing drawing, double width, double height, int dpi) {
        checkSize(width, height);
        if (dpi < 1 || dpi > MAX_DPI) {
            throw new IllegalArgumentException("the resolution must be from 1 to " + MAX_DPI
                    + " dpi, not " + dpi + "; 300 dpi suits print");
        }
        double scale = dpi / (double) POINTS_PER_INCH;
        long pixelWidth = Math.round(width * scale);
        long pixelHeight = Math.round(height * scale);
        if (pixelWidth < 1 || pixelHeight < 1 || pixelWidth * pixelHeight > MAX_PIXELS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "a %d x %d"
                    + " pixel image is outside the range of 1 to %,d pixels; choose a lower"
                    + " resolution or a smaller size, or export SVG or PDF, which scale without"
                    + " pixels", pixelWidth, pixelHeight, MAX_PIXELS));
        }
        BufferedImage image = new BufferedImage((int) pixelWidth, (int) pixelHeight,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.scale(scale, scale);
            drawing.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /**
     * Writes {@link #toSvg} to a file atomically, in UTF-8.
     *
     * @throws IOException if the file cannot be written; it is then unchanged
     */
    public static void writeSvg(Drawing drawing, Path target, double width, double height)
            throws IOException {
        AtomicFiles.write(target, toSvg(drawing, width, height).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@link #toPdf} to a file atomically.
     *
     * @throws IOException if the file cannot be written; it is then unchanged
     */
    public static void writePdf(Drawing drawing, Path target, double width, double height)
            throws IOException {
        AtomicFiles.write(target, toPdf(drawing, width, height));
    }

    /**
     * Writes {@link #toImage} to a PNG file atomically.
     *
     * @throws IOException if the file cannot be written; it is then unchanged
     */
    public static void writePng(Drawing drawing, Path target, double width, double height,
            int dpi) throws IOException {
        BufferedImage image = toImage(drawing, width, height, dpi);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        AtomicFiles.write(target, png.toByteArray());
    }

    private static void checkSize(double width, double height) {
        if (!(width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("the export size must be positive and finite,"
                    + " not " + width + " x " + height + " points; 500 x 300 suits a page");
        }
    }
}
