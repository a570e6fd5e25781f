package org.causalworkbench.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import org.causalworkbench.app.repr.RecommenderPreset;
import org.causalworkbench.app.repr.RecommenderViewModel;
import org.causalworkbench.app.repr.TreatmentsPreset;
import org.causalworkbench.app.repr.TreatmentsViewModel;
import javafx.stage.Stage;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.project.ProjectDocument;
import org.causalworkbench.app.project.ProjectFiles;
import org.causalworkbench.app.shell.TrackedTask;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.sample.SampleProjects;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens a shipped project in the real window, checks that its workspace comes to the front
 * with the stored result, saves it again and compares the saved result.
 */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ProjectWindowTest {

    private ExecutorService worker;
    private Stage stage;
    private MainWindow window;
    private SynthViewModel synth;

    @TempDir
    Path folder;

    @Start
    void start(Stage primary) {
        stage = primary;
        worker = WorkbenchApplication.workerPool();
        synth = new SynthViewModel(Platform::runLater, worker, SynthAnalysis::run);
        window = new MainWindow(primary, synth);
        primary.show();
        primary.requestFocus();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private Path copy(SampleProjects.SampleProject sample) throws IOException {
        Path file = folder.resolve(sample.fileName());
        try (InputStream in = sample.open()) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void openedProjectSavesSameResult(FxRobot robot) throws Exception {
        Path file = copy(SampleProjects.HOUSEHOLDS);

        robot.interact(() -> window.openProject(file));
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> stage.getTitle()
                    .startsWith("interference-households"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("title " + stage.getTitle() + " dialogs "
                    + robot.lookup(".dialog-pane .content").queryAll().size(), e);
        }
        TabPane workspaces = robot.lookup("#workspaceTabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "interferenceTab".equals(
                workspaces.getSelectionModel().getSelectedItem().getId()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !"-".equals(
                robot.lookup("#interferenceHeadline").queryLabeled().getText()));
        WaitForAsyncUtils.waitForFxEvents();

        Path saved = folder.resolve("again.cwproj");
        AtomicReference<Object> outcome = new AtomicReference<>();
        robot.interact(() -> window.saveProject(saved,
                failure -> outcome.set(failure == null ? "ok" : failure)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outcome.get() != null);

        assertEquals("ok", outcome.get());
        ProjectDocument original = ProjectFiles.open(file);
        ProjectDocument again = ProjectFiles.open(saved);
        assertEquals(original.analyses().get(0).configuration(),
                again.analyses().get(0).configuration());
        assertEquals(original.analyses().get(0).result(), again.analyses().get(0).result());
        assertTrue(stage.getTitle().startsWith("again"), stage.getTitle());
        assertNotNull(ProjectFiles.storedReport(saved));
    }

    @Test
    void graspProjectOpensOnGraspPane(FxRobot robot) throws Exception {
        Path file = copy(SampleProjects.GRASP);
        TabPane labPanes = robot.lookup("#reprLabPanes").queryAs(TabPane.class);
        assertEquals("loraInspectorTab", labPanes.getSelectionModel().getSelectedItem().getId());

        robot.interact(() -> window.openProject(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> stage.getTitle().startsWith("grasp"));
        WaitForAsyncUtils.waitForFxEvents();

        TabPane workspaces = robot.lookup("#workspaceTabs").queryAs(TabPane.class);
        assertEquals("reprLabTab", workspaces.getSelectionModel().getSelectedItem().getId());
        assertEquals("graspTab", labPanes.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void labRuns_areTrackedInTasksDrawer() {
        List<String> titles = window.shell().tasks().tracked().stream()
                .map(TrackedTask::title).toList();

        assertTrue(titles.contains("GRASP run"), titles.toString());
        assertTrue(titles.contains("Recommender run"), titles.toString());
        assertTrue(titles.contains("Structured-treatment run"), titles.toString());
    }

    @Test
    void statusBar_followsTheLabPaneOnShow(FxRobot robot) {
        TabPane workspaces = robot.lookup("#workspaceTabs").queryAs(TabPane.class);
        TabPane labPanes = robot.lookup("#reprLabPanes").queryAs(TabPane.class);

        robot.interact(() -> {
            workspaces.getSelectionModel().select(3);
            labPanes.getSelectionModel().select(1);
        });
        String onGrasp = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        robot.interact(() -> workspaces.getSelectionModel().select(0));
        String onSynth = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();

        assertEquals("Press Run to train the toy model and compare the methods.", onGrasp);
        assertTrue(!onGrasp.equals(onSynth), onSynth);
    }

    @Test
    void analysisMenu_actsOnLabPane(FxRobot robot) throws Exception {
        TabPane workspaces = robot.lookup("#workspaceTabs").queryAs(TabPane.class);
        TabPane labPanes = robot.lookup("#reprLabPanes").queryAs(TabPane.class);
        TreatmentsViewModel treatments = window.labWorkspace().treatments();
        robot.interact(() -> {
            workspaces.getSelectionModel().select(3);
            labPanes.getSelectionModel().select(3);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !synth.runningProperty().get());

        robot.interact(() -> menuItem(robot, "Run").fire());

        assertTrue(treatments.runningProperty().get(), "the structured-treatment lab runs");
        assertFalse(synth.runningProperty().get(), "synthetic control is not re-run");
        robot.interact(() -> menuItem(robot, "Cancel").fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !treatments.runningProperty().get());
        assertEquals("Cancelled.", treatments.statusProperty().get());
        robot.interact(() -> labPanes.getSelectionModel().select(0));
        assertTrue(menuItem(robot, "Run").isDisable(), "the LoRA inspector has no run");
        robot.interact(() -> workspaces.getSelectionModel().select(0));
        assertFalse(menuItem(robot, "Run").isDisable());
    }

    @Test
    void labPresetAndSeed_followUndoInControls(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<TreatmentsPreset> preset = robot.lookup("#treatmentsPreset")
                .queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> seed = robot.lookup("#treatmentsSeed").queryAs(Spinner.class);
        TreatmentsViewModel treatments = window.labWorkspace().treatments();

        robot.interact(() -> preset.setValue(TreatmentsPreset.FULL));
        assertEquals(TreatmentsPreset.FULL, treatments.preset());
        assertTrue(window.commands().modifiedProperty().get(), "a preset change is an edit");
        assertEquals("Set structured-treatment preset to " + TreatmentsPreset.FULL,
                window.commands().undoNameProperty().get());
        robot.interact(() -> window.commands().undo());
        assertEquals(TreatmentsPreset.TEACHING, preset.getValue());

        robot.interact(() -> seed.getValueFactory().setValue(4));
        robot.interact(() -> window.commands().undo());
        assertEquals(1, treatments.seedProperty().get());
        assertEquals(1, seed.getValue(), "the spinner shows the seed the next run uses");
    }

    @Test
    void recommenderPresetUndo_bringsBackTypedLambdas(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<RecommenderPreset> preset = robot.lookup("#recommenderPreset")
                .queryAs(ComboBox.class);
        RecommenderViewModel recommender = window.labWorkspace().recommender();
        robot.interact(() -> {
            recommender.lambdasProperty().set("0, 0.2");
            window.commands().closeMerge();
            preset.setValue(RecommenderPreset.FULL);
        });
        assertEquals("0, 0.01, 0.03, 0.1, 0.3, 1", recommender.lambdasProperty().get());
        assertEquals("Set recommender preset to " + RecommenderPreset.FULL,
                window.commands().undoNameProperty().get());

        robot.interact(() -> window.commands().undo());

        assertEquals(RecommenderPreset.TEACHING, preset.getValue());
        assertEquals("0, 0.2", recommender.lambdasProperty().get(), "one undo step");
        robot.interact(() -> window.commands().redo());
        assertEquals(RecommenderPreset.FULL, recommender.preset());
        assertEquals("0, 0.01, 0.03, 0.1, 0.3, 1", recommender.lambdasProperty().get());
    }

    private static MenuItem menuItem(FxRobot robot, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(menu -> menu.getText().equals("Analysis"))
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    @Test
    void malformedProjectShowsMessage(FxRobot robot) throws Exception {
        Path file = folder.resolve("broken.cwproj");
        Files.writeString(file, "not a zip");

        robot.interact(() -> window.openProject(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        String text = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        assertTrue(text.contains("broken.cwproj"), text);
        assertTrue(text.contains("is not a workbench project: a project file is a zip archive,"
                + " and this file is not one"), text);
    }

    @Test
    void graspSeedEditIsUndoneWithItsSpinner(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> seed = robot.lookup("#graspSeed")
                .queryAs(javafx.scene.control.Spinner.class);

        robot.interact(() -> seed.getValueFactory().setValue(5));

        assertEquals("Set GRASP seed to 5", window.commands().undoNameProperty().get());
        robot.interact(() -> window.commands().undo());
        assertEquals(1, seed.getValue());
    }

    @Test
    void screenControlsFollowRestoredSettings(FxRobot robot) {
        var spillover = synth.spillover();
        var start = spillover.settingsProperty().get();

        robot.interact(() -> spillover.settingsProperty().set(
                new org.causalworkbench.app.synth.ScreenSettings(7, 0.8, 2, start.anchor(),
                        start.penalty())));

        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> keep = robot.lookup("#keepCount")
                .queryAs(javafx.scene.control.Spinner.class);
        assertEquals(7, keep.getValue());
        assertEquals(0.8, spillover.settingsProperty().get().level());
        assertEquals(2, spillover.settingsProperty().get().window());
    }
}
