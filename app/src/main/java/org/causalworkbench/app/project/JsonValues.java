package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the JSON values of project entries. Doubles round-trip exactly (Jackson
 * writes the shortest decimal that parses back to the same double), and the non-finite values
 * JSON lacks are written as the strings "NaN", "Infinity" and "-Infinity".
 */
final class JsonValues {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private JsonValues() {
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node).concat("\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }

    /**
     * Returns the tree as it reads back from its text. Built trees may store a number as a long
     * where a parsed one stores an int, and such nodes are not equal, so results are compared in
     * this form.
     */
    static ObjectNode canonical(ObjectNode node) {
        return object("result", "result", bytes(node));
    }

    /**
     * Parses an entry as a JSON object.
     *
     * @throws ProjectFileException naming the file, the entry and the parser's message
     */
    static ObjectNode object(String file, String entry, byte[] bytes) {
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (com.fasterxml.jackson.core.JsonProcessingException invalid) {
            throw new ProjectFileException(file + ": the entry '" + entry + "' is not valid JSON ("
                    + invalid.getOriginalMessage() + "). The file was damaged or edited by hand;"
                    + " open a backup or the recovery copy.", invalid);
        } catch (IOException unreadable) {
            throw new ProjectFileException(file + ": cannot read the entry '" + entry + "': "
                    + unreadable.getMessage(), unreadable);
        }
        if (node == null || !node.isObject()) {
            throw new ProjectFileException(file + ": the entry '" + entry + "' must hold a JSON"
                    + " object; the file was damaged or edited by hand.");
        }
        return (ObjectNode) node;
    }

    static void putDouble(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.put(field, Double.toString(value));
        }
    }

    static void addDouble(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(value);
        } else {
            array.add(Double.toString(value));
        }
    }

    static ArrayNode doubles(double[] values) {
        ArrayNode array = MAPPER.createArrayNode();
        for (double value : values) {
            addDouble(array, value);
        }
        return array;
    }

    static ArrayNode matrix(double[][] rows) {
        ArrayNode array = MAPPER.createArrayNode();
        for (double[] row : rows) {
            array.add(doubles(row));
        }
        return array;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** Reads a double written by {@link #putDouble}. */
    static double toDouble(JsonNode node, String what) {
        if (node != null && node.isNumber()) {
            return node.doubleValue();
        }
        if (node != null && node.isTextual()) {
            switch (node.textValue()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(what + " must be a number, found " + node);
    }

    static double[] toDoubles(JsonNode node, String what) {
        requireArray(node, what);
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = toDouble(node.get(i), what + "[" + i + "]");
        }
        return values;
    }

    static double[][] toMatrix(JsonNode node, String what) {
        requireArray(node, what);
        double[][] rows = new double[node.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = toDoubles(node.get(i), what + "[" + i + "]");
        }
        return rows;
    }

    static List<String> toStrings(JsonNode node, String what) {
        requireArray(node, what);
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException(what + " must list texts, found " + item);
            }
            values.add(item.textValue());
        }
        return values;
    }

    static String text(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("the field '" + field + "' is missing or not a"
                    + " text");
        }
        return node.textValue();
    }

    /** Reads a required boolean field, rejecting texts such as "yes". */
    static boolean bool(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || !node.isBoolean()) {
            throw new IllegalArgumentException("the field '" + field + "' must be true or false,"
                    + " found " + node);
        }
        return node.booleanValue();
    }

    /** Reads an optional boolean field, with a default when it is missing. */
    static boolean bool(JsonNode parent, String field, boolean missing) {
        return parent == null || !parent.has(field) ? missing : bool(parent, field);
    }

    /** Reads a required whole number that fits an int. */
    static int integer(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException("the field '" + field + "' must be a whole"
                    + " number, found " + node);
        }
        return node.intValue();
    }

    /** Reads a whole number that fits an int from an array. */
    static int integer(JsonNode array, int index) {
        JsonNode node = array == null ? null : array.get(index);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new IllegalArgumentException("item " + index + " must be a whole number,"
                    + " found " + node);
        }
        return node.intValue();
    }

    /** Reads a required whole number that fits a long. */
    static long longValue(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new IllegalArgumentException("the field '" + field + "' must be a whole"
                    + " number, found " + node);
        }
        return node.longValue();
    }

    /**
     * Reads a lab panel's seed, a whole number from 0 to {@link Integer#MAX_VALUE}, the range
     * of the panels' seed fields.
     */
    static long labSeed(JsonNode parent, String field) {
        long seed = longValue(parent, field);
        if (seed < 0 || seed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the field '" + field + "' must lie in 0 to "
                    + Integer.MAX_VALUE + ", the range of the seed fields, found " + seed);
        }
        return seed;
    }

    /** Reads a required enum constant by name, listing the valid names when it is unknown. */
    static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode parent, String field) {
        String name = text(parent, field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("the field '" + field + "' has the unknown value '"
                + name + "'; expected one of " + java.util.Arrays.toString(
                        type.getEnumConstants()).replaceAll("[\\[\\]]", ""));
    }

    /** Returns a required object field. */
    static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("the field '" + field + "' must be a JSON"
                    + " object, found " + node);
        }
        return node;
    }

    private static void requireArray(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(what + " must be a JSON array, found " + node);
        }
    }
}
