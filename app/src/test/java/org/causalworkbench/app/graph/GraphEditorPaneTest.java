package org.causalworkbench.app.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.causalworkbench.estimators.graph.InterferenceGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the graph editor with the mouse and keyboard, headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class GraphEditorPaneTest {

    private static final List<String> UNITS = List.of("u0", "u1", "u2", "u3", "u4", "u5");

    private GraphEditorPane pane;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        pane = new GraphEditorPane(UNITS);
        stage.setScene(new Scene(pane, 900, 700));
        stage.show();
    }

    private Point2D screenPointOf(String unit) {
        GraphCanvas canvas = canvas();
        Point2D local = canvas.toScreen(pane.model().positions().get(unit));
        return canvas.localToScreen(local);
    }

    private GraphCanvas canvas() {
        return (GraphCanvas) pane.lookup("#graphCanvas");
    }

    private String message(FxRobot robot) {
        return robot.lookup("#graphMessage").queryAs(Label.class).getText();
    }

    @Test
    void clickEmptySpace_placesNextFreeUnit(FxRobot robot) {
        robot.interact(() -> pane.model().delete(List.of("u4"), List.of()));
        Point2D empty = canvas().localToScreen(40, 40);

        robot.clickOn(empty);

        assertTrue(pane.model().positions().containsKey("u4"));
        Point2D placed = canvas().toScreen(pane.model().positions().get("u4"));
        assertEquals(40, placed.getX(), 1.0);
        assertEquals(40, placed.getY(), 1.0);
        assertEquals("Placed unit u4.", message(robot));
        assertTrue(robot.lookup("#graphStatus").queryAs(Label.class).getText()
                .startsWith("6 of 6 units placed, 0 edges"));
    }

    @Test
    void clickEmptySpace_allPlaced_explains(FxRobot robot) {
        robot.clickOn(canvas().localToScreen(40, 40));

        assertTrue(message(robot).contains("already on the canvas"), message(robot));
        assertFalse(pane.model().canUndoProperty().get());
    }

    @Test
    void clickTwoUnits_connectsThem(FxRobot robot) {
        InterferenceGraph before = pane.currentGraph();

        robot.clickOn(screenPointOf("u0"));
        robot.clickOn(screenPointOf("u4"));

        assertEquals(1, pane.currentGraph().edgeCount());
        assertTrue(pane.currentGraph().weight("u4", "u0").isPresent());
        assertNotSame(before, pane.graphProperty().get());
        assertEquals("Connected u0 -- u4.", message(robot));
        assertEquals(4, pane.statistics().isolated());
        assertEquals(5, pane.statistics().components());
    }

    @Test
    void undoAndNewUnits_clearEditMessage(FxRobot robot) {
        robot.clickOn(screenPointOf("u0"));
        robot.clickOn(screenPointOf("u4"));
        assertEquals("Connected u0 -- u4.", message(robot));

        robot.interact(() -> pane.model().undo());

        assertEquals(0, pane.currentGraph().edgeCount());
        assertEquals("", message(robot), "the undone edge is no longer connected");

        robot.clickOn(screenPointOf("u1"));
        robot.clickOn(screenPointOf("u2"));
        robot.interact(() -> pane.setGraph(InterferenceGraph.builder(List.of("a", "b"))
                .build()));

        assertEquals("", message(robot), "the message named units of the old table");
    }

    @Test
    void clickUnitTwice_reportsSelfLoop(FxRobot robot) {
        robot.clickOn(screenPointOf("u2"));
        robot.clickOn(screenPointOf("u2"));

        assertEquals(0, pane.currentGraph().edgeCount());
        assertTrue(message(robot).contains("self-loop on unit 'u2'"), message(robot));
    }

    @Test
    void connectTwice_reportsDuplicate(FxRobot robot) {
        robot.clickOn(screenPointOf("u0")).clickOn(screenPointOf("u1"));
        robot.clickOn(screenPointOf("u1")).clickOn(screenPointOf("u0"));

        assertEquals(1, pane.currentGraph().edgeCount());
        assertTrue(message(robot).contains("already connected"), message(robot));
    }

    @Test
    void deleteKey_removesUnitAndEdges_undoRestores(FxRobot robot) {
        robot.clickOn(screenPointOf("u0")).clickOn(screenPointOf("u1"));
        robot.clickOn(screenPointOf("u1")).clickOn(screenPointOf("u2"));
        Button undo = robot.lookup("#graphUndo").queryAs(Button.class);
        Button redo = robot.lookup("#graphRedo").queryAs(Button.class);
        assertTrue(redo.isDisabled());

        robot.clickOn(screenPointOf("u1"));
        robot.type(KeyCode.DELETE);

        assertFalse(pane.model().positions().containsKey("u1"));
        assertEquals(0, pane.currentGraph().edgeCount());
        assertEquals(UNITS, pane.currentGraph().unitIds());
        assertTrue(pane.currentGraph().isolatedUnits().contains("u1"));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertTrue(pane.model().positions().containsKey("u1"));
        assertEquals(2, pane.currentGraph().edgeCount());
        assertFalse(redo.isDisabled());

        robot.clickOn(undo).clickOn(undo);
        assertEquals(0, pane.currentGraph().edgeCount());
        assertTrue(undo.isDisabled());

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(1, pane.currentGraph().edgeCount());
    }

    @Test
    void backspace_removesSelectedEdge(FxRobot robot) {
        robot.clickOn(screenPointOf("u0")).clickOn(screenPointOf("u1"));
        Point2D middle = screenPointOf("u0").midpoint(screenPointOf("u1"));

        robot.clickOn(middle);
        robot.type(KeyCode.BACK_SPACE);

        assertEquals(0, pane.currentGraph().edgeCount());
        assertTrue(pane.model().positions().containsKey("u0"));
    }

    @Test
    void drag_movesUnit_undoInOneStep(FxRobot robot) {
        Point2D start = pane.model().positions().get("u3");
        Point2D from = screenPointOf("u3");
        double scale = canvas().scale();

        robot.drag(from, MouseButton.PRIMARY).moveBy(30, 10).moveBy(50, 30)
                .release(MouseButton.PRIMARY);

        Point2D moved = pane.model().positions().get("u3");
        assertEquals(start.getX() + 80 / scale, moved.getX(), 1.5 / scale);
        assertEquals(start.getY() + 40 / scale, moved.getY(), 1.5 / scale);
        assertTrue(pane.model().canUndoProperty().get());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        assertEquals(start, pane.model().positions().get("u3"));
        assertFalse(pane.model().canUndoProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z)
                .release(KeyCode.SHIFT, KeyCode.CONTROL);

        assertEquals(moved, pane.model().positions().get("u3"));
    }

    @Test
    void wheel_zoomsAboutCursor(FxRobot robot) {
        Point2D unit = screenPointOf("u5");
        double scale = canvas().scale();
        robot.moveTo(unit);

        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(canvas().scale() != scale, "scale stayed " + scale);
        Point2D after = screenPointOf("u5");
        assertEquals(unit.getX(), after.getX(), 1.0);
        assertEquals(unit.getY(), after.getY(), 1.0);
    }

    @Test
    void importBadEdgeList_showsLineAndKeepsGraph(FxRobot robot) throws Exception {
        robot.clickOn(screenPointOf("u0")).clickOn(screenPointOf("u1"));
        Path file = folder.resolve("contacts.csv");
        Files.writeString(file, "source,target\nu1,u2\nu3,zz\n");

        robot.interact(() -> pane.importFile(file, null));
        waitUntilIdle();

        assertTrue(message(robot).contains("contacts.csv, line 3"), message(robot));
        assertTrue(message(robot).contains("unknown node id 'zz'"), message(robot));
        assertTrue(robot.lookup("#graphMessage").queryAs(Label.class).getStyleClass()
                .contains("error-text"));
        assertEquals(1, pane.currentGraph().edgeCount());
    }

    @Test
    void importGoodEdgeList_isOneUndoStep(FxRobot robot) throws Exception {
        robot.clickOn(screenPointOf("u0")).clickOn(screenPointOf("u1"));
        Path file = folder.resolve("contacts.csv");
        Files.writeString(file, "source,target,weight\nu1,u2,0.5\nu3,u4,\nu4,u5,2\n");

        robot.interact(() -> pane.importFile(file, null));
        waitUntilIdle();

        InterferenceGraph imported = pane.currentGraph();
        assertEquals(3, imported.edgeCount());
        assertEquals(0.5, imported.weight("u2", "u1").orElseThrow());
        assertEquals("Imported 3 edges from contacts.csv.", message(robot));
        assertEquals(1, pane.statistics().isolated());

        robot.clickOn("#graphUndo");

        assertEquals(1, pane.currentGraph().edgeCount());
        assertTrue(pane.currentGraph().weight("u0", "u1").isPresent());
    }

    @Test
    void exportGraphMl_readsBackSameEdges(FxRobot robot) {
        robot.clickOn(screenPointOf("u0")).clickOn(screenPointOf("u1"));
        robot.clickOn(screenPointOf("u1")).clickOn(screenPointOf("u5"));
        Path file = folder.resolve("out.graphml");

        boolean[] written = new boolean[1];
        robot.interact(() -> written[0] = pane.exportFile(file, true));

        assertTrue(written[0]);
        InterferenceGraph back = GraphFileFormat.GRAPHML.read(file, UNITS);
        assertEquals(2, back.edgeCount());
        assertTrue(back.weight("u5", "u1").isPresent());
    }

    @Test
    void layoutButton_isOneUndoStep(FxRobot robot) {
        robot.clickOn(screenPointOf("u0")).clickOn(screenPointOf("u1"));
        robot.clickOn(screenPointOf("u1")).clickOn(screenPointOf("u2"));
        Map<String, Point2D> before = Map.copyOf(pane.model().positions());

        robot.clickOn("#graphLayout");

        assertFalse(before.equals(pane.model().positions()));
        assertEquals(6, pane.model().positions().size());
        robot.clickOn("#graphUndo");
        assertEquals(before, Map.copyOf(pane.model().positions()));
        assertEquals(2, pane.currentGraph().edgeCount());
    }

    @Test
    void setGraph_otherUnits_resetsHistory(FxRobot robot) {
        robot.clickOn(screenPointOf("u0")).clickOn(screenPointOf("u1"));
        InterferenceGraph other = InterferenceGraph.builder(List.of("x", "y", "z"))
                .addEdge("x", "z", 2.0, "test")
                .build();

        robot.interact(() -> pane.setGraph(other));

        assertEquals(List.of("x", "y", "z"), pane.currentGraph().unitIds());
        assertEquals(2.0, pane.currentGraph().weight("z", "x").orElseThrow());
        assertEquals(3, pane.model().positions().size());
        assertFalse(pane.model().canUndoProperty().get());
        assertEquals(1, pane.statistics().isolated());
    }

    private void waitUntilIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !pane.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
