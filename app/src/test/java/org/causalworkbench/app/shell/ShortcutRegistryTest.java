package org.causalworkbench.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** Checks the shortcut registry's rules on the standard shortcuts and on planted mistakes. */
class ShortcutRegistryTest {

    private static KeyCodeCombination shortcut(KeyCode code, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] modifiers = new KeyCombination.Modifier[more.length + 1];
        modifiers[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, modifiers, 1, more.length);
        return new KeyCodeCombination(code, modifiers);
    }

    @Test
    void standardRegistry_hasNoConflicts() {
        List<String> conflicts = Shortcuts.standard().conflicts();

        assertTrue(conflicts.isEmpty(), String.join("\n", conflicts));
    }

    @Test
    void plantedDuplicate_isReported() {
        ShortcutRegistry registry = new ShortcutRegistry()
                .register(Shortcut.of("a.run", "Run", ShortcutScope.WINDOW,
                        shortcut(KeyCode.R)))
                .register(Shortcut.of("a.reload", "Reload", ShortcutScope.WINDOW,
                        shortcut(KeyCode.F), shortcut(KeyCode.R)));

        List<String> conflicts = registry.conflicts();

        assertEquals(1, conflicts.size(), conflicts.toString());
        assertTrue(conflicts.get(0).contains("a.run"), conflicts.get(0));
        assertTrue(conflicts.get(0).contains("a.reload"), conflicts.get(0));
    }

    @Test
    void shiftAny_overlapsShiftedCombination() {
        ShortcutRegistry registry = new ShortcutRegistry()
                .register(Shortcut.of("zoom", "Zoom", ShortcutScope.GRAPH_CANVAS,
                        shortcut(KeyCode.EQUALS, KeyCombination.SHIFT_ANY)))
                .register(Shortcut.of("other", "Other", ShortcutScope.GRAPH_CANVAS,
                        shortcut(KeyCode.EQUALS, KeyCombination.SHIFT_DOWN)));

        assertEquals(1, registry.conflicts().size());
    }

    @Test
    void sameKeysInTwoNarrowScopes_areAllowed() {
        ShortcutRegistry registry = new ShortcutRegistry()
                .register(Shortcut.of("graph.delete", "Delete", ShortcutScope.GRAPH_CANVAS,
                        new KeyCodeCombination(KeyCode.DELETE)))
                .register(Shortcut.of("field.delete", "Delete", ShortcutScope.SETTINGS,
                        new KeyCodeCombination(KeyCode.DELETE)));

        assertTrue(registry.conflicts().isEmpty());
    }

    @Test
    void windowShortcut_conflictsWithNarrowScope() {
        ShortcutRegistry registry = new ShortcutRegistry()
                .register(Shortcut.of("window.undo", "Undo", ShortcutScope.WINDOW,
                        shortcut(KeyCode.Z)))
                .register(Shortcut.of("graph.undo", "Undo", ShortcutScope.GRAPH_CANVAS,
                        shortcut(KeyCode.Z)));

        assertEquals(1, registry.conflicts().size());
    }

    @Test
    void shiftDownAndUp_doNotOverlap() {
        assertFalse(ShortcutRegistry.overlap(shortcut(KeyCode.Z),
                shortcut(KeyCode.Z, KeyCombination.SHIFT_DOWN)));
    }

    @Test
    void hardCodedControl_isRejected() {
        ShortcutRegistry registry = new ShortcutRegistry();
        Shortcut control = Shortcut.of("x", "X", ShortcutScope.WINDOW,
                new KeyCodeCombination(KeyCode.X, KeyCombination.CONTROL_DOWN));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> registry.register(control));
        assertTrue(error.getMessage().contains("SHORTCUT_DOWN"), error.getMessage());
    }

    @Test
    void duplicateId_isRejected() {
        ShortcutRegistry registry = new ShortcutRegistry()
                .register(Shortcut.of("x", "X", ShortcutScope.WINDOW, shortcut(KeyCode.X)));
        Shortcut again = Shortcut.of("x", "Other", ShortcutScope.WINDOW, shortcut(KeyCode.K));

        assertThrows(IllegalArgumentException.class, () -> registry.register(again));
    }

    @Test
    void unknownId_namesTheId() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Shortcuts.get("window.nothing"));
        assertTrue(error.getMessage().contains("window.nothing"), error.getMessage());
    }

    @Test
    void standardRegistry_usesShortcutModifierOnly() {
        for (Shortcut entry : Shortcuts.standard().all()) {
            for (KeyCombination combination : entry.combinations()) {
                assertEquals(KeyCombination.ModifierValue.UP, combination.getControl(),
                        entry.id());
                assertEquals(KeyCombination.ModifierValue.UP, combination.getMeta(),
                        entry.id());
            }
        }
    }

    @Test
    void standardRegistry_coversMovedKeys() {
        ShortcutRegistry registry = Shortcuts.standard();

        assertEquals(shortcut(KeyCode.R), registry.get(Shortcuts.RUN).primary());
        assertEquals(shortcut(KeyCode.O), registry.get(Shortcuts.OPEN_CSV).primary());
        assertEquals(shortcut(KeyCode.Q), registry.get(Shortcuts.QUIT).primary());
        assertEquals(shortcut(KeyCode.Z), registry.get(Shortcuts.UNDO).primary());
        assertEquals(2, registry.get(Shortcuts.REDO).combinations().size());
        assertEquals(2, registry.get(Shortcuts.GRAPH_DELETE).combinations().size());
        assertEquals(new KeyCodeCombination(KeyCode.ESCAPE),
                registry.get(Shortcuts.GRAPH_CLEAR_SELECTION).primary());
        assertEquals(new KeyCodeCombination(KeyCode.ENTER),
                registry.get(Shortcuts.RUN_FROM_FIELD).primary());
    }

    @Test
    void byScope_groupsInDeclarationOrder() {
        List<ShortcutScope> scopes = List.copyOf(Shortcuts.standard().byScope().keySet());

        assertEquals(List.of(ShortcutScope.WINDOW, ShortcutScope.SETTINGS,
                ShortcutScope.GRAPH_CANVAS), scopes);
    }

    @Test
    void emptyCombinations_areRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Shortcut("x", "X", ShortcutScope.WINDOW, List.of()));
    }
}
