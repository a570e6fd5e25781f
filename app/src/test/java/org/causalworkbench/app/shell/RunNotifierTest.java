package org.causalworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Checks that an ended run shows a ControlsFX notification over the window. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class RunNotifierTest {

    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        WindowShell shell = new WindowShell(stage, new MemoryPreferences(),
                new RunNotices(Duration.ZERO));
        shell.track(new TrackedTask("Placebo study", running, new SimpleDoubleProperty(-1),
                status, new SimpleStringProperty(""), () -> { }));
        BorderPane root = new BorderPane(new Label("workspace"));
        root.setRight(shell.drawer());
        Scene scene = new Scene(root, 800, 600);
        shell.install(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void endedRun_showsNotification(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            running.set(true);
            running.set(false);
            status.set("Finished: 20 placebos.");
        });

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("Placebo study finished").queryAll().isEmpty());
        List<Label> titles = robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(label -> "Placebo study finished".equals(label.getText())).toList();
        assertEquals(1, titles.size());
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText() != null
                        && label.getText().contains("Finished: 20 placebos.")));
    }
}
