package org.causalworkbench.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.causalworkbench.estimators.data.ColumnType;
import org.causalworkbench.estimators.data.ImportSettings;

/** Writes the import wizard's settings into a project and reads them back. */
final class ImportSettingsJson {

    private ImportSettingsJson() {
    }

    static ObjectNode toJson(ImportSettings settings) {
        ObjectNode node = JsonValues.MAPPER.createObjectNode();
        node.put("charset", settings.charset());
        node.put("delimiter", String.valueOf(settings.delimiter()));
        node.put("decimalSeparator", String.valueOf(settings.decimalSeparator()));
        node.put("headerRow", settings.headerRow());
        node.set("missingCodes", JsonValues.strings(settings.missingCodes()));
        ObjectNode perColumn = node.putObject("columnMissingCodes");
        settings.columnMissingCodes().forEach((column, codes) ->
                perColumn.set(column, JsonValues.strings(codes)));
        ObjectNode types = node.putObject("columnTypes");
        settings.columnTypes().forEach((column, type) -> types.put(column, type.name()));
        if (settings.indexColumn() == null) {
            node.putNull("indexColumn");
        } else {
            node.put("indexColumn", settings.indexColumn());
        }
        node.set("ignoredColumns", JsonValues.strings(settings.ignoredColumns()));
        return node;
    }

    static ImportSettings fromJson(JsonNode node) {
        Map<String, java.util.List<String>> perColumn = new LinkedHashMap<>();
        node.path("columnMissingCodes").fields().forEachRemaining(field ->
                perColumn.put(field.getKey(), JsonValues.toStrings(field.getValue(),
                        "columnMissingCodes." + field.getKey())));
        Map<String, ColumnType> types = new LinkedHashMap<>();
        node.path("columnTypes").fields().forEachRemaining(field ->
                types.put(field.getKey(), JsonValues.enumValue(ColumnType.class,
                        node.path("columnTypes"), field.getKey())));
        JsonNode index = node.get("indexColumn");
        return new ImportSettings(JsonValues.text(node, "charset"),
                single(node, "delimiter"), single(node, "decimalSeparator"),
                JsonValues.bool(node, "headerRow", true),
                JsonValues.toStrings(node.get("missingCodes"), "missingCodes"), perColumn, types,
                index == null || index.isNull() ? null : index.asText(),
                JsonValues.toStrings(node.get("ignoredColumns"), "ignoredColumns"));
    }

    private static char single(JsonNode node, String field) {
        String text = JsonValues.text(node, field);
        if (text.length() != 1) {
            throw new IllegalArgumentException("the import setting '" + field + "' must be one"
                    + " character, found '" + text + "'");
        }
        return text.charAt(0);
    }
}
