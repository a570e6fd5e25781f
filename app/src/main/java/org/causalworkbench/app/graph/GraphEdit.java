package org.causalworkbench.app.graph;

/**
 * One undoable change to a {@link GraphModel}. {@link #revert} must restore exactly the state
 * that {@link #apply} started from, so the history can replay edits in either direction.
 */
interface GraphEdit {

    /** Applies the change. */
    void apply(GraphModel model);

    /** Undoes the change. */
    void revert(GraphModel model);

    /** Returns the name shown for undo and redo, for example "Add edge a -- b". */
    String description();
}
