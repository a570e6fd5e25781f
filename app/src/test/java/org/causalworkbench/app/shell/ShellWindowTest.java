package org.causalworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.interference.InterferenceAnalysis;
import org.causalworkbench.app.interference.InterferenceViewModel;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.obsexp.TeachingExample;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.app.view.MainWindow;
import org.causalworkbench.app.view.WorkbenchApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the main window headless with an in-memory preferences node and drives the cheat
 * sheet, the zoom keys and the tasks drawer.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ShellWindowTest {

    private final MemoryPreferences preferences = new MemoryPreferences();
    private final CountDownLatch analysisStarted = new CountDownLatch(1);
    private ExecutorService worker;
    private ObsExpViewModel obsExp;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
        worker = WorkbenchApplication.workerPool();
        SynthViewModel synth = new SynthViewModel(Platform::runLater, worker,
                SynthAnalysis::run);
        obsExp = new ObsExpViewModel(Platform::runLater, worker,
                (request, progress, cancellation) -> {
                    analysisStarted.countDown();
                    progress.progress(1, 4);
                    while (!cancellation.isCancellationRequested()) {
                        sleep(5);
                    }
                    throw new CancellationException("cancelled by the test");
                });
        InterferenceViewModel interference = new InterferenceViewModel(Platform::runLater,
                worker, InterferenceAnalysis::run);
        new MainWindow(primary, synth, obsExp, interference, preferences);
        primary.show();
        primary.requestFocus();
    }

    @AfterEach
    void stopWorker() {
        obsExp.cancel();
        worker.shutdownNow();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void cheatSheet_listsRunShortcut(FxRobot robot) {
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        WaitForAsyncUtils.waitForFxEvents();

        Label run = robot.lookup("#keys-window-run").queryAs(Label.class);
        assertEquals(Shortcuts.get(Shortcuts.RUN).displayText(), run.getText());
        assertEquals(Shortcut.displayText(Shortcuts.get(Shortcuts.RUN).primary()),
                run.getText());
        assertTrue(run.getText().endsWith("R"), run.getText());
        Label undo = robot.lookup("#keys-window-undo").queryAs(Label.class);
        assertTrue(undo.getText().endsWith("Z"), undo.getText());
        Label enter = robot.lookup("#keys-settings-run-default").queryAs(Label.class);
        assertEquals("Enter", enter.getText());
        Label zoomIn = robot.lookup("#keys-window-zoom-in").queryAs(Label.class);
        assertTrue(zoomIn.getText().contains("Plus"), zoomIn.getText());
        assertEquals(3, zoomIn.getText().lines().count(), zoomIn.getText());
        Window sheet = run.getScene().getWindow();
        robot.interact(sheet::hide);
    }

    @Test
    void zoomKeys_scaleRootFontAndPersist(FxRobot robot) {
        robot.press(KeyCode.SHORTCUT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHORTCUT);
        robot.press(KeyCode.SHORTCUT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("-fx-font-size: 16.25px;", stage.getScene().getRoot().getStyle());
        assertEquals(1.25, preferences.getDouble(UiZoom.PREFERENCE_KEY, 0), 0);
        double buttonFont = robot.lookup("#tasksButton")
                .queryAs(ToggleButton.class).getFont().getSize();
        assertEquals(16.25, buttonFont, 0.01);

        robot.press(KeyCode.SHORTCUT, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 14.30px;", stage.getScene().getRoot().getStyle());

        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 13.00px;", stage.getScene().getRoot().getStyle());
        assertEquals(1.0, preferences.getDouble(UiZoom.PREFERENCE_KEY, 0), 0);
    }

    @Test
    void drawer_showsRunningTaskAndCancelStopsIt(FxRobot robot)
            throws InterruptedException, TimeoutException {
        robot.interact(() -> {
            obsExp.load(TeachingExample.generate());
            obsExp.run();
        });
        assertTrue(analysisStarted.await(10, TimeUnit.SECONDS));
        robot.clickOn("#tasksButton");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup("#tasksList").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        Label title = robot.lookup(".task-title").queryAs(Label.class);
        assertEquals("Observational + experimental analysis", title.getText());
        assertEquals("Tasks (1)", robot.lookup("#tasksButton")
                .queryAs(ToggleButton.class).getText());

        robot.clickOn(".task-cancel");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !obsExp.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(obsExp.runningProperty().get());
        assertTrue(list.getItems().isEmpty());
        assertEquals("Tasks (0)", robot.lookup("#tasksButton")
                .queryAs(ToggleButton.class).getText());
    }
}
