package org.causalworkbench.app.interference.classical;

import java.util.Locale;
import java.util.concurrent.Executor;
import org.causalworkbench.app.interference.InterferenceData;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.interference.StructureSource;

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
     * of every tab, and takes the interaction structure from its household column, because
     * the households are the groups of its design. Both changes are one undo entry.
     */
    public void loadExample() {
        workspace.commands().compound("Open the two-stage example", () -> {
            workspace.load(TwoStageExample.load());
            workspace.structure().sourceProperty().set(StructureSource.GROUP_COLUMN);
        });
    }

    /**
     * Returns what {@link #loadExample()} would replace, for a confirmation, or an empty
     * string when the workspace has no unit table yet.
     */
    public String exampleReplaces() {
        InterferenceData current = workspace.dataProperty().get();
        if (current == null) {
            return "";
        }
        String structure = workspace.structure().sourceProperty().get()
                == StructureSource.GROUP_COLUMN ? "" : " The interaction structure ("
                + workspace.structure().sourceProperty().get() + ") switches to the example's"
                + " households, so a drawn or imported graph is replaced; export it from the"
                + " Structure tab first to keep it.";
        return String.format(Locale.ROOT, "The example replaces the unit table of every"
                + " Interference tab, now %s with %d units, and clears its results. This"
                + " cannot be undone.%s", current.name(), current.size(), structure);
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
