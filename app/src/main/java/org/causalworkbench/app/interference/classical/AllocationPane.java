package org.causalworkbench.app.interference.classical;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The allocation-curve section. It shows a placeholder until the inverse-probability-weighted
 * allocation estimator of Tchetgen Tchetgen and VanderWeele (2012) is part of the estimators.
 */
final class AllocationPane extends VBox {

    AllocationPane() {
        getStyleClass().add("classical-section");
        setId("classicalCurves");
        Label slot = new Label("Allocation curves are not available yet. They will show DE(\u03b1),"
                + " TE(\u03b10, \u03b1) and OE(\u03b10, \u03b1) over a grid of Bernoulli"
                + " allocations \u03b1 with a band of \u00b11.96 SE, and IE(\u03b10, \u03b11)"
                + " as a heat map, from the inverse-probability-weighted estimator of Tchetgen"
                + " Tchetgen and VanderWeele (2012), which is not in this build.");
        slot.setWrapText(true);
        VBox box = new VBox(ClassicalPane.heading("Allocation curves (Tchetgen Tchetgen and"
                + " VanderWeele)"), slot);
        box.getStyleClass().add("classical-placeholder");
        getChildren().add(box);
    }
}
