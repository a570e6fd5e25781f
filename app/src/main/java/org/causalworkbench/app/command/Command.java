package org.causalworkbench.app.command;

import java.util.Objects;
import java.util.Optional;

/**
 * One undoable edit of the project, such as "Add edge A -- B" or "Exclude donor Utah".
 * {@link #revert} must restore exactly the state that {@link #apply} started from, so the
 * {@link CommandStack} can replay entries in either direction. A command that throws from
 * {@link #apply} must leave the state as it found it.
 */
public interface Command {

    /** Returns the name shown in the Edit menu, for example "Add edge A -- B". */
    String name();

    /** Applies the edit. */
    void apply();

    /** Undoes the edit. */
    void revert();

    /**
     * Returns one command that has the effect of this command followed by {@code later}, or
     * empty when the two stay separate entries. The stack calls this only when {@code later}
     * is executed straight after this command, so one slider drag or one typed value can
     * become a single entry. The default keeps every command separate.
     *
     * @param later the command executed just now, already applied
     */
    default Optional<Command> mergeWith(Command later) {
        return Optional.empty();
    }

    /**
     * Creates a command from two actions.
     *
     * @param name the name shown in the Edit menu
     * @param apply makes the edit
     * @param revert undoes it
     */
    static Command of(String name, Runnable apply, Runnable revert) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(apply, "apply");
        Objects.requireNonNull(revert, "revert");
        return new Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void apply() {
                apply.run();
            }

            @Override
            public void revert() {
                revert.run();
            }
        };
    }
}
