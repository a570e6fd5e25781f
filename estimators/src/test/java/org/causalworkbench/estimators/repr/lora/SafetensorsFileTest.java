package org.causalworkbench.estimators.repr.lora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.causalworkbench.estimators.data.DataFormatException;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SafetensorsFileTest {

    @TempDir
    Path dir;

    /** Values exactly representable in F16 and BF16, so every type must return them as is. */
    private static final double[] EXACT = {1.0, -2.0, 0.5, 0.375, -0.0078125, 3.0};

    @ParameterizedTest
    @EnumSource(names = {"F64", "F32", "F16", "BF16"})
    void readMatrix_returnsExactValues(TensorType type) throws IOException {
        DMatrixRMaj matrix = new DMatrixRMaj(2, 3, true, EXACT);
        Path file = new SafetensorsWriter().matrix("w", type, matrix)
                .write(dir.resolve("m.safetensors"));

        DMatrixRMaj read = SafetensorsFile.open(file).readMatrix("w");

        assertEquals(2, read.numRows);
        assertEquals(3, read.numCols);
        for (int i = 0; i < EXACT.length; i++) {
            assertEquals(EXACT[i], read.data[i], 0.0, "element " + i);
        }
    }

    @Test
    void open_listsTensorsAndMetadata() throws IOException {
        Path file = new SafetensorsWriter().metadata("{\"format\":\"pt\"}")
                .matrix("a", TensorType.F32, new DMatrixRMaj(2, 4))
                .matrix("b", TensorType.BF16, new DMatrixRMaj(3, 2))
                .write(dir.resolve("m.safetensors"));

        SafetensorsFile read = SafetensorsFile.open(file);

        assertEquals(Map.of("format", "pt"), read.metadata());
        assertEquals(List.of("a", "b"), read.tensors().stream().map(TensorEntry::name).toList());
        TensorEntry b = read.tensor("b").orElseThrow();
        assertEquals(TensorType.BF16, b.type());
        assertEquals(List.of(3L, 2L), b.shape());
        assertEquals(32, b.begin());
        assertEquals(44, b.end());
    }

    @Test
    void open_acceptsHeaderPaddedWithSpaces() throws IOException {
        SafetensorsWriter writer = new SafetensorsWriter()
                .matrix("w", TensorType.F32, new DMatrixRMaj(1, 2, true, 4.0, 5.0));
        byte[] header = (writer.headerJson() + "    ").getBytes(StandardCharsets.UTF_8);
        Path file = SafetensorsWriter.writeRaw(dir.resolve("p.safetensors"), header.length,
                header, writer.data());

        DMatrixRMaj read = SafetensorsFile.open(file).readMatrix("w");

        assertEquals(5.0, read.get(0, 1), 0.0);
    }

    @Test
    void open_rejectsFileShorterThanLengthField() throws IOException {
        Path file = Files.write(dir.resolve("short.safetensors"), new byte[] {1, 2, 3});

        assertProblem(file, "is truncated: it has 3 bytes, fewer than the 8-byte header length");
    }

    @Test
    void open_rejectsHeaderLongerThanFile() throws IOException {
        byte[] header = "{}".getBytes(StandardCharsets.UTF_8);
        Path file = SafetensorsWriter.writeRaw(dir.resolve("long.safetensors"), 500, header,
                new byte[0]);

        assertProblem(file, "declares a header of 500 bytes, longer than the 2 bytes after the"
                + " length field");
    }

    @Test
    void open_rejectsAbsurdHeaderLength() throws IOException {
        Path file = SafetensorsWriter.writeRaw(dir.resolve("huge.safetensors"), -1,
                new byte[0], new byte[0]);

        assertProblem(file, "declares a header of 18446744073709551615 bytes, more than the "
                + SafetensorsFile.MAX_HEADER_BYTES + " accepted");
    }

    @Test
    void open_rejectsHeaderThatIsNotUtf8() throws IOException {
        byte[] header = {'{', '"', (byte) 0xc3, (byte) 0x28, '"', ':', '1', '}'};
        Path file = SafetensorsWriter.writeRaw(dir.resolve("latin.safetensors"), header.length,
                header, new byte[0]);

        assertProblem(file, "the header is not valid UTF-8 (near byte 10)");
    }

    @Test
    void open_rejectsHeaderThatIsNotJson() throws IOException {
        byte[] header = "{\"w\": {\"dtype\": \"F32\",}}".getBytes(StandardCharsets.UTF_8);
        Path file = SafetensorsWriter.writeRaw(dir.resolve("json.safetensors"), header.length,
                header, new byte[0]);

        assertProblem(file, "is not valid JSON: expected a quoted key at character 23");
    }

    @Test
    void open_rejectsUnknownDtype() throws IOException {
        Path file = new SafetensorsWriter().raw("w", "F12", new long[] {1}, new byte[2])
                .write(dir.resolve("dtype.safetensors"));

        assertProblem(file, "tensor w has unknown dtype \"F12\"; supported dtypes are F64, F32,"
                + " F16, BF16");
    }

    @Test
    void readMatrix_rejectsUnsupportedDtype() throws IOException {
        Path file = new SafetensorsWriter().raw("w", "I32", new long[] {2, 2}, new byte[16])
                .write(dir.resolve("int.safetensors"));
        SafetensorsFile opened = SafetensorsFile.open(file);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> opened.readMatrix("w"));

        assertMessage(error, file, "tensor w has dtype I32, which is not supported; supported"
                + " dtypes are F64, F32, F16, BF16");
    }

    @Test
    void open_rejectsOffsetsThatDoNotMatchShape() throws IOException {
        Path file = new SafetensorsWriter().raw("w", "F32", new long[] {2, 3}, new byte[20])
                .write(dir.resolve("size.safetensors"));

        assertProblem(file, "tensor w has data_offsets [0, 20] spanning 20 bytes, but shape"
                + " [2, 3] of F32 needs 24 bytes");
    }

    @Test
    void open_rejectsTruncatedData() throws IOException {
        SafetensorsWriter writer = new SafetensorsWriter()
                .matrix("w", TensorType.F32, new DMatrixRMaj(4, 4));
        byte[] header = writer.headerJson().getBytes(StandardCharsets.UTF_8);
        Path file = SafetensorsWriter.writeRaw(dir.resolve("cut.safetensors"), header.length,
                header, new byte[40]);

        assertProblem(file, "is truncated: tensor w ends at byte 64 of the data section, which"
                + " has only 40 bytes");
    }

    @Test
    void open_rejectsOverlappingTensors() throws IOException {
        String json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}";
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        Path file = SafetensorsWriter.writeRaw(dir.resolve("overlap.safetensors"),
                header.length, header, new byte[12]);

        assertProblem(file, "tensors a (bytes 0 to 8) and b (bytes 4 to 12) overlap");
    }

    @Test
    void open_rejectsNegativeShape() throws IOException {
        String json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[-2],\"data_offsets\":[0,8]}}";
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        Path file = SafetensorsWriter.writeRaw(dir.resolve("negative.safetensors"),
                header.length, header, new byte[8]);

        assertProblem(file, "tensor a has shape [-2]; every entry must be a non-negative"
                + " integer");
    }

    @Test
    void open_rejectsMetadataThatIsNotStrings() throws IOException {
        Path file = new SafetensorsWriter().metadata("{\"step\":5}")
                .write(dir.resolve("meta.safetensors"));

        assertProblem(file, "has __metadata__ value \"step\" that is not a string");
    }

    @Test
    void readMatrix_rejectsVector() throws IOException {
        Path file = new SafetensorsWriter().raw("bias", "F32", new long[] {3}, new byte[12])
                .write(dir.resolve("vector.safetensors"));
        SafetensorsFile opened = SafetensorsFile.open(file);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> opened.readMatrix("bias"));

        assertMessage(error, file, "tensor bias has shape [3], but a matrix with two dimensions"
                + " is expected");
    }

    @Test
    void readMatrix_rejectsTensorAbove2GiB() throws IOException {
        String json = "{\"big\":{\"dtype\":\"F64\",\"shape\":[20000,20000],"
                + "\"data_offsets\":[0,3200000000]}}";
        byte[] header = json.getBytes(StandardCharsets.UTF_8);
        Path file = SafetensorsWriter.writeRaw(dir.resolve("big.safetensors"), header.length,
                header, new byte[0]);
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(),
                "rw")) {
            // Extends the file without writing, so the header's offsets lie inside it.
            sparse.setLength(8 + header.length + 3_200_000_000L);
        }
        SafetensorsFile opened = SafetensorsFile.open(file);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> opened.readMatrix("big"));

        assertMessage(error, file, "tensor big has shape [20000, 20000] (3200000000 bytes);"
                + " tensors above 2147483647 bytes cannot be read as one matrix");
    }

    @Test
    void readMatrix_rejectsNaN() throws IOException {
        Path file = new SafetensorsWriter().matrix("w", TensorType.F32,
                new DMatrixRMaj(2, 2, true, 1, 2, Double.NaN, 4))
                .write(dir.resolve("nan.safetensors"));
        SafetensorsFile opened = SafetensorsFile.open(file);

        DataFormatException error = assertThrows(DataFormatException.class,
                () -> opened.readMatrix("w"));

        assertMessage(error, file, "tensor w contains NaN at row 1, column 0");
    }

    private static void assertProblem(Path file, String problem) {
        DataFormatException error = assertThrows(DataFormatException.class,
                () -> SafetensorsFile.open(file));
        assertMessage(error, file, problem);
    }

    private static void assertMessage(Exception error, Path file, String problem) {
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(problem), error.getMessage());
    }
}
