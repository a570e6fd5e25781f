package org.causalworkbench.estimators.repr.lora;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * Writes safetensors files for tests, so the reader is checked against bytes built here from
 * the format's definition rather than against itself. Encodes F64, F32, F16 and BF16 with
 * round-to-nearest-even. Public so that the application's tests can write files too.
 */
public final class SafetensorsWriter {

    private record Tensor(String name, String dtype, long[] shape, byte[] bytes) {
    }

    private final List<Tensor> tensors = new ArrayList<>();
    private String metadataJson;

    /** Adds a matrix stored in the given type. */
    public SafetensorsWriter matrix(String name, TensorType type, DMatrixRMaj matrix) {
        ByteBuffer bytes = ByteBuffer.allocate(matrix.getNumElements() * type.bytes())
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < matrix.getNumElements(); i++) {
            double value = matrix.data[i];
            switch (type) {
                case F64 -> bytes.putDouble(value);
                case F32 -> bytes.putFloat((float) value);
                case F16 -> bytes.putShort((short) toF16(value));
                case BF16 -> bytes.putShort((short) toBf16((float) value));
                default -> throw new IllegalArgumentException("no encoder for " + type);
            }
        }
        return raw(name, type.name(), new long[] {matrix.numRows, matrix.numCols},
                bytes.array());
    }

    /** Adds a tensor with any dtype name, shape and bytes. */
    public SafetensorsWriter raw(String name, String dtype, long[] shape, byte[] bytes) {
        tensors.add(new Tensor(name, dtype, shape, bytes));
        return this;
    }

    /** Sets the {@code __metadata__} object, given as JSON text. */
    public SafetensorsWriter metadata(String json) {
        metadataJson = json;
        return this;
    }

    /** Returns the header JSON with offsets in the order the tensors were added. */
    public String headerJson() {
        StringBuilder json = new StringBuilder("{");
        if (metadataJson != null) {
            json.append("\"__metadata__\":").append(metadataJson);
        }
        long offset = 0;
        for (Tensor tensor : tensors) {
            if (json.length() > 1) {
                json.append(',');
            }
            StringBuilder shape = new StringBuilder();
            for (long dimension : tensor.shape()) {
                shape.append(shape.length() == 0 ? "" : ",").append(dimension);
            }
            json.append('"').append(tensor.name()).append("\":{\"dtype\":\"")
                    .append(tensor.dtype()).append("\",\"shape\":[").append(shape)
                    .append("],\"data_offsets\":[").append(offset).append(',')
                    .append(offset + tensor.bytes().length).append("]}");
            offset += tensor.bytes().length;
        }
        return json.append('}').toString();
    }

    /** Returns the data section, the tensors' bytes in order. */
    public byte[] data() {
        int length = tensors.stream().mapToInt(tensor -> tensor.bytes().length).sum();
        ByteBuffer data = ByteBuffer.allocate(length);
        tensors.forEach(tensor -> data.put(tensor.bytes()));
        return data.array();
    }

    /** Writes a complete file. */
    public Path write(Path file) throws IOException {
        byte[] header = headerJson().getBytes(StandardCharsets.UTF_8);
        return writeRaw(file, header.length, header, data());
    }

    /** Writes a length field, header bytes and data as given, to build malformed files. */
    public static Path writeRaw(Path file, long declaredLength, byte[] header, byte[] data)
            throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(8 + header.length + data.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        bytes.putLong(declaredLength).put(header).put(data);
        Files.write(file, bytes.array());
        return file;
    }

    static int toBf16(float value) {
        int bits = Float.floatToIntBits(value);
        int rounding = 0x7fff + ((bits >>> 16) & 1);
        return (bits + rounding) >>> 16;
    }

    /** Encodes a finite value in the binary16 range, subnormals included. */
    static int toF16(double value) {
        int sign = value < 0 || (value == 0 && 1 / value < 0) ? 0x8000 : 0;
        double magnitude = Math.abs(value);
        if (magnitude < 0x1p-14) {
            return sign | (int) Math.rint(magnitude * 0x1p24);
        }
        int exponent = Math.getExponent(magnitude);
        long significand = (long) Math.rint(Math.scalb(magnitude, 10 - exponent));
        if (significand == 2048) {
            significand = 1024;
            exponent++;
        }
        if (exponent > 15) {
            throw new IllegalArgumentException(value + " overflows binary16");
        }
        return sign | ((exponent + 15) << 10) | (int) (significand - 1024);
    }
}
