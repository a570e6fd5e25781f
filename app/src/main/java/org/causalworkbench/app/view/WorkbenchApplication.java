package org.causalworkbench.app.view;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.command.CommandStack;
import org.causalworkbench.app.shell.UiZoom;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.task.WorkerThreads;
import org.causalworkbench.app.theme.ThemeSetting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. It opens the main window on the embedded sample panel and runs the
 * sample analysis at once, so a new user sees a complete result.
 */
public final class WorkbenchApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApplication.class);

    private ExecutorService worker;
    private SynthViewModel model;

    @Override
    public void start(Stage stage) {
        ThemeSetting.restore();
        worker = workerPool();
        model = new SynthViewModel(Platform::runLater, worker, SynthAnalysis::run,
                new CommandStack());
        MainWindow window = new MainWindow(stage, model, UiZoom.userPreferences());
        List<String> arguments = getParameters().getRaw();
        if (arguments.isEmpty()) {
            window.openSample();
        }
        // The sample a new user sees first is the starting state, not an edit to undo.
        window.commands().clear();
        stage.show();
        window.startSession();
        if (!arguments.isEmpty()) {
            window.openProject(Path.of(arguments.get(0)));
        }
        LOG.info("Causal Workbench started");
    }

    @Override
    public void stop() {
        model.cancel();
        worker.shutdownNow();
        LOG.info("Causal Workbench stopped");
    }

    /** Creates the pool for analyses: named daemon threads, so closing the window exits. */
    public static ExecutorService workerPool() {
        return WorkerThreads.singleDaemon("analysis");
    }
}
