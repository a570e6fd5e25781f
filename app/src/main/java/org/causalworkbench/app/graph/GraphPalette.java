package org.causalworkbench.app.graph;

import javafx.scene.paint.Color;
import org.causalworkbench.app.theme.Theme;

/**
 * The colours the graph editor draws with in one theme.
 *
 * @param background the canvas background, also the fill of isolated units
 * @param edge the edges
 * @param node the fill and outline of connected units
 * @param selected selected units and edges
 * @param label unit ids
 */
record GraphPalette(Color background, Color edge, Color node, Color selected, Color label) {

    /** Dark units and text on white. */
    static final GraphPalette LIGHT = new GraphPalette(Color.WHITE, Color.web("#8a94a6"),
            Color.web("#1f4e99"), Color.web("#d9730d"), Color.web("#1b1b1b"));

    /** Light units and text on near-black, with the hues of the light palette. */
    static final GraphPalette DARK = new GraphPalette(Color.web("#1e1f22"), Color.web("#76819a"),
            Color.web("#6d9ce6"), Color.web("#f0903a"), Color.web("#e6e6e6"));

    /** Returns the palette of a theme. */
    static GraphPalette of(Theme theme) {
        return theme == Theme.DARK ? DARK : LIGHT;
    }
}
