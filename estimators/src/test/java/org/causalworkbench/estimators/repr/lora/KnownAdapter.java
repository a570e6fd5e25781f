package org.causalworkbench.estimators.repr.lora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * Builds LoRA factors with a known spectrum: {@code B = U diag(s)} and {@code A = V^T} with
 * orthonormal U and V, so {@code scale * B * A = U (scale * diag(s)) V^T} is an SVD by
 * construction. Public so that the application's tests can write adapters too.
 */
public final class KnownAdapter {

    private KnownAdapter() {
    }

    /** Returns a matrix with orthonormal columns, from the QR factorisation of a Gaussian one. */
    public static DMatrixRMaj orthonormal(int rows, int columns, Random random) {
        DMatrixRMaj gaussian = gaussian(rows, columns, random);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(rows, columns);
        qr.decompose(gaussian);
        return qr.getQ(null, true);
    }

    public static DMatrixRMaj gaussian(int rows, int columns, Random random) {
        DMatrixRMaj matrix = new DMatrixRMaj(rows, columns);
        for (int i = 0; i < matrix.data.length; i++) {
            matrix.data[i] = random.nextGaussian();
        }
        return matrix;
    }

    /** Returns {@code U diag(s)}. */
    public static DMatrixRMaj factorB(DMatrixRMaj u, double[] s) {
        DMatrixRMaj b = u.copy();
        for (int row = 0; row < b.numRows; row++) {
            for (int column = 0; column < s.length; column++) {
                b.set(row, column, b.get(row, column) * s[column]);
            }
        }
        return b;
    }

    /** Returns {@code V^T}. */
    public static DMatrixRMaj factorA(DMatrixRMaj v) {
        return CommonOps_DDRM.transpose(v, null);
    }

    /** Writes {@code adapter_config.json} with the rank, alpha and rsLoRA flag. */
    public static void config(Path folder, int rank, double alpha, boolean rslora)
            throws IOException {
        Files.writeString(folder.resolve(LoraAdapter.CONFIG_FILE), "{\n"
                + "  \"peft_type\": \"LORA\",\n"
                + "  \"r\": " + rank + ",\n"
                + "  \"lora_alpha\": " + alpha + ",\n"
                + "  \"target_modules\": [\"q_proj\", \"v_proj\"],\n"
                + "  \"use_rslora\": " + rslora + ",\n"
                + "  \"fan_in_fan_out\": false,\n"
                + "  \"rank_pattern\": {},\n"
                + "  \"alpha_pattern\": {},\n"
                + "  \"lora_dropout\": 0.05,\n"
                + "  \"bias\": \"none\"\n"
                + "}\n");
    }

    /** Returns the tensor-name prefix of a projection in a layer, as PEFT saves it. */
    public static String module(int layer, String projection) {
        return "base_model.model.model.layers." + layer + ".self_attn." + projection;
    }

    /**
     * Writes an adapter folder in which every module has the update
     * {@code (alpha / rank) * U diag(spectrum) V^T} with random orthonormal U and V.
     *
     * @param folder an existing folder
     * @param type the storage type of the factors
     * @param alpha the config's lora_alpha
     * @param spectrum the singular values of B * A, one per rank
     * @param outputs the output dimension of every module
     * @param inputs the input dimension of every module
     * @param seed the seed of U and V
     * @param modules the module names
     */
    public static void writeFolder(Path folder, TensorType type, double alpha,
            double[] spectrum, int outputs, int inputs, long seed, List<String> modules)
            throws IOException {
        config(folder, spectrum.length, alpha, false);
        Random random = new Random(seed);
        SafetensorsWriter writer = new SafetensorsWriter().metadata("{\"format\":\"pt\"}");
        for (String module : modules) {
            DMatrixRMaj u = orthonormal(outputs, spectrum.length, random);
            DMatrixRMaj v = orthonormal(inputs, spectrum.length, random);
            writer.matrix(module + ".lora_A.weight", type, factorA(v));
            writer.matrix(module + ".lora_B.weight", type, factorB(u, spectrum));
        }
        writer.write(folder.resolve(LoraAdapter.WEIGHTS_FILE));
    }
}
