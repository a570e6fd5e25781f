package org.causalworkbench.app.command;

import java.util.List;

/**
 * Several commands that form one entry, such as opening an example that loads data, imports a
 * graph and changes settings. Redo applies the parts in order and undo reverts them in reverse
 * order.
 *
 * @param name the entry's name
 * @param parts the commands, in the order they were applied
 */
record CompoundCommand(String name, List<Command> parts) implements Command {

    CompoundCommand {
        parts = List.copyOf(parts);
    }

    @Override
    public void apply() {
        parts.forEach(Command::apply);
    }

    @Override
    public void revert() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).revert();
        }
    }
}
