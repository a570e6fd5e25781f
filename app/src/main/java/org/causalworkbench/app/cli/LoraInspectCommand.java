package org.causalworkbench.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.lora.DirectionCosines;
import org.causalworkbench.estimators.repr.lora.LoraAdapter;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum.Side;

/**
 * The {@code lora-inspect} command: reads a PEFT LoRA adapter folder and writes the singular
 * values of every module's update {@code scale * B * A} as JSON, optionally with |cos| between
 * its top directions and a second adapter's.
 */
final class LoraInspectCommand {

    static final String USAGE = "usage: causal-workbench lora-inspect DIR [--compare DIR2]"
            + " [--out FILE]";
    static final String OPTIONS = """
              DIR            a PEFT LoRA adapter folder with adapter_config.json and
                             adapter_model.safetensors (F32, F16, BF16 or F64 tensors)
              --compare DIR2 a second adapter folder; adds |cos| between the top output
                             directions of the modules both adapters have
              --out FILE     write the JSON to FILE instead of standard output

            The JSON lists one entry per module: name, rank r, lora_alpha, the singular values
            of scale * B * A (largest first), the scale (alpha / r, or alpha / sqrt(r) with
            use_rslora) and the shape [out, in] of the update. With --compare it adds
            "comparison": {"adapter": DIR2, "side": "output", "direction": 0, "matched":
            {module: |cos|}}, in DIR's module order. |cos| is null where the two modules'
            output dimensions differ, or where either update is zero (as in a freshly
            initialised adapter) and so defines no direction.""";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON text and the file to write it to, or null for standard output. */
    record Output(String json, Path out) {
    }

    private LoraInspectCommand() {
    }

    static Output run(List<String> args) throws IOException {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new IllegalArgumentException("missing the adapter folder; " + USAGE);
        }
        Path folder = Path.of(args.get(0));
        Options options = Options.parse(args.subList(1, args.size()),
                Set.of("--out", "--compare"), Set.of(), USAGE);
        Path out = options.get("--out").map(Path::of).orElse(null);
        Path compare = options.get("--compare").map(Path::of).orElse(null);
        if (out != null) {
            rejectOutOverInput(out, folder);
            if (compare != null) {
                rejectOutOverInput(out, compare);
            }
        }
        List<ModuleSpectrum> spectra = spectra(folder);
        String json = compare == null ? toJson(spectra)
                : toJson(spectra, compare, DirectionCosines.matchedByName(spectra,
                        spectra(compare), Side.OUTPUT, 0));
        return new Output(json, out);
    }

    private static void rejectOutOverInput(Path out, Path folder) {
        Path target = out.toAbsolutePath().normalize();
        for (String input : List.of(LoraAdapter.CONFIG_FILE, LoraAdapter.WEIGHTS_FILE)) {
            if (target.equals(folder.resolve(input).toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("--out names the adapter's " + input
                        + "; writing there would destroy the adapter, so choose another"
                        + " file");
            }
        }
    }

    private static List<ModuleSpectrum> spectra(Path folder) throws IOException {
        return ModuleSpectrum.of(LoraAdapter.read(folder), ProgressSink.NONE,
                CancellationToken.NEVER);
    }

    /** Formats the spectra; the first four keys of each module are fixed, later ones may grow. */
    static String toJson(List<ModuleSpectrum> spectra) {
        return write(modules(spectra));
    }

    /**
     * Formats the spectra and the comparison with a second adapter.
     *
     * @param spectra the first adapter's spectra
     * @param compare the second adapter's folder, as given
     * @param matched module name to |cos| of the top output directions, NaN where the
     *     dimensions differ or an update is zero, which JSON writes as null
     */
    static String toJson(List<ModuleSpectrum> spectra, Path compare,
            Map<String, Double> matched) {
        ObjectNode root = modules(spectra);
        ObjectNode comparison = root.putObject("comparison");
        comparison.put("adapter", compare.toString());
        comparison.put("side", "output");
        comparison.put("direction", 0);
        ObjectNode cosines = comparison.putObject("matched");
        matched.forEach((module, cosine) -> {
            if (Double.isFinite(cosine)) {
                cosines.put(module, cosine);
            } else {
                cosines.putNull(module);
            }
        });
        return write(root);
    }

    private static ObjectNode modules(List<ModuleSpectrum> spectra) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode modules = root.putArray("modules");
        for (ModuleSpectrum spectrum : spectra) {
            ObjectNode module = modules.addObject();
            module.put("name", spectrum.name());
            module.put("rank", spectrum.rank());
            module.put("alpha", spectrum.alpha());
            ArrayNode values = module.putArray("singularValues");
            for (double value : spectrum.singularValues()) {
                values.add(value);
            }
            module.put("scale", spectrum.scale());
            module.putArray("shape").add(spectrum.outputs()).add(spectrum.inputs());
        }
        return root;
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree built in memory failed to serialise",
                    impossible);
        }
    }
}
