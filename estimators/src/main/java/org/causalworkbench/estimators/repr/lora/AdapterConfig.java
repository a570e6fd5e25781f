package org.causalworkbench.estimators.repr.lora;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * The settings of a PEFT LoRA adapter that fix the scale of its update, read from
 * {@code adapter_config.json}.
 *
 * <p>The update of one module is {@code scale * B * A}, where {@code scale} is
 * {@code alpha / r}, or {@code alpha / sqrt(r)} when PEFT's rank-stabilised LoRA
 * ({@code use_rslora}) is on.
 *
 * @param rank the rank r ({@code "r"})
 * @param alpha the scaling numerator ({@code "lora_alpha"})
 * @param targetModules the adapted module names ({@code "target_modules"}); empty when the
 *     config names none or gives a regular expression
 * @param useRslora whether the scale is {@code alpha / sqrt(r)} ({@code "use_rslora"})
 * @param fanInFanOut whether the base layer stores its weight as (in, out)
 *     ({@code "fan_in_fan_out"}); the factors keep their (r, in) and (out, r) shapes either way
 * @param rankPattern whether the config gives per-module ranks ({@code "rank_pattern"})
 */
public record AdapterConfig(int rank, double alpha, List<String> targetModules,
        boolean useRslora, boolean fanInFanOut, boolean rankPattern) {

    /** Creates the configuration and copies the module list. */
    public AdapterConfig {
        targetModules = List.copyOf(targetModules);
    }

    /**
     * Returns the scale of a module of rank {@code moduleRank}: {@code alpha / r}, or
     * {@code alpha / sqrt(r)} with rank-stabilised LoRA.
     */
    public double scale(int moduleRank) {
        return useRslora ? alpha / Math.sqrt(moduleRank) : alpha / moduleRank;
    }

    /**
     * Reads {@code adapter_config.json}.
     *
     * @param file the file
     * @return the configuration
     * @throws DataFormatException if the file is not valid JSON, lacks {@code r} or
     *     {@code lora_alpha}, or requests a variant whose update is not {@code scale * B * A}
     * @throws IOException if the file cannot be read
     */
    public static AdapterConfig read(Path file) throws IOException {
        Map<?, ?> fields = parse(file);
        rejectVariant(file, fields, "use_dora", "DoRA rescales the update per column");
        if (fields.get("alpha_pattern") instanceof Map<?, ?> pattern && !pattern.isEmpty()) {
            throw SafetensorsFile.problem(file, "sets alpha_pattern, which is not supported;"
                    + " per-module alphas would make the reported scales wrong");
        }
        Object peftType = fields.get("peft_type");
        if (peftType != null && !"LORA".equals(peftType)) {
            throw SafetensorsFile.problem(file, "has peft_type " + peftType + "; only LORA"
                    + " adapters can be inspected");
        }

        long rank = whole(file, fields, "r");
        if (rank < 1 || rank > Integer.MAX_VALUE) {
            throw SafetensorsFile.problem(file, "has r = " + rank + "; the rank must be a"
                    + " positive integer");
        }
        if (!(fields.get("lora_alpha") instanceof Number alpha)
                || !Double.isFinite(alpha.doubleValue())) {
            throw SafetensorsFile.problem(file, "has no numeric lora_alpha");
        }

        List<String> targets = fields.get("target_modules") instanceof List<?> names
                ? names.stream().map(String::valueOf).toList() : List.of();
        boolean rankPattern = fields.get("rank_pattern") instanceof Map<?, ?> pattern
                && !pattern.isEmpty();
        return new AdapterConfig((int) rank, alpha.doubleValue(), targets,
                flag(file, fields, "use_rslora"), flag(file, fields, "fan_in_fan_out"),
                rankPattern);
    }

    private static Map<?, ?> parse(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException invalid) {
            throw new DataFormatException(file + " is not valid UTF-8; save it as UTF-8 JSON.",
                    invalid);
        }
        Object root;
        try {
            root = JsonText.parse(text, file.toString());
        } catch (IllegalArgumentException invalid) {
            throw new DataFormatException(invalid.getMessage() + "; fix the JSON.", invalid);
        }
        if (!(root instanceof Map<?, ?> fields)) {
            throw SafetensorsFile.problem(file, "is not a JSON object");
        }
        return fields;
    }

    private static long whole(Path file, Map<?, ?> fields, String key) {
        if (!(fields.get(key) instanceof Long value)) {
            throw SafetensorsFile.problem(file, "has no integer \"" + key + "\"; a PEFT LoRA"
                    + " config names its rank there");
        }
        return value;
    }

    private static boolean flag(Path file, Map<?, ?> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean flag)) {
            throw SafetensorsFile.problem(file, "has \"" + key + "\": " + value
                    + "; expected true or false");
        }
        return flag;
    }

    private static void rejectVariant(Path file, Map<?, ?> fields, String key, String reason) {
        if (Boolean.TRUE.equals(fields.get(key))) {
            throw SafetensorsFile.problem(file, "sets " + key + ", which is not supported: "
                    + reason + ", so the update is not scale * B * A");
        }
    }
}
