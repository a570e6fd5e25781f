package org.causalworkbench.app.command;

import java.util.List;

/**
 * Several commands that form one entry, such as opening an example that loads data, imports a
 * graph and changes settings. Redo applies the parts in order and undo reverts them in reverse
 * order; either is all or nothing when a part fails.
 *
 * @param name the entry's name
 * @param parts the commands, in the order they were applied
 */
record CompoundCommand(String name, List<Command> parts) implements Command {

    CompoundCommand {
        parts = List.copyOf(parts);
    }

    /**
     * Applies the parts in order. If a part fails, the parts already applied are reverted, so
     * a failed redo leaves the state as it was, and the failure propagates.
     */
    @Override
    public void apply() {
        int applied = 0;
        try {
            for (Command part : parts) {
                part.apply();
                applied++;
            }
        } catch (RuntimeException | Error failed) {
            for (int i = applied - 1; i >= 0; i--) {
                parts.get(i).revert();
            }
            throw failed;
        }
    }

    /**
     * Reverts the parts in reverse order. If a part fails, the parts already reverted are
     * applied again, so a failed undo leaves the state as it was, and the failure propagates.
     */
    @Override
    public void revert() {
        int reverted = 0;
        try {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).revert();
                reverted++;
            }
        } catch (RuntimeException | Error failed) {
            for (int i = parts.size() - reverted; i < parts.size(); i++) {
                parts.get(i).apply();
            }
            throw failed;
        }
    }
}
