package org.causalworkbench.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** Execute, undo, redo, merging, the depth cap and the saved point, without a window. */
class CommandStackTest {

    private final List<String> items = new ArrayList<>();

    private Command add(String item) {
        return Command.of("Add " + item, () -> items.add(item), () -> items.remove(item));
    }

    @Test
    void execute_appliesAndNamesEntry() {
        CommandStack stack = new CommandStack();

        stack.execute(add("a"));

        assertEquals(List.of("a"), items);
        assertTrue(stack.canUndoProperty().get());
        assertFalse(stack.canRedoProperty().get());
        assertEquals("Add a", stack.undoNameProperty().get());
        assertEquals("", stack.redoNameProperty().get());
    }

    @Test
    void undoRedo_walkBothWays() {
        CommandStack stack = new CommandStack();
        stack.execute(add("a"));
        stack.execute(add("b"));

        stack.undo();
        assertEquals(List.of("a"), items);
        assertEquals("Add a", stack.undoNameProperty().get());
        assertEquals("Add b", stack.redoNameProperty().get());
        stack.undo();
        assertEquals(List.of(), items);
        assertFalse(stack.canUndoProperty().get());
        stack.undo();
        assertEquals(List.of(), items);

        stack.redo();
        stack.redo();
        assertEquals(List.of("a", "b"), items);
        assertFalse(stack.canRedoProperty().get());
    }

    @Test
    void execute_afterUndo_clearsRedo() {
        CommandStack stack = new CommandStack();
        stack.execute(add("a"));
        stack.undo();

        stack.execute(add("b"));

        assertFalse(stack.canRedoProperty().get());
        assertEquals(List.of("Add b"), names(stack.undoEntries()));
    }

    @Test
    void execute_failingApply_leavesStackUnchanged() {
        CommandStack stack = new CommandStack();
        stack.execute(add("a"));
        stack.execute(add("b"));
        stack.undo();
        stack.markSaved();
        Command failing = Command.of("Fail", () -> {
            throw new IllegalArgumentException("rejected");
        }, () -> { });

        assertThrows(IllegalArgumentException.class, () -> stack.execute(failing));

        assertEquals(List.of("Add a"), names(stack.undoEntries()));
        assertEquals(List.of("Add b"), names(stack.redoEntries()));
        assertEquals("Add a", stack.undoNameProperty().get());
        assertEquals("Add b", stack.redoNameProperty().get());
        assertFalse(stack.modifiedProperty().get());
        assertFalse(stack.isApplying());
        stack.redo();
        assertEquals(List.of("a", "b"), items);
    }

    @Test
    void undo_failingRevert_keepsEntry() {
        CommandStack stack = new CommandStack();
        stack.execute(Command.of("Broken", () -> { }, () -> {
            throw new IllegalStateException("cannot revert");
        }));

        assertThrows(IllegalStateException.class, stack::undo);

        assertEquals("Broken", stack.undoNameProperty().get());
        assertFalse(stack.canRedoProperty().get());
    }

    @Test
    void maxDepth_dropsOldestEntry() {
        CommandStack stack = new CommandStack(2);
        stack.execute(add("a"));
        stack.execute(add("b"));
        stack.execute(add("c"));

        assertEquals(List.of("Add b", "Add c"), names(stack.undoEntries()));
        stack.undo();
        stack.undo();
        stack.undo();
        assertEquals(List.of("a"), items);
    }

    @Test
    void maxDepth_belowOne_isRejected() {
        IllegalArgumentException invalid =
                assertThrows(IllegalArgumentException.class, () -> new CommandStack(0));

        assertTrue(invalid.getMessage().contains("Undo depth 0"), invalid.getMessage());
    }

    @Test
    void modified_followsSavedPoint() {
        CommandStack stack = new CommandStack();
        assertFalse(stack.modifiedProperty().get());

        stack.execute(add("a"));
        assertTrue(stack.modifiedProperty().get());
        stack.markSaved();
        assertFalse(stack.modifiedProperty().get());
        stack.execute(add("b"));
        assertTrue(stack.modifiedProperty().get());
        stack.undo();
        assertFalse(stack.modifiedProperty().get());
        stack.undo();
        assertTrue(stack.modifiedProperty().get());
        stack.redo();
        assertFalse(stack.modifiedProperty().get());
    }

    @Test
    void modified_savedPointInRedo_becomesUnreachable() {
        CommandStack stack = new CommandStack();
        stack.execute(add("a"));
        stack.markSaved();
        stack.undo();

        stack.execute(add("b"));
        stack.undo();

        assertTrue(stack.modifiedProperty().get());
    }

    @Test
    void modified_savedPointDroppedByCap_staysModified() {
        CommandStack stack = new CommandStack(1);
        stack.execute(add("a"));
        stack.markSaved();
        stack.execute(add("b"));
        stack.execute(add("c"));

        stack.undo();

        assertTrue(stack.modifiedProperty().get());
    }

    @Test
    void clear_emptiesAndMarksSaved() {
        CommandStack stack = new CommandStack();
        stack.execute(add("a"));
        stack.execute(add("b"));
        stack.undo();

        stack.clear();

        assertFalse(stack.canUndoProperty().get());
        assertFalse(stack.canRedoProperty().get());
        assertFalse(stack.modifiedProperty().get());
        assertEquals("", stack.undoNameProperty().get());
    }

    @Test
    void trackMerging_consecutiveChangesFormOneEntry() {
        CommandStack stack = new CommandStack();
        StringProperty level = new SimpleStringProperty("0.95");
        PropertyEdits.trackMerging(stack, level, now -> "Set level to " + now);

        level.set("0.9");
        level.set("0.99");

        assertEquals(1, stack.undoEntries().size());
        assertEquals("Set level to 0.99", stack.undoNameProperty().get());
        stack.undo();
        assertEquals("0.95", level.get());
        stack.redo();
        assertEquals("0.99", level.get());
    }

    @Test
    void trackMerging_closeMergeStartsNewEntry() {
        CommandStack stack = new CommandStack();
        IntegerProperty bins = new SimpleIntegerProperty(3);
        PropertyEdits.trackMerging(stack, bins.asObject(), now -> "Set bins to " + now);

        bins.set(4);
        stack.closeMerge();
        bins.set(5);

        assertEquals(2, stack.undoEntries().size());
        stack.undo();
        assertEquals(4, bins.get());
    }

    @Test
    void trackMerging_doesNotMergeIntoSavedPoint() {
        CommandStack stack = new CommandStack();
        StringProperty level = new SimpleStringProperty("a");
        PropertyEdits.trackMerging(stack, level, now -> "Set " + now);
        level.set("b");
        stack.markSaved();

        level.set("c");
        stack.undo();

        assertEquals("b", level.get());
        assertFalse(stack.modifiedProperty().get());
    }

    @Test
    void track_undoDoesNotRecordItsOwnChange() {
        CommandStack stack = new CommandStack();
        StringProperty score = new SimpleStringProperty("AIPW");
        PropertyEdits.track(stack, score, now -> "Set score to " + now);
        score.set("IPW");
        score.set("AIPW");

        stack.undo();

        assertEquals("IPW", score.get());
        assertEquals(List.of("Set score to IPW"), names(stack.undoEntries()));
        assertEquals(List.of("Set score to AIPW"), names(stack.redoEntries()));
    }

    @Test
    void compound_groupsPartsIntoOneEntry() {
        CommandStack stack = new CommandStack();

        stack.compound("Add a and b", () -> {
            stack.execute(add("a"));
            stack.execute(add("b"));
        });

        assertEquals(List.of("Add a and b"), names(stack.undoEntries()));
        stack.undo();
        assertEquals(List.of(), items);
        stack.redo();
        assertEquals(List.of("a", "b"), items);
    }

    @Test
    void compound_failure_revertsPartsAndRecordsNothing() {
        CommandStack stack = new CommandStack();

        assertThrows(IllegalStateException.class, () -> stack.compound("Half", () -> {
            stack.execute(add("a"));
            throw new IllegalStateException("second step failed");
        }));

        assertEquals(List.of(), items);
        assertFalse(stack.canUndoProperty().get());
    }

    @Test
    void execute_insideApply_isNotRecorded() {
        CommandStack stack = new CommandStack();
        Command outer = Command.of("Outer", () -> stack.execute(add("inner")),
                () -> items.remove("inner"));

        stack.execute(outer);

        assertEquals(List.of("inner"), items);
        assertEquals(List.of("Outer"), names(stack.undoEntries()));
    }

    @Test
    void discard_removesMatchingEntriesAndMarksModified() {
        CommandStack stack = new CommandStack();
        Command a = add("a");
        stack.execute(a);
        stack.compound("Group", () -> stack.execute(add("b")));
        stack.execute(add("c"));
        stack.markSaved();

        int removed = stack.discard(command -> command.name().equals("Add b"));

        assertEquals(1, removed);
        assertEquals(List.of("Add a", "Add c"), names(stack.undoEntries()));
        assertTrue(stack.modifiedProperty().get());
    }

    private static List<String> names(List<Command> commands) {
        return commands.stream().map(Command::name).toList();
    }
}
