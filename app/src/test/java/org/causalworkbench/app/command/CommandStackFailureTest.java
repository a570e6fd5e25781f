package org.causalworkbench.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;

/**
 * Commands that throw part-way, the depth cap and merging back to the saved value.
 * Each test asserts the behaviour a user needs.
 */
class CommandStackFailureTest {

    private final List<String> items = new ArrayList<>();
    private boolean failRevertOfB;
    private boolean failApplyOfB;

    private Command add(String item) {
        return Command.of("Add " + item, () -> {
            if (item.equals("b") && failApplyOfB) {
                throw new IllegalStateException("apply of b fails");
            }
            items.add(item);
        }, () -> {
            if (item.equals("b") && failRevertOfB) {
                throw new IllegalStateException("revert of b fails");
            }
            items.remove(item);
        });
    }

    /** A compound whose redo fails half-way must not leave its first part applied twice. */
    @Test
    void compoundRedoFailure_rollsBack() {
        CommandStack stack = new CommandStack();
        stack.compound("Load", () -> {
            stack.execute(add("a"));
            stack.execute(add("b"));
        });
        stack.undo();
        failApplyOfB = true;

        assertThrows(IllegalStateException.class, stack::redo);
        assertThrows(IllegalStateException.class, stack::redo);

        assertEquals(List.of(), items, "a failed redo should leave the state as before it");
    }

    /** A compound whose undo fails half-way must not revert its last part twice. */
    @Test
    void compoundUndoFailingHalfWay_keepsStateConsistent() {
        CommandStack stack = new CommandStack();
        stack.compound("Load", () -> {
            stack.execute(add("b"));
            stack.execute(add("c"));
        });
        failRevertOfB = true;

        assertThrows(IllegalStateException.class, stack::undo);

        assertEquals(List.of("b", "c"), items, "a failed undo should leave the state as before it");
    }

    /** An Error inside a compound leaves applied edits that no entry can undo. */
    @Test
    void compoundActionThrowingError_revertsParts() {
        CommandStack stack = new CommandStack();

        assertThrows(AssertionError.class, () -> stack.compound("Load", () -> {
            stack.execute(add("a"));
            throw new AssertionError("boom");
        }));

        assertEquals(List.of(), items, "parts applied before the failure should be reverted");
    }

    /** Undo stops at the cap, and the saved state before the dropped entries is unreachable. */
    @Test
    void undoPastCap_stopsAndStaysModified() {
        CommandStack stack = new CommandStack(5);
        for (int i = 0; i < 8; i++) {
            stack.execute(add("x" + i));
        }
        for (int i = 0; i < 20; i++) {
            stack.undo();
        }

        assertEquals(List.of("x0", "x1", "x2"), items);
        assertTrue(stack.modifiedProperty().get());
        assertEquals(5, stack.redoEntries().size());
    }

    /** Dragging a slider away and back to the saved value leaves the project unmodified. */
    @Test
    void mergeBackToSavedValue_isNotModified() {
        CommandStack stack = new CommandStack();
        IntegerProperty value = new SimpleIntegerProperty(5);
        PropertyEdits.trackMerging(stack, value, v -> "Set value to " + v);
        stack.markSaved();

        value.set(6);
        value.set(7);
        value.set(5);

        assertEquals(5, value.get());
        assertFalse(stack.modifiedProperty().get(),
                "the value equals the saved one, yet the title bar says modified and Undo"
                        + " offers '" + stack.undoDescription().orElse("") + "'");
    }
}
