package org.causalworkbench.app.interference.classical;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Lays out the settings of the classical tab as labelled fields that wrap onto further lines
 * in a narrow window. No field is shrunk below its preferred width, so no label is cut to
 * "De..." at the window's default size of 1360 by 860.
 */
final class ControlRows {

    private ControlRows() {
    }

    /** Creates a label followed by its controls, kept together on one line. */
    static HBox field(String label, Node... controls) {
        HBox field = new HBox(6);
        field.getStyleClass().add("classical-controls");
        field.getChildren().add(keepWidth(new Label(label)));
        for (Node control : controls) {
            field.getChildren().add(keepWidth(control));
        }
        return field;
    }

    /** Creates a row of fields and controls that wraps when the window is too narrow. */
    static FlowPane row(Node... items) {
        FlowPane row = new FlowPane(16, 6);
        row.getStyleClass().add("classical-controls");
        for (Node item : items) {
            row.getChildren().add(keepWidth(item));
        }
        return row;
    }

    /** Stops a control from shrinking below its preferred width. */
    static <T extends Node> T keepWidth(T node) {
        if (node instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        return node;
    }
}
