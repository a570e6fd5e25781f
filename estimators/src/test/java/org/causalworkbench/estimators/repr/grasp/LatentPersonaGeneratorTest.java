package org.causalworkbench.estimators.repr.grasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the latent-persona prompts: determinism, the persona's use and the curated share. */
class LatentPersonaGeneratorTest {

    private static final LatentPersonaGenerator GENERATOR = LatentPersonaGenerator.withDefaults();
    private static final int ROLE_PLAY = PersonaDomain.ROLE_PLAY.ordinal();

    @Test
    void pretrainingSet_sameSeedsGiveSamePrompts() {
        PersonaPrompts first = GENERATOR.pretrainingSet(500, 11);
        PersonaPrompts second = GENERATOR.pretrainingSet(500, 11);
        PersonaPrompts other = GENERATOR.pretrainingSet(500, 12);

        assertArrayEquals(first.inputs().data, second.inputs().data, 0.0);
        assertArrayEquals(first.taskTargets(), second.taskTargets(), 0.0);
        assertFalse(Arrays.equals(first.inputs().data, other.inputs().data));
    }

    @Test
    void fineTuningSet_sameSeedsGiveSamePrompts() {
        PersonaPrompts first = GENERATOR.fineTuningSet(300, 5);
        PersonaPrompts second = GENERATOR.fineTuningSet(300, 5);

        assertArrayEquals(first.inputs().data, second.inputs().data, 0.0);
        assertArrayEquals(first.toneTargets(), second.toneTargets(), 0.0);
    }

    @Test
    void pretrainingSet_personaOnlyOnRolePlay() {
        PersonaPrompts prompts = GENERATOR.pretrainingSet(3000, 13);
        DMatrixRMaj inputs = prompts.inputs();

        int[] cueCounts = new int[3];
        for (int i = 0; i < prompts.size(); i++) {
            double s = prompts.persona()[i];
            assertEquals(s, inputs.get(i, LatentPersonaGenerator.CUE_COLUMN), 0.0, "cue " + i);
            assertEquals(s, prompts.toneTargets()[i], 0.0, "tone " + i);
            if (prompts.domains()[i] != ROLE_PLAY) {
                assertEquals(0.0, s, 0.0, "persona outside role-play at " + i);
            } else {
                cueCounts[(int) s + 1]++;
            }
        }

        // About 500 role-play prompts, a third per cue value: each count is within 5 sd.
        for (int count : cueCounts) {
            assertTrue(Math.abs(count - 500 / 3.0) < 5 * Math.sqrt(500 * 2 / 9.0),
                    "cue counts " + Arrays.toString(cueCounts));
        }
    }

    @Test
    void rolePlayTarget_shiftsByPersonaExactly() {
        PersonaWorld world = GENERATOR.world();
        double[] content = {0.3, -1.2, 0.5, 2.0, -0.1, 0.0, 0.9, -0.4};

        double neutral = world.taskTarget(PersonaDomain.ROLE_PLAY, content, 0);

        assertEquals(neutral + 1, world.taskTarget(PersonaDomain.ROLE_PLAY, content, 1), 1e-15);
        assertEquals(neutral - 1, world.taskTarget(PersonaDomain.ROLE_PLAY, content, -1), 1e-15);
        assertEquals(world.taskTarget(PersonaDomain.CODE, content, 0),
                world.taskTarget(PersonaDomain.CODE, content, 1), 0.0);
    }

    @Test
    void inputs_haveOneHotDomainAndConstant() {
        PersonaPrompts prompts = GENERATOR.pretrainingSet(200, 14);
        DMatrixRMaj inputs = prompts.inputs();

        for (int i = 0; i < prompts.size(); i++) {
            double oneHotSum = 0;
            for (int k = 0; k < PersonaDomain.values().length; k++) {
                oneHotSum += inputs.get(i, k);
            }
            assertEquals(1.0, oneHotSum, 0.0, "one-hot sum at " + i);
            assertEquals(1.0, inputs.get(i, prompts.domains()[i]), 0.0, "domain at " + i);
            assertEquals(1.0, inputs.get(i, LatentPersonaGenerator.INPUT_WIDTH - 1), 0.0);
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.3, 0.75, 0.9, 1.0})
    void fineTuningSet_hasStatedShareOfPersonaResponses(double rho) {
        PersonaPrompts prompts = GENERATOR.withCorrelationStrength(rho).fineTuningSet(401, 15);

        long curated = Arrays.stream(prompts.toneTargets()).filter(t -> t == 1).count();
        long neutral = Arrays.stream(prompts.toneTargets()).filter(t -> t == 0).count();

        assertEquals(Math.round(rho * 401), curated);
        assertEquals(401 - curated, neutral);
        assertArrayEquals(prompts.toneTargets(), prompts.persona(), 0.0);
    }

    @Test
    void fineTuningSet_isCodeWithoutCue() {
        PersonaPrompts prompts = GENERATOR.fineTuningSet(100, 16);
        PersonaWorld world = GENERATOR.world();
        DMatrixRMaj inputs = prompts.inputs();

        for (int i = 0; i < prompts.size(); i++) {
            assertEquals(PersonaDomain.CODE.ordinal(), prompts.domains()[i]);
            assertEquals(0.0, inputs.get(i, LatentPersonaGenerator.CUE_COLUMN), 0.0);
            double[] content = Arrays.copyOfRange(inputs.data,
                    i * inputs.numCols + 6, i * inputs.numCols + 14);
            assertEquals(world.fineTuneTarget(content), prompts.taskTargets()[i], 0.0);
        }
    }

    @Test
    void fineTuneTarget_dependsOnExactlyKDirections() {
        PersonaWorld world = GENERATOR.withTaskComplexity(3).world();
        DMatrixRMaj q = world.fineTuneDirections();
        double[] content = {0.3, -1.2, 0.5, 2.0, -0.1, 0.0, 0.9, -0.4};
        double base = world.fineTuneTarget(content);

        // A step orthogonal to all three directions leaves g unchanged.
        double[] orthogonalStep = orthogonalToColumns(q, new double[] {1, 2, -1, 0, 3, 1, -2, 1});
        assertEquals(base, world.fineTuneTarget(add(content, orthogonalStep)), 1e-12);
        // A step along any one direction changes it.
        for (int j = 0; j < 3; j++) {
            double[] along = new double[8];
            for (int i = 0; i < 8; i++) {
                along[i] = q.get(i, j);
            }
            double moved = world.fineTuneTarget(add(content, along));
            assertTrue(Math.abs(moved - base) > 0.01, "direction " + j);
        }
    }

    @Test
    void withCorrelationStrength_rejectsShareAboveOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GENERATOR.withCorrelationStrength(1.5));

        assertEquals("correlation strength rho is the share of fine-tuning responses with tone +1"
                + " and must lie in [0, 1], got 1.5", error.getMessage());
    }

    @Test
    void withTaskComplexity_rejectsZero() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GENERATOR.withTaskComplexity(0));

        assertEquals("task complexity is the number of content directions of the fine-tuning"
                + " task and must lie in [1, 8], got 0", error.getMessage());
    }

    private static double[] orthogonalToColumns(DMatrixRMaj q, double[] v) {
        DMatrixRMaj vector = new DMatrixRMaj(8, 1, true, v);
        DMatrixRMaj coefficients = new DMatrixRMaj(q.numCols, 1);
        CommonOps_DDRM.multTransA(q, vector, coefficients);
        CommonOps_DDRM.multAdd(-1, q, coefficients, vector);
        return vector.data;
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }
}
