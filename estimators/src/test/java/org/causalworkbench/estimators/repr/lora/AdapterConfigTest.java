package org.causalworkbench.estimators.repr.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.estimators.data.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdapterConfigTest {

    @TempDir
    Path dir;

    private Path config(String json) throws IOException {
        return Files.writeString(dir.resolve("adapter_config.json"), json);
    }

    @Test
    void read_takesRankAlphaAndFlags() throws IOException {
        Path file = config("{\"peft_type\": \"LORA\", \"r\": 16, \"lora_alpha\": 32.5,"
                + " \"target_modules\": [\"q_proj\", \"down_proj\"], \"use_rslora\": false,"
                + " \"fan_in_fan_out\": true, \"rank_pattern\": {\"layers.0.q_proj\": 4},"
                + " \"alpha_pattern\": {}, \"task_type\": \"CAUSAL_LM\"}");

        AdapterConfig config = AdapterConfig.read(file);

        assertEquals(16, config.rank());
        assertEquals(32.5, config.alpha(), 0.0);
        assertEquals(List.of("q_proj", "down_proj"), config.targetModules());
        assertFalse(config.useRslora());
        assertTrue(config.fanInFanOut());
        assertTrue(config.rankPattern());
        assertEquals(32.5 / 4, config.scale(4), 0.0);
    }

    @Test
    void read_acceptsTargetModulesAsRegularExpression() throws IOException {
        AdapterConfig config = AdapterConfig.read(config("{\"r\": 2, \"lora_alpha\": 4,"
                + " \"target_modules\": \".*proj\", \"use_rslora\": true}"));

        assertEquals(List.of(), config.targetModules());
        assertEquals(4 / Math.sqrt(9), config.scale(9), 1e-15);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"r\": 4, \"lora_alpha\": 8, \"alpha_pattern\": {\"q\": 2}}|sets alpha_pattern, which"
                + " is not supported",
        "{\"r\": 4, \"lora_alpha\": 8, \"peft_type\": \"IA3\"}|has peft_type IA3; only LORA",
        "{\"r\": 0, \"lora_alpha\": 8}|has r = 0; the rank must be a positive integer",
        "{\"r\": 4}|has no numeric lora_alpha",
        "{\"r\": 4, \"lora_alpha\": 8, \"use_rslora\": \"yes\"}|has \"use_rslora\": yes;"
                + " expected true or false",
        "[4, 8]|is not a JSON object",
        "{\"r\": 4, \"lora_alpha\": 8,}|is not valid JSON: expected a quoted key at character"
                + " 26",
    })
    void read_rejectsInvalidConfig(String json, String problem) throws IOException {
        Path file = config(json);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> AdapterConfig.read(file));

        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }
}
