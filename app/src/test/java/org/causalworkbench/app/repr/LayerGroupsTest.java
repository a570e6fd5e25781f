package org.causalworkbench.app.repr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerGroupsTest {

    @Test
    void projection_replacesLayerNumber() {
        assertEquals("model.layers.*.mlp.down_proj",
                LayerGroups.projection("model.layers.17.mlp.down_proj"));
        assertEquals("lm_head", LayerGroups.projection("lm_head"));
        assertEquals("h.*.attn.c_attn2", LayerGroups.projection("h.3.attn.c_attn2"));
    }

    @Test
    void layerLabel_namesLayerOrModule() {
        assertEquals("layer 17", LayerGroups.layerLabel("model.layers.17.mlp.down_proj"));
        assertEquals("lm_head", LayerGroups.layerLabel("lm_head"));
    }

    @Test
    void shortNames_keepsJustEnoughParts() {
        assertEquals(List.of("q_proj", "v_proj"),
                LayerGroups.shortNames(List.of("a.0.q_proj", "a.0.v_proj")));
        assertEquals(List.of("0.q_proj", "1.q_proj"),
                LayerGroups.shortNames(List.of("a.0.q_proj", "a.1.q_proj")));
        assertEquals(List.of("x", "x"), LayerGroups.shortNames(List.of("x", "x")));
    }
}
