package org.causalworkbench.estimators.repr.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.causalworkbench.estimators.CancellationToken;
import org.causalworkbench.estimators.ProgressSink;
import org.causalworkbench.estimators.data.DataFormatException;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads adapters written by the test with a spectrum known by construction. */
class LoraAdapterTest {

    private static final int RANK = 4;
    private static final double ALPHA = 8;
    private static final double[] SPECTRUM = {5.0, 2.5, 1.25, 0.5};

    @TempDir
    Path dir;

    /** The factors of one module with their orthonormal U and V. */
    private record Known(String name, DMatrixRMaj u, DMatrixRMaj v, DMatrixRMaj b,
            DMatrixRMaj a) {
    }

    private static Known known(String name, int outputs, int inputs, Random random) {
        DMatrixRMaj u = KnownAdapter.orthonormal(outputs, RANK, random);
        DMatrixRMaj v = KnownAdapter.orthonormal(inputs, RANK, random);
        return new Known(name, u, v, KnownAdapter.factorB(u, SPECTRUM), KnownAdapter.factorA(v));
    }

    private Path adapter(String folderName, TensorType type, boolean rslora, Known... modules)
            throws IOException {
        Path folder = Files.createDirectories(dir.resolve(folderName));
        KnownAdapter.config(folder, RANK, ALPHA, rslora);
        SafetensorsWriter writer = new SafetensorsWriter().metadata("{\"format\":\"pt\"}");
        for (Known module : modules) {
            writer.matrix(module.name() + ".lora_A.weight", type, module.a());
            writer.matrix(module.name() + ".lora_B.weight", type, module.b());
        }
        writer.write(folder.resolve(LoraAdapter.WEIGHTS_FILE));
        return folder;
    }

    @Test
    void read_recoversKnownSpectrumFromF32() throws IOException {
        Random random = new Random(20261204);
        Known q = known(KnownAdapter.module(0, "q_proj"), 48, 32, random);
        Known v = known(KnownAdapter.module(0, "v_proj"), 16, 32, random);
        Path folder = adapter("f32", TensorType.F32, false, q, v);

        List<ModuleSpectrum> spectra = ModuleSpectrum.of(LoraAdapter.read(folder),
                ProgressSink.NONE, CancellationToken.NEVER);

        assertEquals(2, spectra.size());
        for (int m = 0; m < 2; m++) {
            Known module = m == 0 ? q : v;
            ModuleSpectrum spectrum = spectra.get(m);
            assertEquals(module.name(), spectrum.name());
            assertEquals(RANK, spectrum.rank());
            assertEquals(ALPHA / RANK, spectrum.scale(), 0.0);
            for (int i = 0; i < RANK; i++) {
                double expected = ALPHA / RANK * SPECTRUM[i];
                assertEquals(expected, spectrum.singularValues()[i], 1e-6 * expected,
                        module.name() + " value " + i);
                LowRankSvdTest.assertParallel(LowRankSvdTest.column(module.u(), i),
                        spectrum.direction(ModuleSpectrum.Side.OUTPUT, i), 1e-6, "output " + i);
                LowRankSvdTest.assertParallel(LowRankSvdTest.column(module.v(), i),
                        spectrum.direction(ModuleSpectrum.Side.INPUT, i), 1e-6, "input " + i);
            }
        }
    }

    /**
     * Checks the half-precision spectra against Weyl's bound: rounding each factor entry with
     * unit roundoff u moves every singular value of scale * B * A by at most
     * scale * u * (||B||_F ||A||_2 + ||B||_2 ||A||_F), to first order.
     */
    @ParameterizedTest
    @CsvSource({"F16, 0x1p-11", "BF16, 0x1p-8"})
    void read_recoversKnownSpectrumToStoragePrecision(TensorType type, double roundoff)
            throws IOException {
        Random random = new Random(17);
        Known module = known(KnownAdapter.module(3, "o_proj"), 64, 64, random);
        Path folder = adapter(type.name(), type, false, module);

        ModuleSpectrum spectrum = ModuleSpectrum.of(LoraAdapter.read(folder).modules().get(0));

        double scale = ALPHA / RANK;
        double bound = scale * roundoff * (NormOps_DDRM.normF(module.b())
                + SPECTRUM[0] * NormOps_DDRM.normF(module.a())) * 1.01 + 1e-6;
        double largestError = 0;
        for (int i = 0; i < RANK; i++) {
            double error = Math.abs(spectrum.singularValues()[i] - scale * SPECTRUM[i]);
            largestError = Math.max(largestError, error);
            assertTrue(error <= bound, type + " value " + i + " off by " + error + ", bound "
                    + bound);
        }
        assertTrue(largestError > 0, "rounding to " + type + " must change some value");
    }

    @Test
    void read_scalesByRootRankWithRslora() throws IOException {
        Known module = known(KnownAdapter.module(0, "q_proj"), 12, 10, new Random(3));
        Path folder = adapter("rs", TensorType.F32, true, module);

        ModuleSpectrum spectrum = ModuleSpectrum.of(LoraAdapter.read(folder).modules().get(0));

        assertEquals(ALPHA / 2, spectrum.scale(), 0.0);
        assertEquals(ALPHA / 2 * SPECTRUM[0], spectrum.singularValues()[0], 1e-5);
    }

    @Test
    void read_ordersLayersByNumber() throws IOException {
        Random random = new Random(4);
        Path folder = adapter("order", TensorType.F32, false,
                known(KnownAdapter.module(10, "q_proj"), 8, 8, random),
                known(KnownAdapter.module(2, "q_proj"), 8, 8, random),
                known(KnownAdapter.module(1, "v_proj"), 8, 8, random));

        List<String> names = LoraAdapter.read(folder).modules().stream()
                .map(LoraModule::name).toList();

        assertEquals(List.of(KnownAdapter.module(1, "v_proj"), KnownAdapter.module(2, "q_proj"),
                KnownAdapter.module(10, "q_proj")), names);
    }

    @Test
    void read_listsTensorsThatAreNotFactors() throws IOException {
        Known module = known("m", 6, 6, new Random(5));
        Path folder = Files.createDirectories(dir.resolve("others"));
        KnownAdapter.config(folder, RANK, ALPHA, false);
        new SafetensorsWriter()
                .matrix("m.lora_A.weight", TensorType.F32, module.a())
                .matrix("m.lora_B.weight", TensorType.F32, module.b())
                .raw("lm_head.bias", "I64", new long[] {2}, new byte[16])
                .write(folder.resolve(LoraAdapter.WEIGHTS_FILE));

        LoraAdapter adapter = LoraAdapter.read(folder);

        assertEquals(List.of("lm_head.bias"), adapter.otherTensors());
        assertEquals(1, adapter.modules().size());
    }

    @Test
    void read_rejectsLoneA() throws IOException {
        Known module = known("layers.0.q_proj", 6, 6, new Random(6));
        Path folder = Files.createDirectories(dir.resolve("lone"));
        KnownAdapter.config(folder, RANK, ALPHA, false);
        Path weights = new SafetensorsWriter()
                .matrix("layers.0.q_proj.lora_A.weight", TensorType.F32, module.a())
                .write(folder.resolve(LoraAdapter.WEIGHTS_FILE));

        assertProblem(folder, weights, "has lora_A but no lora_B for module layers.0.q_proj");
    }

    @Test
    void read_rejectsLoneB() throws IOException {
        Known module = known("layers.1.v_proj", 6, 6, new Random(7));
        Path folder = Files.createDirectories(dir.resolve("loneB"));
        KnownAdapter.config(folder, RANK, ALPHA, false);
        Path weights = new SafetensorsWriter()
                .matrix("layers.1.v_proj.lora_B.weight", TensorType.F32, module.b())
                .write(folder.resolve(LoraAdapter.WEIGHTS_FILE));

        assertProblem(folder, weights, "has lora_B but no lora_A for module layers.1.v_proj");
    }

    @Test
    void read_rejectsShapesThatDoNotChain() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("chain"));
        KnownAdapter.config(folder, RANK, ALPHA, false);
        Path weights = new SafetensorsWriter()
                .matrix("m.lora_A.weight", TensorType.F32, new DMatrixRMaj(4, 10))
                .matrix("m.lora_B.weight", TensorType.F32, new DMatrixRMaj(12, 3))
                .write(folder.resolve(LoraAdapter.WEIGHTS_FILE));

        assertProblem(folder, weights, "module m has lora_B of shape [12, 3] and lora_A of"
                + " shape [4, 10], which do not chain");
    }

    @Test
    void read_rejectsRankThatDiffersFromConfig() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("rank"));
        KnownAdapter.config(folder, 8, ALPHA, false);
        Path weights = new SafetensorsWriter()
                .matrix("m.lora_A.weight", TensorType.F32, new DMatrixRMaj(4, 10))
                .matrix("m.lora_B.weight", TensorType.F32, new DMatrixRMaj(12, 4))
                .write(folder.resolve(LoraAdapter.WEIGHTS_FILE));

        assertProblem(folder, weights, "module m has rank 4 but adapter_config.json sets r = 8");
    }

    @Test
    void read_rejectsFolderWithoutFactors() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("none"));
        KnownAdapter.config(folder, RANK, ALPHA, false);
        Path weights = new SafetensorsWriter()
                .matrix("w", TensorType.F32, new DMatrixRMaj(2, 2))
                .write(folder.resolve(LoraAdapter.WEIGHTS_FILE));

        assertProblem(folder, weights, "contains no lora_A and lora_B tensors");
    }

    @Test
    void read_rejectsMissingConfig() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("noconfig"));

        assertProblem(folder, folder, "has no adapter_config.json");
    }

    @Test
    void read_pointsToSafeSerialisationForPickleWeights() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pickle"));
        KnownAdapter.config(folder, RANK, ALPHA, false);
        Files.write(folder.resolve("adapter_model.bin"), new byte[10]);

        assertProblem(folder, folder, "only adapter_model.bin is present");
    }

    @Test
    void read_rejectsDora() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("dora"));
        Path config = Files.writeString(folder.resolve(LoraAdapter.CONFIG_FILE),
                "{\"r\": 4, \"lora_alpha\": 8, \"use_dora\": true}");
        new SafetensorsWriter().write(folder.resolve(LoraAdapter.WEIGHTS_FILE));

        assertProblem(folder, config, "sets use_dora, which is not supported");
    }

    @Test
    void read_rejectsConfigWithoutRank() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("norank"));
        Path config = Files.writeString(folder.resolve(LoraAdapter.CONFIG_FILE),
                "{\"lora_alpha\": 8}");
        new SafetensorsWriter().write(folder.resolve(LoraAdapter.WEIGHTS_FILE));

        assertProblem(folder, config, "has no integer \"r\"");
    }

    @Test
    void read_reportsTruncatedWeightsFile() throws IOException {
        Known module = known("m", 6, 6, new Random(8));
        Path folder = adapter("cut", TensorType.F32, false, module);
        Path weights = folder.resolve(LoraAdapter.WEIGHTS_FILE);
        byte[] whole = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(whole, whole.length - 10));

        assertProblem(folder, weights, "is truncated: tensor m.lora_B.weight ends at byte");
    }

    private static void assertProblem(Path folder, Path named, String problem) {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> LoraAdapter.read(folder));
        assertTrue(error.getMessage().contains(named.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }
}
