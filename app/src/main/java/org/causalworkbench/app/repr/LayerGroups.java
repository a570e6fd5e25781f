package org.causalworkbench.app.repr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.causalworkbench.estimators.repr.lora.ModuleSpectrum;

/**
 * Groups LoRA modules that are the same projection in different layers. The layer is the
 * first run of digits between dots in the module name, as in
 * {@code model.layers.12.self_attn.q_proj}, so two modules belong together when their names
 * agree everywhere except there.
 */
final class LayerGroups {

    private static final Pattern LAYER = Pattern.compile("(?<=\\.|^)(\\d+)(?=\\.|$)");

    private LayerGroups() {
    }

    /** Returns the name with the layer number replaced by {@code *}, or the name itself. */
    static String projection(String module) {
        Matcher layer = LAYER.matcher(module);
        return layer.find() ? module.substring(0, layer.start()) + "*"
                + module.substring(layer.end()) : module;
    }

    /** Returns the layer number as written in the name, or the whole name when it has none. */
    static String layerLabel(String module) {
        Matcher layer = LAYER.matcher(module);
        return layer.find() ? "layer " + layer.group(1) : module;
    }

    /** Returns the modules that share the projection of {@code module}, in their order. */
    static List<ModuleSpectrum> sameProjection(List<ModuleSpectrum> spectra,
            ModuleSpectrum module) {
        String key = projection(module.name());
        List<ModuleSpectrum> group = new ArrayList<>();
        for (ModuleSpectrum spectrum : spectra) {
            if (projection(spectrum.name()).equals(key)) {
                group.add(spectrum);
            }
        }
        return group;
    }

    /**
     * Returns the shortest trailing part of each name that still distinguishes the names, such as
     * {@code 3.self_attn.q_proj}, for axis labels.
     */
    static List<String> shortNames(List<String> names) {
        for (int parts = 1; ; parts++) {
            List<String> shortened = new ArrayList<>(names.size());
            for (String name : names) {
                shortened.add(lastParts(name, parts));
            }
            if (shortened.stream().distinct().count() == names.size()
                    || shortened.equals(names)) {
                return shortened;
            }
        }
    }

    private static String lastParts(String name, int parts) {
        int cut = name.length();
        for (int i = 0; i < parts; i++) {
            cut = name.lastIndexOf('.', cut - 1);
            if (cut < 0) {
                return name;
            }
        }
        return name.substring(cut + 1);
    }
}
