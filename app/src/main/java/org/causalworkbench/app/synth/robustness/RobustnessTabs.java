package org.causalworkbench.app.synth.robustness;

import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.estimators.data.CsvTable;
import org.causalworkbench.estimators.data.Panel;

/**
 * Builds the debias, checks and teaching tabs of the synthetic-control workspace, each view
 * model on its own daemon worker that stops when the window closes.
 */
public final class RobustnessTabs {

    private final DebiasViewModel debias;
    private final ChecksViewModel checks;
    private final SpilloverStudyViewModel study;
    private final List<Tab> tabs;

    /**
     * Creates the view models and tabs for a workspace.
     *
     * @param stage the window, whose closing stops the workers
     * @param synth the workspace's view model
     */
    public RobustnessTabs(Stage stage, SynthViewModel synth) {
        ExecutorService debiasWorker = WorkerThreads.singleDaemon("synth-debias");
        ExecutorService checksWorker = WorkerThreads.singleDaemon("synth-checks");
        ExecutorService studyWorker = WorkerThreads.singleDaemon("synth-study");
        debias = new DebiasViewModel(Platform::runLater, debiasWorker, synth);
        checks = new ChecksViewModel(Platform::runLater, checksWorker, synth);
        study = new SpilloverStudyViewModel(Platform::runLater, studyWorker);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            debias.cancel();
            checks.cancel();
            study.cancel();
            debiasWorker.shutdownNow();
            checksWorker.shutdownNow();
            studyWorker.shutdownNow();
        });
        tabs = List.of(tab("Debias", "debiasTab", new DebiasPane(debias)),
                tab("Checks", "checksTab", new ChecksPane(checks)),
                tab("Teaching", "spilloverTeachingTab", new SpilloverStudyPane(study)));
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Tab tab = new Tab(title, scroll);
        tab.setId(id);
        return tab;
    }

    /** Returns the tabs, in the order they appear after the results tab. */
    public List<Tab> tabs() {
        return tabs;
    }

    /**
     * Offers the columns of the file a panel was read from as predictors.
     *
     * @param panel the panel
     * @param table the long table it was read from
     */
    public void useSourceTable(Panel panel, CsvTable table) {
        checks.useSourceTable(panel, table);
    }

    /** Returns the debias view model. */
    public DebiasViewModel debias() {
        return debias;
    }

    /** Returns the checks view model. */
    public ChecksViewModel checks() {
        return checks;
    }

    /** Returns the teaching study's view model. */
    public SpilloverStudyViewModel study() {
        return study;
    }
}
