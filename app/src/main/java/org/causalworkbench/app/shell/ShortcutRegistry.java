package org.causalworkbench.app.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the workbench, in registration order. Menus, tooltips, key
 * handlers and the cheat sheet read their combinations from here, so a shortcut changes in one
 * place.
 *
 * <p>Combinations must use {@link KeyCombination#SHORTCUT_DOWN} for the command key, which is
 * Cmd on macOS and Ctrl elsewhere. A hard-coded Ctrl or Meta is rejected.
 */
public final class ShortcutRegistry {

    private final Map<String, Shortcut> shortcuts = new LinkedHashMap<>();

    /**
     * Adds a shortcut.
     *
     * @param shortcut the shortcut
     * @return this registry
     * @throws IllegalArgumentException when the id is taken or a combination hard-codes Ctrl
     *         or Meta
     */
    public ShortcutRegistry register(Shortcut shortcut) {
        for (KeyCombination combination : shortcut.combinations()) {
            if (combination.getControl() == KeyCombination.ModifierValue.DOWN
                    || combination.getMeta() == KeyCombination.ModifierValue.DOWN) {
                throw new IllegalArgumentException("shortcut " + shortcut.id() + " uses "
                        + combination.getName() + ", which hard-codes Ctrl or Meta; use"
                        + " KeyCombination.SHORTCUT_DOWN so macOS gets Cmd");
            }
        }
        if (shortcuts.putIfAbsent(shortcut.id(), shortcut) != null) {
            throw new IllegalArgumentException("shortcut id " + shortcut.id() + " is already"
                    + " registered; choose another id");
        }
        return this;
    }

    /**
     * Returns the shortcut with an id.
     *
     * @param id the id
     * @return the shortcut
     * @throws IllegalArgumentException when no shortcut has that id
     */
    public Shortcut get(String id) {
        Shortcut shortcut = shortcuts.get(id);
        if (shortcut == null) {
            throw new IllegalArgumentException("no shortcut has id " + id + "; register it in"
                    + " Shortcuts.standard() first");
        }
        return shortcut;
    }

    /** Returns every shortcut in registration order. */
    public List<Shortcut> all() {
        return List.copyOf(shortcuts.values());
    }

    /** Returns the shortcuts grouped by scope, scopes in declaration order. */
    public Map<ShortcutScope, List<Shortcut>> byScope() {
        Map<ShortcutScope, List<Shortcut>> grouped = new EnumMap<>(ShortcutScope.class);
        for (Shortcut shortcut : shortcuts.values()) {
            grouped.computeIfAbsent(shortcut.scope(), scope -> new ArrayList<>()).add(shortcut);
        }
        grouped.replaceAll((scope, list) -> Collections.unmodifiableList(list));
        return Collections.unmodifiableMap(grouped);
    }

    /**
     * Lists pairs of shortcuts that one key press would trigger together: two shortcuts of
     * the same scope, or a window-wide shortcut and one of a narrower scope, whose
     * combinations can match the same key event.
     *
     * @return one message per conflicting pair, empty when there is none
     */
    public List<String> conflicts() {
        List<String> messages = new ArrayList<>();
        List<Shortcut> list = all();
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                Shortcut first = list.get(i);
                Shortcut second = list.get(j);
                boolean sharedScope = first.scope() == second.scope()
                        || first.scope() == ShortcutScope.WINDOW
                        || second.scope() == ShortcutScope.WINDOW;
                if (sharedScope) {
                    addConflicts(first, second, messages);
                }
            }
        }
        return messages;
    }

    private static void addConflicts(Shortcut first, Shortcut second, List<String> messages) {
        for (KeyCombination a : first.combinations()) {
            for (KeyCombination b : second.combinations()) {
                if (overlap(a, b)) {
                    messages.add(a.getName() + " triggers both " + first.id() + " ("
                            + first.scope().title() + ") and " + second.id() + " ("
                            + second.scope().title() + ")");
                }
            }
        }
    }

    /**
     * Returns whether one key event can match both combinations: the same key, and for each
     * modifier either equal values or ANY on one side.
     */
    static boolean overlap(KeyCombination a, KeyCombination b) {
        if (!(a instanceof KeyCodeCombination codeA) || !(b instanceof KeyCodeCombination codeB)) {
            return a.equals(b);
        }
        return codeA.getCode() == codeB.getCode()
                && compatible(a.getShift(), b.getShift())
                && compatible(a.getControl(), b.getControl())
                && compatible(a.getAlt(), b.getAlt())
                && compatible(a.getMeta(), b.getMeta())
                && compatible(a.getShortcut(), b.getShortcut());
    }

    private static boolean compatible(KeyCombination.ModifierValue a,
            KeyCombination.ModifierValue b) {
        return a == b || a == KeyCombination.ModifierValue.ANY
                || b == KeyCombination.ModifierValue.ANY;
    }
}
