package org.causalworkbench.app.chart;

import org.jfree.chart.annotations.XYTextAnnotation;

/**
 * A value printed on a heat-map cell. Its colour is chosen against the cell's fill, which
 * paint scales keep in every theme, so the theme leaves it alone: mirroring it for the dark
 * theme put dark text on dark cells and light text on light ones.
 */
final class CellLabel extends XYTextAnnotation {

    private static final long serialVersionUID = 1L;

    CellLabel(String text, double x, double y) {
        super(text, x, y);
    }
}
