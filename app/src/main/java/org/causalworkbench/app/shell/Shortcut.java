package org.causalworkbench.app.shell;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One command's keyboard shortcut: a stable id, a description for the cheat sheet and
 * tooltips, the scope it acts in and one or more key combinations, the first being the one
 * menus show.
 *
 * @param id stable identifier such as {@code "window.run"}
 * @param description what the command does, as a sentence fragment starting with a verb
 * @param scope where the shortcut acts
 * @param combinations the key combinations, primary first
 */
public record Shortcut(String id, String description, ShortcutScope scope,
        List<KeyCombination> combinations) {

    /** Words for keys whose platform text is blank, a control character or a lone sign. */
    private static final Map<KeyCode, String> KEY_NAMES = Map.of(
            KeyCode.ENTER, "Enter",
            KeyCode.PLUS, "Plus",
            KeyCode.MINUS, "Minus",
            KeyCode.ADD, "Numpad Plus",
            KeyCode.SUBTRACT, "Numpad Minus");

    /** Checks the fields and copies the combinations. */
    public Shortcut {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scope, "scope");
        if (id.isBlank()) {
            throw new IllegalArgumentException("shortcut id is blank; give a stable id such as"
                    + " \"window.run\"");
        }
        if (combinations == null || combinations.isEmpty()) {
            throw new IllegalArgumentException("shortcut " + id + " has no key combination;"
                    + " give at least one");
        }
        combinations = List.copyOf(combinations);
    }

    /**
     * Creates a shortcut.
     *
     * @param id stable identifier
     * @param description what the command does
     * @param scope where the shortcut acts
     * @param combinations the key combinations, primary first
     * @return the shortcut
     */
    public static Shortcut of(String id, String description, ShortcutScope scope,
            KeyCombination... combinations) {
        return new Shortcut(id, description, scope, List.of(combinations));
    }

    /** Returns the combination that menus and tooltips show. */
    public KeyCombination primary() {
        return combinations.get(0);
    }

    /** Returns the platform's text for every combination, such as "Ctrl+Y or Ctrl+Shift+Z". */
    public String displayText() {
        return combinations.stream().map(Shortcut::displayText)
                .collect(Collectors.joining(" or "));
    }

    /**
     * Returns the platform's text for one combination, with a word in place of keys whose
     * platform text is blank or reads as a modifier separator, such as Enter and Plus.
     *
     * @param combination the combination
     * @return the text, such as "Ctrl+Plus" or "Enter"
     */
    public static String displayText(KeyCombination combination) {
        String text = combination.getDisplayText();
        if (combination instanceof KeyCodeCombination code
                && KEY_NAMES.containsKey(code.getCode())) {
            String keyText = new KeyCodeCombination(code.getCode()).getDisplayText();
            String modifiers = text.endsWith(keyText)
                    ? text.substring(0, text.length() - keyText.length()) : "";
            return modifiers + KEY_NAMES.get(code.getCode());
        }
        return text;
    }

    /**
     * Returns a tooltip text: the label followed by the key text in brackets.
     *
     * @param label what the control does, such as "Undo add edge A -- B"
     * @return the label with the key text appended
     */
    public String tooltip(String label) {
        return label + " (" + displayText() + ")";
    }

    /**
     * Returns whether a key event matches any of the combinations.
     *
     * @param event a key-pressed event
     * @return true when one combination matches
     */
    public boolean matches(KeyEvent event) {
        return combinations.stream().anyMatch(combination -> combination.match(event));
    }
}
