package org.causalworkbench.app.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The undo and redo history of one project window. Every edit, whether of a graph, the donor
 * pool, column roles or settings, goes through {@link #execute} and becomes one named entry.
 * Running an analysis is no edit and is not recorded.
 *
 * <p>The stack remembers a saved point. {@link #modifiedProperty()} is true whenever the
 * entries applied differ from those applied at the last {@link #markSaved()}, so undoing back to
 * the saved point clears it again.
 *
 * <p>A command executed while another command is being applied or reverted is applied but not
 * recorded, because the outer command's own revert undoes it. Listeners that turn property
 * changes into commands check {@link #isApplying()} for the same reason, so that undo does not
 * record the change it makes.
 *
 * <p>Not thread-safe: use it from the JavaFX thread only. It needs no running toolkit.
 */
public final class CommandStack {

    /** The depth used by {@link #CommandStack()}. */
    public static final int DEFAULT_MAX_DEPTH = 200;

    private static final int UNREACHABLE = -1;

    private final int maxDepth;
    private final List<Command> undoList = new ArrayList<>();
    private final List<Command> redoList = new ArrayList<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    /** The undo depth at the saved point, or {@link #UNREACHABLE} once no step leads there. */
    private int savedDepth;
    private boolean applying;
    /** The commands of the compound being built, or {@code null} outside {@link #compound}. */
    private List<Command> collecting;
    /** The top entry while a following command may still merge into it, else {@code null}. */
    private Command mergeCandidate;

    /** Creates an empty stack that keeps the last {@value #DEFAULT_MAX_DEPTH} entries. */
    public CommandStack() {
        this(DEFAULT_MAX_DEPTH);
    }

    /**
     * Creates an empty stack.
     *
     * @param maxDepth how many entries undo can reach; the oldest entry is dropped beyond it
     * @throws IllegalArgumentException if {@code maxDepth} is less than 1
     */
    public CommandStack(int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("Undo depth " + maxDepth + " is invalid; use 1"
                    + " or more entries.");
        }
        this.maxDepth = maxDepth;
    }

    /**
     * Applies a command and records it as the newest entry, clearing the redo list. When the
     * command merges into the previous entry, the merged command replaces that entry.
     *
     * <p>If {@link Command#apply} throws, nothing is recorded and the exception propagates.
     * Inside another command's apply or revert, the command is applied and not recorded.
     * Inside {@link #compound}, it becomes a part of the compound entry.
     *
     * @param command the edit
     */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        if (applying) {
            command.apply();
            return;
        }
        runApplying(command::apply);
        if (collecting != null) {
            collecting.add(command);
            return;
        }
        push(command);
    }

    /**
     * Runs an action and records every command it executes as one entry with the given name.
     * An action that executes no command records nothing. A nested call joins the outer
     * compound. If the action throws, the parts executed so far are reverted in reverse order
     * and the exception propagates.
     *
     * @param name the entry's name
     * @param action the edits to group
     */
    public void compound(String name, Runnable action) {
        Objects.requireNonNull(name, "name");
        if (collecting != null || applying) {
            action.run();
            return;
        }
        List<Command> parts = new ArrayList<>();
        collecting = parts;
        try {
            action.run();
        } catch (RuntimeException | Error failed) {
            collecting = null;
            runApplying(new CompoundCommand(name, parts)::revert);
            throw failed;
        } finally {
            collecting = null;
        }
        if (!parts.isEmpty()) {
            push(new CompoundCommand(name, parts));
        }
    }

    /**
     * Runs an action without recording its changes, for the state a workspace starts from,
     * such as the sample data a tab loads when it is first shown. Commands it executes are
     * applied and property trackers skip its changes, so the project does not count as
     * modified.
     *
     * <p>NOTE: earlier entries that depend on the state the action replaces would revert onto
     * the wrong state, so call it only for a workspace that has no entries yet.
     *
     * @param action the changes to make
     */
    public void runUnrecorded(Runnable action) {
        runApplying(action);
    }

    /**
     * Reverts the newest entry and moves it to the redo list. Does nothing when there is no
     * entry. If {@link Command#revert} throws, the entry stays where it was and the exception
     * propagates.
     */
    public void undo() {
        if (undoList.isEmpty()) {
            return;
        }
        Command command = undoList.get(undoList.size() - 1);
        mergeCandidate = null;
        runApplying(command::revert);
        // A revert may discard entries, for example when it reloads an older unit table.
        if (removeLast(undoList, command)) {
            redoList.add(command);
        }
        update();
    }

    /**
     * Applies the most recently undone entry again. Does nothing when there is none. If
     * {@link Command#apply} throws, the entry stays on the redo list and the exception
     * propagates.
     */
    public void redo() {
        if (redoList.isEmpty()) {
            return;
        }
        Command command = redoList.get(redoList.size() - 1);
        mergeCandidate = null;
        runApplying(command::apply);
        if (removeLast(redoList, command)) {
            undoList.add(command);
        }
        update();
    }

    /** Removes every entry; the current state becomes the saved point, as after opening a file. */
    public void clear() {
        undoList.clear();
        redoList.clear();
        mergeCandidate = null;
        savedDepth = 0;
        update();
    }

    /** Marks the current state as saved, so {@link #modifiedProperty()} becomes false. */
    public void markSaved() {
        savedDepth = undoList.size();
        mergeCandidate = null;
        update();
    }

    /**
     * Marks the current state as never saved, so {@link #modifiedProperty()} stays true until
     * the next {@link #markSaved()}, as after recovering an autosave.
     */
    public void markUnsaved() {
        savedDepth = UNREACHABLE;
        mergeCandidate = null;
        update();
    }

    /**
     * Ends merging into the newest entry, so the next command starts a new entry even if it
     * could merge. Call it when a slider drag or a typed value is finished.
     */
    public void closeMerge() {
        mergeCandidate = null;
    }

    /**
     * Removes the entries that match, or that contain a matching part, from both lists. Use it
     * when a change outside the stack makes some entries meaningless, such as a graph editor
     * switching to another unit table. Because the saved state can then no longer be reached,
     * the project counts as modified until the next save.
     *
     * @param stale whether a command refers to state that no longer exists
     * @return how many entries were removed
     */
    public int discard(Predicate<Command> stale) {
        Predicate<Command> matches = command -> stale.test(command)
                || command instanceof CompoundCommand compound
                        && compound.parts().stream().anyMatch(stale);
        int before = undoList.size() + redoList.size();
        undoList.removeIf(matches);
        redoList.removeIf(matches);
        int removed = before - undoList.size() - redoList.size();
        if (removed > 0) {
            savedDepth = UNREACHABLE;
            mergeCandidate = null;
            update();
        }
        return removed;
    }

    /**
     * Returns whether a command is being applied or reverted now. Property listeners that
     * record user edits skip changes made while this is true.
     */
    public boolean isApplying() {
        return applying;
    }

    /** Returns the entries that undo would revert, oldest first; a copy. */
    public List<Command> undoEntries() {
        return List.copyOf(undoList);
    }

    /** Returns the entries that redo would apply, next one last; a copy. */
    public List<Command> redoEntries() {
        return List.copyOf(redoList);
    }

    /** Returns the name of the entry that undo would revert, or empty. */
    public Optional<String> undoDescription() {
        return undoList.isEmpty() ? Optional.empty()
                : Optional.of(undoList.get(undoList.size() - 1).name());
    }

    /** Returns the name of the entry that redo would apply, or empty. */
    public Optional<String> redoDescription() {
        return redoList.isEmpty() ? Optional.empty()
                : Optional.of(redoList.get(redoList.size() - 1).name());
    }

    /** Returns whether there is an entry to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Returns whether there is an entry to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Returns the name of the entry that undo would revert, empty when there is none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    /** Returns the name of the entry that redo would apply, empty when there is none. */
    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    /** Returns whether the state differs from the one at the last save, open or clear. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    private void push(Command command) {
        if (savedDepth > undoList.size()) {
            // The saved state lay among the undone entries, which this edit discards.
            savedDepth = UNREACHABLE;
        }
        redoList.clear();
        Optional<Command> merged = mergeCandidate == null || savedDepth == undoList.size()
                ? Optional.empty() : mergeCandidate.mergeWith(command);
        if (merged.isPresent() && merged.get() instanceof SetValue<?> value
                && java.util.Objects.equals(value.before(), value.after())) {
            // A drag back to where it started is no edit: drop the entry, so the state counts
            // as saved again when it was saved before the drag.
            undoList.remove(undoList.size() - 1);
            mergeCandidate = null;
            update();
            return;
        } else if (merged.isPresent()) {
            undoList.set(undoList.size() - 1, merged.get());
        } else {
            undoList.add(command);
            if (undoList.size() > maxDepth) {
                undoList.remove(0);
                savedDepth = savedDepth > 0 ? savedDepth - 1 : UNREACHABLE;
            }
        }
        mergeCandidate = undoList.get(undoList.size() - 1);
        update();
    }

    private void runApplying(Runnable action) {
        boolean outer = applying;
        applying = true;
        try {
            action.run();
        } finally {
            applying = outer;
        }
    }

    private static boolean removeLast(List<Command> list, Command command) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) == command) {
                list.remove(i);
                return true;
            }
        }
        return false;
    }

    private void update() {
        canUndo.set(!undoList.isEmpty());
        canRedo.set(!redoList.isEmpty());
        undoName.set(undoDescription().orElse(""));
        redoName.set(redoDescription().orElse(""));
        modified.set(savedDepth != undoList.size());
    }
}
