package org.causalworkbench.app.repr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.causalworkbench.estimators.repr.lora.KnownAdapter;
import org.causalworkbench.estimators.repr.lora.LoraAdapter;
import org.causalworkbench.estimators.repr.lora.SafetensorsWriter;
import org.causalworkbench.estimators.repr.lora.TensorType;
import org.ejml.data.DMatrixRMaj;

/**
 * Writes two adapters whose directions are unit axes, so every |cos| between them is 0 or 1
 * by construction. Each update is {@code 2 * U diag(3, 1) V^T}, with rank 2, 8 outputs and 6
 * inputs.
 *
 * <table>
 * <caption>The axes of U's and V's columns</caption>
 * <tr><th>module</th><th>A: U, V</th><th>B: U, V</th></tr>
 * <tr><td>{@link #SHARED}</td><td>(0, 1), (0, 1)</td><td>(0, 6), (0, 5)</td></tr>
 * <tr><td>{@link #ORTHOGONAL}</td><td>(2, 3), (2, 3)</td><td>(7, 3), (1, 3)</td></tr>
 * <tr><td>{@link #ONLY_IN_A}</td><td>(4, 5), (1, 5)</td><td>absent</td></tr>
 * </table>
 *
 * <p>So the top directions of {@link #SHARED} agree (|cos| = 1) and those of
 * {@link #ORTHOGONAL} are orthogonal, on both sides. The second directions swap that: 0 for
 * {@link #SHARED} and 1 for {@link #ORTHOGONAL}. Top directions of different modules are
 * orthogonal, except on the input side, where {@link #ONLY_IN_A} of A and {@link #ORTHOGONAL}
 * of B share axis 1. Public so that the command-line tests can write the pair too.
 */
public final class LoraAdapterPair {

    public static final String SHARED = KnownAdapter.module(0, "q_proj");
    public static final String ORTHOGONAL = KnownAdapter.module(1, "q_proj");
    public static final String ONLY_IN_A = KnownAdapter.module(0, "v_proj");

    private static final double[] SPECTRUM = {3, 1};
    private static final int OUTPUTS = 8;
    private static final int INPUTS = 6;

    private LoraAdapterPair() {
    }

    /** Writes adapter A into a new folder {@code name} under {@code dir}. */
    public static Path writeFirst(Path dir, String name) throws IOException {
        return write(dir.resolve(name), List.of(new Axes(SHARED, 0, 1, 0, 1),
                new Axes(ORTHOGONAL, 2, 3, 2, 3), new Axes(ONLY_IN_A, 4, 5, 1, 5)));
    }

    /** Writes adapter B into a new folder {@code name} under {@code dir}. */
    public static Path writeSecond(Path dir, String name) throws IOException {
        return write(dir.resolve(name), List.of(new Axes(SHARED, 0, 6, 0, 5),
                new Axes(ORTHOGONAL, 7, 3, 1, 3)));
    }

    /** The axes of one module's two output directions (U) and two input directions (V). */
    private record Axes(String module, int firstOutput, int secondOutput, int firstInput,
            int secondInput) {
    }

    private static Path write(Path folder, List<Axes> modules) throws IOException {
        Files.createDirectories(folder);
        KnownAdapter.config(folder, SPECTRUM.length, 4, false);
        SafetensorsWriter writer = new SafetensorsWriter();
        for (Axes axes : modules) {
            writer.matrix(axes.module() + ".lora_A.weight", TensorType.F32, KnownAdapter.factorA(
                    axes(INPUTS, axes.firstInput(), axes.secondInput())));
            writer.matrix(axes.module() + ".lora_B.weight", TensorType.F32, KnownAdapter.factorB(
                    axes(OUTPUTS, axes.firstOutput(), axes.secondOutput()), SPECTRUM));
        }
        writer.write(folder.resolve(LoraAdapter.WEIGHTS_FILE));
        return folder;
    }

    /**
     * Writes adapter B as a fresh PEFT adapter would be: the same modules with B all zero, so
     * every update is zero.
     */
    public static Path writeFreshSecond(Path dir, String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        KnownAdapter.config(folder, SPECTRUM.length, 4, false);
        SafetensorsWriter writer = new SafetensorsWriter();
        for (String module : List.of(SHARED, ORTHOGONAL)) {
            writer.matrix(module + ".lora_A.weight", TensorType.F32,
                    KnownAdapter.factorA(axes(INPUTS, 0, 1)));
            writer.matrix(module + ".lora_B.weight", TensorType.F32,
                    new DMatrixRMaj(OUTPUTS, SPECTRUM.length));
        }
        writer.write(folder.resolve(LoraAdapter.WEIGHTS_FILE));
        return folder;
    }

    /** Writes a folder with a valid config and a truncated weights file. */
    public static Path writeMalformed(Path dir, String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        KnownAdapter.config(folder, SPECTRUM.length, 4, false);
        Files.write(folder.resolve(LoraAdapter.WEIGHTS_FILE), new byte[] {1, 2});
        return folder;
    }

    private static DMatrixRMaj axes(int rows, int first, int second) {
        DMatrixRMaj columns = new DMatrixRMaj(rows, 2);
        columns.set(first, 0, 1);
        columns.set(second, 1, 1);
        return columns;
    }
}
