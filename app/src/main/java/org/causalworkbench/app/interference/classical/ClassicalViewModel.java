package org.causalworkbench.app.interference.classical;

import java.util.concurrent.Executor;
import org.causalworkbench.app.interference.InterferenceViewModel;

/**
 * The state of the classical tab of the interference workspace: Hudgens-Halloran effects,
 * Aronow-Samii exposure estimates and allocation curves, all on the workspace's unit table and
 * its interaction structure.
 */
public final class ClassicalViewModel {

    private final InterferenceViewModel workspace;
    private final HudgensHalloranViewModel hudgensHalloran;
    private final AronowSamiiViewModel aronowSamii;
    private final AllocationViewModel allocation;

    /**
     * Creates the view model.
     *
     * @param workspace the workspace whose unit table the tab reads and replaces
     * @param uiExecutor runs property updates on the UI thread
     * @param worker runs long computations off the UI thread
     */
    public ClassicalViewModel(InterferenceViewModel workspace, Executor uiExecutor,
            Executor worker) {
        this.workspace = workspace;
        this.hudgensHalloran = new HudgensHalloranViewModel(workspace.dataProperty());
        this.aronowSamii = new AronowSamiiViewModel(workspace.dataProperty(), uiExecutor,
                worker);
        this.allocation = new AllocationViewModel(workspace.dataProperty());
    }

    /**
     * Loads the two-stage household sample into the workspace, which replaces the unit table
     * of every tab.
     */
    public void loadExample() {
        workspace.load(TwoStageExample.load());
    }

    /** Returns the workspace view model. */
    public InterferenceViewModel workspace() {
        return workspace;
    }

    /** Returns the Hudgens-Halloran part. */
    public HudgensHalloranViewModel hudgensHalloran() {
        return hudgensHalloran;
    }

    /** Returns the Aronow-Samii part. */
    public AronowSamiiViewModel aronowSamii() {
        return aronowSamii;
    }

    /** Returns the allocation-curve part. */
    public AllocationViewModel allocation() {
        return allocation;
    }
}
