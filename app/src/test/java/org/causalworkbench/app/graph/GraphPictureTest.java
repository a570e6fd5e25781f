package org.causalworkbench.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.List;
import javafx.geometry.Point2D;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.causalworkbench.app.export.Java2dExport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class GraphPictureTest {

    /** Three units: a and b joined, c without neighbours, at the corners of a triangle. */
    private static GraphModel triangle() {
        GraphModel model = new GraphModel(List.of("a", "b", "c"));
        model.addNode(new Point2D(0, 0));
        model.addNode(new Point2D(100, 0));
        model.addNode(new Point2D(50, 80));
        model.connect("a", "b");
        return model;
    }

    @Test
    void svg_hasUnitsLabelsAndLegend() throws Exception {
        String svg = Java2dExport.toSvg(new GraphPicture(triangle()), 640, 480);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        String text = document.getDocumentElement().getTextContent();
        for (String expected : List.of("a", "b", "c", "unit with neighbours",
                "unit without neighbours", "interaction edge", "3 units, 1 edges")) {
            assertTrue(text.contains(expected), "missing text: " + expected);
        }
    }

    @Test
    void png_isLightAtScaledSize() {
        BufferedImage image = Java2dExport.toImage(new GraphPicture(triangle()), 640, 480, 144);

        assertEquals(1280, image.getWidth());
        assertEquals(960, image.getHeight());
        assertEquals(Color.WHITE.getRGB(), image.getRGB(5, 5), "background not white");
        // Connected units are filled with the light palette's dark blue.
        int blueish = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (pixel.getBlue() > 120 && pixel.getRed() < 60) {
                    blueish++;
                }
            }
        }
        assertTrue(blueish > 100, "no filled units drawn: " + blueish + " blue pixels");
    }

    @Test
    void emptyGraph_drawsLegendOnly() {
        GraphModel empty = new GraphModel(List.of("a"));

        String svg = Java2dExport.toSvg(new GraphPicture(empty), 300, 200);

        assertTrue(svg.contains("0 units, 0 edges"), svg);
    }
}
