package org.causalworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Checks that typed and stepped values stay inside a whole-number spinner's range. */
@Tag("gui")
@ExtendWith(ApplicationExtension.class)
class TypedSpinnersTest {

    private Spinner<Integer> seed;
    private Spinner<Double> share;

    @Start
    void start(Stage stage) {
        seed = TypedSpinners.wholeNumbers(0, Integer.MAX_VALUE, 7);
        seed.setId("seed");
        share = new Spinner<>(0.0, 1.0, 0.5, 0.05);
        share.setId("share");
        TypedSpinners.allowTyping(share);
        TextField other = new TextField();
        other.setId("other");
        stage.setScene(new Scene(new HBox(8, seed, share, other), 600, 80));
        stage.show();
    }

    @Test
    void increment_stopsAtMaximum(FxRobot robot) {
        robot.interact(() -> {
            seed.getValueFactory().setValue(Integer.MAX_VALUE);
            seed.increment();
        });

        assertEquals(Integer.MAX_VALUE, seed.getValue());
    }

    @Test
    void decrement_stopsAtMinimum(FxRobot robot) {
        robot.interact(() -> {
            seed.getValueFactory().setValue(1);
            seed.decrement(5);
        });

        assertEquals(0, seed.getValue());
    }

    @Test
    void largeStep_stopsAtMaximum(FxRobot robot) {
        robot.interact(() -> {
            seed.getValueFactory().setValue(Integer.MAX_VALUE - 3);
            seed.increment(Integer.MAX_VALUE);
        });

        assertEquals(Integer.MAX_VALUE, seed.getValue());
    }

    @Test
    void typedValueInRange_isCommitted(FxRobot robot) {
        type(robot, "42");

        assertEquals(42, seed.getValue());
        assertEquals("42", seed.getEditor().getText());
    }

    @Test
    void typedNegative_keepsCurrentValue(FxRobot robot) {
        type(robot, "-1");

        assertEquals(7, seed.getValue());
        assertEquals("7", seed.getEditor().getText());
    }

    @Test
    void typedText_keepsCurrentValue(FxRobot robot) {
        type(robot, "abc");

        assertEquals(7, seed.getValue());
        assertEquals("7", seed.getEditor().getText());
    }

    @Test
    void typedOverflow_keepsCurrentValue(FxRobot robot) {
        type(robot, "2147483648");

        assertEquals(7, seed.getValue());
        assertEquals("7", seed.getEditor().getText());
    }

    @Test
    void secondAllowTyping_keepsFallback(FxRobot robot) {
        robot.interact(() -> TypedSpinners.allowTyping(seed));

        type(robot, "-5");

        assertEquals(7, seed.getValue());
        assertEquals("7", seed.getEditor().getText());
    }

    @Test
    void typedDecimalAboveMaximum_keepsCurrentValue(FxRobot robot) {
        robot.doubleClickOn("#share .text-field").eraseText(12).write("1.5").clickOn("#other");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0.5, share.getValue());
        assertEquals("0.5", share.getEditor().getText());
    }

    @Test
    void typedDecimal_keepsItsDigits(FxRobot robot) {
        typeShare(robot, "0.904");

        assertEquals(0.904, share.getValue());
        assertEquals("0.904", share.getEditor().getText());
    }

    @Test
    void typedDecimalWithJunk_keepsCurrentValue(FxRobot robot) {
        typeShare(robot, "0.3abc");

        assertEquals(0.5, share.getValue());
        assertEquals("0.5", share.getEditor().getText());
    }

    @Test
    void typedDecimalComma_keepsCurrentValue(FxRobot robot) {
        typeShare(robot, "0,7");

        assertEquals(0.5, share.getValue());
    }

    @Test
    void decimalTooltip_namesRange() {
        assertEquals("A number from 0 to 1", share.getTooltip().getText());
    }

    @Test
    void tooltip_namesRange() {
        assertEquals("A whole number from 0 to 2,147,483,647", seed.getTooltip().getText());
    }

    @Test
    void initialValueOutsideRange_isRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TypedSpinners.wholeNumbers(1, 5, 0));

        assertEquals("initial value 0 lies outside [1, 5]", error.getMessage());
    }

    private void typeShare(FxRobot robot, String text) {
        robot.doubleClickOn("#share .text-field").eraseText(12).write(text).clickOn("#other");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String text) {
        robot.doubleClickOn("#seed .text-field").eraseText(12).write(text).clickOn("#other");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
