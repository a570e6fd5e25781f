package org.causalworkbench.app.view;

import javafx.beans.property.SimpleStringProperty;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.obsexp.SimulationStudyViewModel;
import org.causalworkbench.app.shell.TrackedTask;
import org.causalworkbench.app.shell.WindowShell;
import org.causalworkbench.app.synth.SpilloverViewModel;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.synth.robustness.RobustnessModel;
import org.causalworkbench.app.synth.robustness.RobustnessTabs;

/**
 * Describes each workspace's background computations to the window shell, so the tasks drawer
 * lists them and long runs end with a notification.
 *
 * <p>NOTE: the simulation study of the observational-plus-experimental workspace and the
 * classical and teaching panes of the interference workspace create their view models inside
 * their panes, so they are not listed yet.
 */
final class WorkspaceTasks {

    private WorkspaceTasks() {
    }

    static void trackAll(WindowShell shell, SynthViewModel synth, RobustnessTabs robustness,
            ObsExpViewModel obsExp, SimulationStudyViewModel obsExpStudy,
            InterferenceViewModel interference) {
        shell.track(new TrackedTask("Synthetic control: fit and placebos",
                synth.runningProperty(), synth.progressProperty(), synth.statusProperty(),
                synth.errorProperty(), synth::cancel));
        SpilloverViewModel spillover = synth.spillover();
        shell.track(new TrackedTask("Spillover screen", spillover.screenRunningProperty(),
                spillover.screenProgressProperty(), spillover.screenStatusProperty(),
                noError(), spillover::cancel));
        shell.track(new TrackedTask("Spillover sensitivity",
                spillover.sensitivityRunningProperty(), spillover.sensitivityProgressProperty(),
                spillover.sensitivityStatusProperty(), noError(), spillover::cancel));
        robustness("Debiased synthetic control", robustness.debias(), shell);
        robustness("Robustness checks", robustness.checks(), shell);
        robustness("Spillover simulation study", robustness.study(), shell);
        shell.track(new TrackedTask("Observational + experimental analysis",
                obsExp.runningProperty(), obsExp.progressProperty(), obsExp.statusProperty(),
                obsExp.errorProperty(), obsExp::cancel));
        shell.track(new TrackedTask("Observational + experimental simulation study",
                obsExpStudy.runningProperty(), obsExpStudy.progressProperty(),
                obsExpStudy.statusProperty(), noError(), obsExpStudy::cancel));
        shell.track(new TrackedTask("Interference estimates", interference.runningProperty(),
                interference.progressProperty(), interference.statusProperty(),
                interference.errorProperty(), interference::cancel));
    }

    /** Stands in for an error property where a view model reports errors in its status. */
    private static SimpleStringProperty noError() {
        return new SimpleStringProperty("");
    }

    private static void robustness(String title, RobustnessModel model, WindowShell shell) {
        shell.track(new TrackedTask(title, model.runningProperty(), model.progressProperty(),
                model.statusProperty(), model.errorProperty(), model::cancel));
    }
}
