package org.causalworkbench.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.causalworkbench.app.chart.ChartThemes;
import org.causalworkbench.app.theme.Theme;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class ChartExportTest {

    @TempDir
    Path folder;

    /** Builds a light chart without legend, with two series and a marker. */
    static JFreeChart sampleChart() {
        XYSeries treated = new XYSeries("Treated unit");
        XYSeries synthetic = new XYSeries("Synthetic control");
        for (int t = 0; t < 10; t++) {
            treated.add(1980 + t, Math.sin(t) + t);
            synthetic.add(1980 + t, t);
        }
        XYSeriesCollection data = new XYSeriesCollection(treated);
        data.addSeries(synthetic);
        JFreeChart chart = ChartFactory.createXYLineChart("Fit & gap", "Year", "Outcome", data,
                PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.getRenderer().setSeriesPaint(0, new Color(0x1f, 0x4e, 0x99));
        plot.getRenderer().setSeriesPaint(1, new Color(0xd9, 0x5f, 0x02));
        plot.addDomainMarker(new ValueMarker(1985, Color.BLACK, new java.awt.BasicStroke(1f)));
        return chart;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void svg_parsesWithLegendText() throws Exception {
        Path target = folder.resolve("chart.svg");
        ChartExport.writeSvg(sampleChart(), target, 500, 300);

        String svg = Files.readString(target, StandardCharsets.UTF_8);
        Document document = parse(svg);
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals(500, Double.parseDouble(document.getDocumentElement().getAttribute("width")));
        assertEquals(300,
                Double.parseDouble(document.getDocumentElement().getAttribute("height")));
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("Treated unit"), "legend item 1 missing");
        assertTrue(text.contains("Synthetic control"), "legend item 2 missing");
        assertTrue(text.contains("Fit & gap"), "title missing or not unescaped");
    }

    @Test
    void pdf_keepsAccentedLettersAsOutlines() throws Exception {
        JFreeChart chart = sampleChart();
        chart.setTitle("Bâle année");

        String text = new String(ChartExport.toPdf(chart, 500, 300),
                StandardCharsets.ISO_8859_1);

        // Text drawn with a standard font needs a /Font resource (Helvetica with a Latin-1
        // encoding, which turns "â" into "?"); outlines need none.
        assertFalse(text.contains("/Font"), "text written with a standard PDF font");
    }

    @Test
    void png_aboveThePixelCapIsRejectedClearly() {
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> ChartExport.toImage(sampleChart(), 30_000, 30_000, 300));

        assertTrue(error.getMessage().contains("export SVG or PDF"), error.getMessage());
    }

    @Test
    void pdf_hasHeaderAndPageSize() throws Exception {
        Path target = folder.resolve("chart.pdf");
        ChartExport.writePdf(sampleChart(), target, 500, 300);

        byte[] bytes = Files.readAllBytes(target);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), "PDF header missing");
        // JFreePDF 2.0.1 writes the page box with one decimal.
        assertTrue(text.contains("/MediaBox [0.0 0.0 500.0 300.0]"), "page size 500 x 300 missing");
        assertTrue(text.trim().endsWith("%%EOF"), "PDF trailer missing");
    }

    @Test
    void png_at300DpiHasScaledPixelSize() throws Exception {
        Path target = folder.resolve("chart.png");
        ChartExport.writePng(sampleChart(), target, 360, 216, 300);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(target)));
        assertNotNull(image, "not a readable PNG");
        assertEquals(1500, image.getWidth());
        assertEquals(900, image.getHeight());
        assertEquals(Color.WHITE.getRGB(), image.getRGB(2, 2), "background not light");
    }

    @Test
    void export_fromDarkLeavesScreenChart() throws Exception {
        JFreeChart screen = sampleChart();
        ChartThemes.apply(screen, Theme.DARK);
        List<Paint> before = paints(screen);

        String svg = ChartExport.toSvg(screen, 500, 300);

        assertEquals(before, paints(screen), "on-screen paints changed");
        assertEquals(null, screen.getLegend(), "legend added to the on-screen chart");
        assertTrue(svg.contains("height='300.0' style='fill:rgb(255,255,255)'"),
                "the export's background is not white");
        assertNotEquals(Color.WHITE, screen.getBackgroundPaint());
    }

    @Test
    void exportCopy_isLightAndHasLegend() {
        JFreeChart screen = sampleChart();
        ChartThemes.apply(screen, Theme.DARK);

        JFreeChart copy = ChartExport.exportCopy(screen);

        assertEquals(Color.WHITE, copy.getBackgroundPaint());
        assertEquals(Color.WHITE, copy.getXYPlot().getBackgroundPaint());
        assertEquals(new Color(0x1f, 0x4e, 0x99),
                copy.getXYPlot().getRenderer().getSeriesPaint(0));
        ValueMarker marker = (ValueMarker) copy.getXYPlot()
                .getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(Color.BLACK, marker.getPaint());
        assertNotNull(copy.getLegend(), "legend missing from the copy");
    }

    @Test
    void darkTheme_invertsLightnessKeepsHue() {
        JFreeChart chart = sampleChart();
        ChartThemes.apply(chart, Theme.DARK);

        Color background = (Color) chart.getBackgroundPaint();
        assertTrue(background.getRed() < 40, "background not dark: " + background);
        assertTrue(background.getGreen() < 40, "background not dark: " + background);
        Color treated = (Color) chart.getXYPlot().getRenderer().getSeriesPaint(0);
        assertTrue(treated.getBlue() > treated.getRed(), "treated series lost its blue hue");
        assertTrue(brightness(treated) > brightness(new Color(0x1f, 0x4e, 0x99)),
                "treated series not lighter on dark: " + treated);

        ChartThemes.apply(chart, Theme.LIGHT);
        assertEquals(Color.WHITE, chart.getBackgroundPaint());
        assertEquals(new Color(0x1f, 0x4e, 0x99), chart.getXYPlot().getRenderer()
                .getSeriesPaint(0));
    }

    @Test
    void size_rejectsNonPositive() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ChartExport.toSvg(sampleChart(), 0, 300));
        assertTrue(error.getMessage().contains("0.0 x 300.0"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ChartExport.toImage(sampleChart(), 100, 100, 0));
    }

    private static float brightness(Color color) {
        return Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null)[2];
    }

    private static List<Paint> paints(JFreeChart chart) {
        List<Paint> paints = new ArrayList<>();
        XYPlot plot = chart.getXYPlot();
        paints.add(chart.getBackgroundPaint());
        paints.add(plot.getBackgroundPaint());
        paints.add(plot.getDomainGridlinePaint());
        paints.add(plot.getDomainAxis().getTickLabelPaint());
        paints.add(chart.getTitle().getPaint());
        paints.add(plot.getRenderer().getSeriesPaint(0));
        paints.add(plot.getRenderer().getSeriesPaint(1));
        plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)
                .forEach(marker -> paints.add(((ValueMarker) marker).getPaint()));
        return paints;
    }
}
