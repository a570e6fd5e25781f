package org.causalworkbench.estimators.repr.lora;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses strict JSON (RFC 8259) into maps, lists, strings, numbers, booleans and null, for the
 * safetensors header and {@code adapter_config.json}. Objects keep key order and reject duplicate
 * keys, because a header that names a tensor twice is ambiguous. Integers that fit become
 * {@link Long}, other numbers {@link Double}.
 *
 * <p>The module avoids a JSON library dependency because it reads only these two small texts.
 */
final class JsonText {

    /** Nesting beyond this depth is rejected, so a hostile header cannot overflow the stack. */
    private static final int MAX_DEPTH = 64;

    private final String text;
    private final String source;
    private int position;

    private JsonText(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /**
     * Parses one JSON value that may be followed only by white space.
     *
     * @param text the JSON text
     * @param source names the text in messages, such as {@code "the header of x.safetensors"}
     * @return the value; a JSON null is returned as {@code null}
     * @throws IllegalArgumentException if the text is not valid JSON; the message names the
     *     character position
     */
    static Object parse(String text, String source) {
        JsonText parser = new JsonText(text, source);
        parser.skipWhiteSpace();
        Object value = parser.value(0);
        parser.skipWhiteSpace();
        if (parser.position < text.length()) {
            throw parser.error("unexpected text after the JSON value");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
        if (position >= text.length()) {
            throw error("the text ends where a value is expected");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        position++;
        skipWhiteSpace();
        if (peek() == '}') {
            position++;
            return members;
        }
        while (true) {
            skipWhiteSpace();
            if (peek() != '"') {
                throw error("expected a quoted key");
            }
            int keyStart = position;
            String key = string();
            skipWhiteSpace();
            expect(':');
            skipWhiteSpace();
            Object value = value(depth + 1);
            if (members.containsKey(key)) {
                position = keyStart;
                throw error("key \"" + key + "\" appears twice");
            }
            members.put(key, value);
            skipWhiteSpace();
            char next = peek();
            position++;
            if (next == '}') {
                return members;
            }
            if (next != ',') {
                position--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> elements = new ArrayList<>();
        position++;
        skipWhiteSpace();
        if (peek() == ']') {
            position++;
            return Collections.unmodifiableList(elements);
        }
        while (true) {
            skipWhiteSpace();
            elements.add(value(depth + 1));
            skipWhiteSpace();
            char next = peek();
            position++;
            if (next == ']') {
                return Collections.unmodifiableList(elements);
            }
            if (next != ',') {
                position--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() {
        position++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                position--;
                throw error("control character U+" + String.format("%04X", (int) c)
                        + " inside a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (position >= text.length()) {
                throw error("a string is not closed");
            }
            char escape = text.charAt(position++);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(unicodeEscape());
                default -> {
                    position--;
                    throw error("invalid escape '\\" + escape + "'");
                }
            }
        }
    }

    private char unicodeEscape() {
        if (position + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position + i), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            code = code * 16 + digit;
        }
        position += 4;
        return (char) code;
    }

    private Object number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("a number needs digits");
        }
        boolean integral = true;
        if (peek() == '.') {
            integral = false;
            position++;
            if (!isDigit(peek())) {
                throw error("a decimal point needs digits after it");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            integral = false;
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!isDigit(peek())) {
                throw error("an exponent needs digits");
            }
            digits();
        }
        String literal = text.substring(start, position);
        if (integral) {
            try {
                return Long.parseLong(literal);
            } catch (NumberFormatException tooLarge) {
                return new BigDecimal(literal).doubleValue();
            }
        }
        return Double.parseDouble(literal);
    }

    private void digits() {
        while (isDigit(peek())) {
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("unexpected text; expected " + word);
        }
        position += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    /** Returns the current character, or U+0000 at the end, which no rule accepts. */
    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void skipWhiteSpace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException(source + " is not valid JSON: " + problem
                + " at character " + (position + 1));
    }
}
