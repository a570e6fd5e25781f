package org.causalworkbench.app.theme;

/** The colour schemes of the window, its charts and the graph editor. */
public enum Theme {

    /** Dark text on light backgrounds; exports always use it. */
    LIGHT,

    /** Light text on dark backgrounds. */
    DARK
}
