package org.causalworkbench.estimators.repr.lora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.causalworkbench.estimators.data.DataFormatException;

/**
 * A PEFT LoRA adapter read from its folder: {@code adapter_config.json} and
 * {@code adapter_model.safetensors}.
 *
 * <p>Tensors named {@code PREFIX.lora_A.weight} and {@code PREFIX.lora_B.weight} (or
 * {@code PREFIX.lora_embedding_A} and {@code PREFIX.lora_embedding_B} for embeddings) form the
 * module {@code PREFIX}. A is r x in and B is out x r. Other tensors, such as fully trained
 * {@code modules_to_save} weights, are listed in {@link #otherTensors()} and not analysed.
 * Modules are sorted by name with numbers compared by value, so layer 10 follows layer 9.
 *
 * <p><strong>Limitations.</strong> Per-module alphas ({@code alpha_pattern}) and DoRA are
 * rejected. For embeddings and {@code fan_in_fan_out} layers PEFT stores the base weight
 * transposed; the singular values are the same, but the output and input sides of the
 * directions then refer to B's rows and A's columns, not to the stored weight's rows and columns.
 *
 * @param folder the adapter folder
 * @param config the adapter's settings
 * @param modules the paired factors, in name order
 * @param otherTensors the names of tensors that are not LoRA factors
 */
public record LoraAdapter(Path folder, AdapterConfig config, List<LoraModule> modules,
        List<String> otherTensors) {

    /** The configuration file inside an adapter folder. */
    public static final String CONFIG_FILE = "adapter_config.json";
    /** The weights file inside an adapter folder. */
    public static final String WEIGHTS_FILE = "adapter_model.safetensors";

    private static final Pattern FACTOR = Pattern.compile(
            "(.+)\\.lora_(A|B)\\.weight|(.+)\\.lora_embedding_(A|B)");

    /** Creates the adapter and copies the lists. */
    public LoraAdapter {
        modules = List.copyOf(modules);
        otherTensors = List.copyOf(otherTensors);
    }

    /**
     * Reads an adapter folder.
     *
     * @param folder the folder with {@code adapter_config.json} and
     *     {@code adapter_model.safetensors}
     * @return the adapter
     * @throws DataFormatException if a file is missing or malformed, a factor has no partner, or
     *     the factors' shapes do not chain. The message names the file or module.
     * @throws IOException if a file cannot be read
     */
    public static LoraAdapter read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new DataFormatException(folder + " is not a folder; give the adapter folder"
                    + " that contains " + CONFIG_FILE + " and " + WEIGHTS_FILE + ".");
        }
        Path configFile = folder.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(configFile)) {
            throw new DataFormatException(folder + " has no " + CONFIG_FILE + "; the folder"
                    + " must be a PEFT adapter saved with save_pretrained.");
        }
        Path weightsFile = folder.resolve(WEIGHTS_FILE);
        if (!Files.isRegularFile(weightsFile)) {
            String hint = Files.exists(folder.resolve("adapter_model.bin"))
                    ? "; only adapter_model.bin is present, a pickle file that is not read, so"
                            + " save the adapter again with safe_serialization=True"
                    : "; the folder must be a PEFT adapter saved with save_pretrained";
            throw new DataFormatException(folder + " has no " + WEIGHTS_FILE + hint + ".");
        }
        AdapterConfig config = AdapterConfig.read(configFile);
        SafetensorsFile weights = SafetensorsFile.open(weightsFile);

        Map<String, TensorEntry[]> pairs = new TreeMap<>(NaturalOrder.INSTANCE);
        List<String> others = new ArrayList<>();
        for (TensorEntry entry : weights.tensors()) {
            Matcher factor = FACTOR.matcher(entry.name());
            if (!factor.matches()) {
                others.add(entry.name());
                continue;
            }
            String module = factor.group(1) != null ? factor.group(1) : factor.group(3);
            String side = factor.group(2) != null ? factor.group(2) : factor.group(4);
            TensorEntry[] pair = pairs.computeIfAbsent(module, name -> new TensorEntry[2]);
            int slot = side.equals("A") ? 0 : 1;
            if (pair[slot] != null) {
                throw SafetensorsFile.problem(weightsFile, "has two lora_" + side
                        + " tensors for module " + module + ": " + pair[slot].name() + " and "
                        + entry.name());
            }
            pair[slot] = entry;
        }

        List<LoraModule> modules = new ArrayList<>(pairs.size());
        for (Map.Entry<String, TensorEntry[]> pair : pairs.entrySet()) {
            FactorShapes.check(weightsFile, pair.getKey(), pair.getValue()[0],
                    pair.getValue()[1], config);
            int rank = Math.toIntExact(pair.getValue()[0].shape().get(0));
            modules.add(new LoraModule(pair.getKey(),
                    weights.readMatrix(pair.getValue()[1].name()),
                    weights.readMatrix(pair.getValue()[0].name()), config.alpha(),
                    config.scale(rank)));
        }
        if (modules.isEmpty()) {
            throw SafetensorsFile.problem(weightsFile, "contains no lora_A and lora_B tensors;"
                    + " it is not a LoRA adapter");
        }
        return new LoraAdapter(folder, config, modules, others);
    }
}
