package org.causalworkbench.app.synth;

import java.util.List;
import javafx.scene.control.Tab;

/** Creates the donor-pool, screen and sensitivity tabs of the synthetic-control results. */
public final class SpilloverTabs {

    private SpilloverTabs() {
    }

    /**
     * Creates the three tabs for a workspace.
     *
     * @param model the workspace's view model
     * @return the donor-pool, screen and sensitivity tabs, in that order
     */
    public static List<Tab> create(SynthViewModel model) {
        SpilloverViewModel spillover = model.spillover();
        Tab pool = new Tab("Donor pool", new DonorPoolPane(spillover));
        pool.setId("donorPoolTab");
        Tab screen = new Tab("Screen", new ScreenPane(spillover));
        screen.setId("screenTab");
        Tab sensitivity = new Tab("Sensitivity", new SensitivityPane(spillover));
        sensitivity.setId("sensitivityTab");
        return List.of(pool, screen, sensitivity);
    }
}
