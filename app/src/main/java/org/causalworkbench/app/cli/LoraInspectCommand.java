package org.causalworkbench.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.repr.lora.LoraAdapter;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum;

/**
 * The {@code lora-inspect} command: reads a PEFT LoRA adapter folder and writes the singular
 * values of every module's update {@code scale * B * A} as JSON.
 */
final class LoraInspectCommand {

    static final String USAGE = "usage: lora-inspect DIR [--out FILE]";
    static final String OPTIONS = """
              DIR            a PEFT LoRA adapter folder with adapter_config.json and
                             adapter_model.safetensors (F32, F16, BF16 or F64 tensors)
              --out FILE     write the JSON to FILE instead of standard output

            The JSON lists one entry per module: name, rank r, lora_alpha, the singular values
            of scale * B * A (largest first), the scale (alpha / r, or alpha / sqrt(r) with
            use_rslora) and the shape [out, in] of the update.""";

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
        Options options = Options.parse(args.subList(1, args.size()), Set.of("--out"),
                Set.of(), USAGE);
        Path out = options.get("--out").map(Path::of).orElse(null);
        if (out != null) {
            Path target = out.toAbsolutePath().normalize();
            for (String input : List.of(LoraAdapter.CONFIG_FILE, LoraAdapter.WEIGHTS_FILE)) {
                if (target.equals(folder.resolve(input).toAbsolutePath().normalize())) {
                    throw new IllegalArgumentException("--out names the adapter's " + input
                            + "; writing there would destroy the adapter, so choose another"
                            + " file");
                }
            }
        }
        LoraAdapter adapter = LoraAdapter.read(folder);
        List<ModuleSpectrum> spectra = ModuleSpectrum.of(adapter, ProgressSink.NONE,
                CancellationToken.NEVER);
        return new Output(toJson(spectra), out);
    }

    /** Formats the spectra; the first four keys of each module are fixed, later ones may grow. */
    static String toJson(List<ModuleSpectrum> spectra) {
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
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a JSON tree built in memory failed to serialise",
                    impossible);
        }
    }
}
