package org.causalworkbench.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.causalworkbench.app.analysis.ObsExpAnalysis;
import org.causalworkbench.app.analysis.SynthAnalysis;
import org.causalworkbench.app.obsexp.ObsExpViewModel;
import org.causalworkbench.app.synth.SynthViewModel;
import org.causalworkbench.estimators.data.ColumnType;
import org.causalworkbench.estimators.data.ImportSettings;
import org.causalworkbench.estimators.data.Panel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a messy file through the main window's import wizard and loads the panel. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class ImportWizardSmokeTest {

    @TempDir
    Path folder;

    private SynthViewModel synth;
    private MainWindow window;
    private ExecutorService worker;

    @Start
    void start(Stage primary) {
        worker = WorkbenchApplication.workerPool();
        synth = new SynthViewModel(Platform::runLater, worker, SynthAnalysis::run);
        ObsExpViewModel obsExp = new ObsExpViewModel(Platform::runLater, worker,
                ObsExpAnalysis::run);
        window = new MainWindow(primary, synth, obsExp);
        primary.show();
        primary.requestFocus();
    }

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private Path messy() throws IOException {
        return Files.writeString(folder.resolve("messy.csv"), ";region;jahr;umsatz;note\n"
                + "0;Nord;2000;1,5;a\n1;Nord;2001;2,5;b\n"
                + "2;Süd;2000;999;c\n3;Süd;2001;#NULL!;d\n4;Ost;2000;3,5;e\n5;Ost;2001;4,5;f\n",
                StandardCharsets.UTF_8);
    }

    private void openWizard(FxRobot robot) throws IOException, TimeoutException {
        Path file = messy();
        Platform.runLater(() -> window.openCsv(file.toFile()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#importPreview").tryQuery().isPresent());
    }

    @Test
    void wizard_changeTypeAndImport(FxRobot robot) throws IOException, TimeoutException {
        openWizard(robot);
        // The detected index column is left out from the start, its controls disabled.
        assertTrue(robot.lookup("#importType0").query().isDisabled(),
                "the index column's type box is active");
        // Column 4 of the raw file is "note"; column 0 is the unnamed index.
        @SuppressWarnings("unchecked")
        ComboBox<ColumnType> noteType = robot.lookup("#importType4").queryAs(ComboBox.class);
        robot.interact(() -> noteType.setValue(ColumnType.IDENTIFIER));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup(".missing-chip").tryQuery().isPresent());
        Label chip = robot.lookup(".missing-chip").queryAs(Label.class);
        assertEquals("NA", chip.getText());

        robot.clickOn("#importFinish");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> synth.panelProperty().get() != null);

        Panel panel = synth.panelProperty().get();
        assertEquals(3, panel.unitCount());
        assertEquals(1.5, panel.outcome(0, 0), 0.0);
        assertTrue(Double.isNaN(panel.outcome(1, 0)));
        ImportSettings settings = window.importSettings().orElseThrow();
        assertEquals(ColumnType.IDENTIFIER, settings.typeOf("note").orElseThrow());
        assertEquals(';', settings.delimiter());
    }

    @Test
    void wizard_roleClashDisablesImport(FxRobot robot) throws IOException, TimeoutException {
        openWizard(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> outcome = robot.lookup("#importOutcome").queryAs(ComboBox.class);
        javafx.scene.control.Button finish =
                robot.lookup("#importFinish").queryAs(javafx.scene.control.Button.class);

        robot.interact(() -> outcome.setValue("jahr"));
        assertTrue(finish.isDisabled());

        @SuppressWarnings("unchecked")
        ComboBox<String> time = robot.lookup("#importTime").queryAs(ComboBox.class);
        robot.interact(() -> time.setValue("umsatz"));
        assertFalse(finish.isDisabled());
        robot.interact(() -> finish.getScene().getWindow().hide());
    }
}
