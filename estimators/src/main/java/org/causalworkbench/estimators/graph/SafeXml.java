package org.causalworkbench.estimators.graph;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.causalworkbench.estimators.data.DataFormatException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks GraphML text with a SAX parser that rejects DOCTYPE declarations and loads no external
 * entity or DTD. It records the line of each {@code <edge>} element in document order and rejects
 * a directed graph or edge.
 */
final class SafeXml {

    private static final String DISALLOW_DOCTYPE =
            "http://apache.org/xml/features/disallow-doctype-decl";

    /** The problem and fix for a directed graph file, after the file and line. */
    static final String DIRECTED_MESSAGE = "the graph is directed, but interference edges are"
            + " undirected; save the graph as undirected or drop the direction of each edge.";

    private SafeXml() {
    }

    static List<Integer> edgeLines(String text, String name) {
        EdgeLineHandler handler = new EdgeLineHandler();
        try {
            newParser().parse(new InputSource(new StringReader(text)), handler);
        } catch (DirectedGraphException directed) {
            throw new DataFormatException(name + ", line " + directed.line + ": "
                    + DIRECTED_MESSAGE);
        } catch (SAXParseException invalid) {
            if (text.contains("<!DOCTYPE")) {
                throw new DataFormatException(name + ", line " + invalid.getLineNumber()
                        + ": DOCTYPE declarations are not accepted in GraphML, because they can"
                        + " load external entities or files; remove the DOCTYPE and any entity"
                        + " references.", invalid);
            }
            throw new DataFormatException(name + ", line " + invalid.getLineNumber()
                    + ": invalid XML (" + invalid.getMessage() + ").", invalid);
        } catch (SAXException | IOException invalid) {
            throw new DataFormatException(name + ": invalid XML (" + invalid.getMessage() + ").",
                    invalid);
        }
        handler.rejectUnknownEndpoints(name);
        return handler.lines;
    }

    private static SAXParser newParser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(
                    "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException unsupported) {
            throw new IllegalStateException("The XML parser does not support the settings that"
                    + " block external entities.", unsupported);
        }
    }

    /** Stops the SAX pass at the first directed graph or edge. */
    private static final class DirectedGraphException extends SAXException {
        private static final long serialVersionUID = 1L;
        private final int line;

        DirectedGraphException(int line) {
            this.line = line;
        }
    }

    private static final class EdgeLineHandler extends DefaultHandler {
        private final List<Integer> lines = new ArrayList<>();
        private final Set<String> nodes = new HashSet<>();
        private final List<String[]> endpoints = new ArrayList<>();
        private Locator locator;

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            this.locator = documentLocator;
        }

        @Override
        public void startElement(String uri, String localName, String qualifiedName,
                Attributes attributes) throws SAXException {
            int line = locator == null ? -1 : locator.getLineNumber();
            boolean directed = "graph".equals(localName)
                    && "directed".equals(attributes.getValue("edgedefault"))
                    || "edge".equals(localName) && "true".equals(attributes.getValue("directed"));
            if (directed) {
                throw new DirectedGraphException(line);
            }
            if ("node".equals(localName) && attributes.getValue("id") != null) {
                nodes.add(attributes.getValue("id"));
            }
            if ("edge".equals(localName)) {
                lines.add(line);
                endpoints.add(new String[] {attributes.getValue("source"),
                        attributes.getValue("target")});
            }
        }

        /** Rejects an edge whose end is no {@code <node>}, which JGraphT reports without a line. */
        void rejectUnknownEndpoints(String name) {
            for (int index = 0; index < endpoints.size(); index++) {
                for (String end : endpoints.get(index)) {
                    if (end != null && !nodes.contains(end)) {
                        throw new DataFormatException(name + ", line " + lines.get(index)
                                + ": the edge names node '" + UnitIds.shown(end) + "', which has"
                                + " no <node> element; declare the node or fix the edge.");
                    }
                }
            }
        }
    }
}
