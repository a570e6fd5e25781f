package org.causalworkbench.estimators.repr.lora;

import java.nio.file.Path;

/** Checks that the A and B tensors of one module exist and that B * A is defined. */
final class FactorShapes {

    private FactorShapes() {
    }

    /**
     * Checks one module's factors.
     *
     * @param file the weights file, for messages
     * @param module the module name
     * @param a the lora_A entry, r x in, or null when missing
     * @param b the lora_B entry, out x r, or null when missing
     * @param config the adapter config, whose rank the factors must match unless it sets
     *     {@code rank_pattern}
     */
    static void check(Path file, String module, TensorEntry a, TensorEntry b,
            AdapterConfig config) {
        if (a == null || b == null) {
            String present = a == null ? "lora_B" : "lora_A";
            String missing = a == null ? "lora_A" : "lora_B";
            throw SafetensorsFile.problem(file, "has " + present + " but no " + missing
                    + " for module " + module + "; the update needs both factors");
        }
        if (a.shape().size() != 2 || b.shape().size() != 2) {
            throw SafetensorsFile.problem(file, "module " + module + " has lora_A of shape "
                    + a.shapeText() + " and lora_B of shape " + b.shapeText()
                    + "; both factors must be matrices");
        }
        long rank = a.shape().get(0);
        if (b.shape().get(1) != rank) {
            throw SafetensorsFile.problem(file, "module " + module + " has lora_B of shape "
                    + b.shapeText() + " and lora_A of shape " + a.shapeText()
                    + ", which do not chain; B must be out x r and A r x in with the same r");
        }
        if (rank == 0) {
            throw SafetensorsFile.problem(file, "module " + module + " has rank 0");
        }
        if (!config.rankPattern() && rank != config.rank()) {
            throw SafetensorsFile.problem(file, "module " + module + " has rank " + rank
                    + " but " + LoraAdapter.CONFIG_FILE + " sets r = " + config.rank()
                    + " and no rank_pattern; the config belongs to another adapter");
        }
    }
}
