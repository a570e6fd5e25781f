package org.causalworkbench.estimators.repr.lora;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.causalworkbench.estimators.data.DataFormatException;
import org.ejml.data.DMatrixRMaj;

/**
 * Reads the header of a safetensors file and its tensors as double matrices.
 *
 * <p>The format: an unsigned little-endian 64-bit header length N, then N bytes of UTF-8 JSON
 * that map each tensor name to its {@code dtype}, {@code shape} and {@code data_offsets} (begin
 * and end, relative to the data section that follows the header), with an optional
 * {@code __metadata__} object of strings. Elements are stored little-endian in row-major order.
 *
 * <p>{@link #open} checks the whole header: valid UTF-8 and JSON, a known type, offsets that
 * match shape times element size, lie inside the file and do not overlap. A tensor is read only
 * when asked for, by mapping its bytes, so a large file is never loaded whole.
 *
 * <p><strong>Limitations.</strong> Only F64, F32, F16 and BF16 tensors can be read, and only as
 * matrices of at most {@code Integer.MAX_VALUE} bytes (2 GiB), because one mapping and one Java
 * array hold each tensor. Gaps between tensors and bytes after
 * the last tensor are accepted, because they do not affect the values read.
 *
 * <p><strong>Thread safety.</strong> Instances are immutable; each read opens the file anew.
 */
public final class SafetensorsFile {

    /**
     * Maximum header length accepted, in bytes. A header lists only names, types, shapes and
     * offsets, so a longer one means a corrupt file.
     */
    public static final long MAX_HEADER_BYTES = 100L * 1024 * 1024;

    private static final String METADATA_KEY = "__metadata__";

    private final Path file;
    private final long dataStart;
    private final Map<String, TensorEntry> tensors;
    private final Map<String, String> metadata;

    private SafetensorsFile(Path file, long dataStart, Map<String, TensorEntry> tensors,
            Map<String, String> metadata) {
        this.file = file;
        this.dataStart = dataStart;
        this.tensors = tensors;
        this.metadata = metadata;
    }

    /**
     * Reads and checks the header.
     *
     * @param file the safetensors file
     * @return the file with its tensor list
     * @throws DataFormatException if the file is not a valid safetensors file; the message names
     *     the file and the problem
     * @throws IOException if the file cannot be read
     */
    public static SafetensorsFile open(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 8) {
                throw problem(file, "is truncated: it has " + size + " bytes, fewer than the"
                        + " 8-byte header length that starts every safetensors file");
            }
            ByteBuffer lengthBytes = readFully(channel, 0, 8).order(ByteOrder.LITTLE_ENDIAN);
            long headerLength = lengthBytes.getLong();
            if (headerLength < 0 || headerLength > MAX_HEADER_BYTES) {
                throw problem(file, "declares a header of " + Long.toUnsignedString(headerLength)
                        + " bytes, more than the " + MAX_HEADER_BYTES + " accepted; the file is"
                        + " corrupt or not a safetensors file");
            }
            if (headerLength > size - 8) {
                throw problem(file, "declares a header of " + headerLength + " bytes, longer than"
                        + " the " + (size - 8) + " bytes after the length field; the file is"
                        + " truncated or corrupt");
            }
            String json = decodeUtf8(file, readFully(channel, 8, (int) headerLength));
            long dataLength = size - 8 - headerLength;
            return parseHeader(file, json, 8 + headerLength, dataLength);
        }
    }

    /** Returns the file this header was read from. */
    public Path file() {
        return file;
    }

    /** Returns the tensors in the order the header lists them. */
    public List<TensorEntry> tensors() {
        return List.copyOf(tensors.values());
    }

    /** Returns the tensor with this name, if the header lists it. */
    public Optional<TensorEntry> tensor(String name) {
        return Optional.ofNullable(tensors.get(name));
    }

    /** Returns the {@code __metadata__} strings, empty when the header has none. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /**
     * Reads a two-dimensional tensor as a row-major matrix of doubles.
     *
     * @param name the tensor's name
     * @return a new matrix with the tensor's rows and columns
     * @throws DataFormatException if the tensor is missing, not two-dimensional, of a type that
     *     cannot be read, or contains NaN or an infinity
     * @throws IOException if the file cannot be read
     */
    public DMatrixRMaj readMatrix(String name) throws IOException {
        TensorEntry entry = tensor(name).orElseThrow(() -> problem(file, "has no tensor named "
                + name));
        if (entry.shape().size() != 2) {
            throw problem(file, "tensor " + name + " has shape " + entry.shapeText()
                    + ", but a matrix with two dimensions is expected");
        }
        if (!entry.type().readable()) {
            throw problem(file, "tensor " + name + " has dtype " + entry.type() + ", which is"
                    + " not supported; supported dtypes are " + TensorType.readableNames()
                    + ", so convert the adapter, for example to F32");
        }

        long count = entry.elementCount();
        long bytes = entry.end() - entry.begin();
        if (bytes > Integer.MAX_VALUE || entry.shape().get(0) > Integer.MAX_VALUE
                || entry.shape().get(1) > Integer.MAX_VALUE) {
            throw problem(file, "tensor " + name + " has shape " + entry.shapeText() + " ("
                    + bytes + " bytes); tensors above " + Integer.MAX_VALUE + " bytes cannot"
                    + " be read as one matrix");
        }

        int rows = Math.toIntExact(entry.shape().get(0));
        int columns = Math.toIntExact(entry.shape().get(1));
        DMatrixRMaj matrix = new DMatrixRMaj(rows, columns);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY,
                    dataStart + entry.begin(), bytes)
                    .order(ByteOrder.LITTLE_ENDIAN);
            decode(entry.type(), mapped, matrix.data, (int) count);
        }

        for (int i = 0; i < count; i++) {
            if (!Double.isFinite(matrix.data[i])) {
                throw problem(file, "tensor " + name + " contains " + matrix.data[i]
                        + " at row " + i / columns + ", column " + i % columns
                        + "; only finite values can be analysed");
            }
        }
        return matrix;
    }

    private static void decode(TensorType type, ByteBuffer bytes, double[] out, int count) {
        switch (type) {
            case F64 -> bytes.asDoubleBuffer().get(out, 0, count);
            case F32 -> {
                for (int i = 0; i < count; i++) {
                    out[i] = bytes.getFloat(4 * i);
                }
            }
            case F16 -> {
                for (int i = 0; i < count; i++) {
                    out[i] = HalfFloats.fromF16(bytes.getShort(2 * i));
                }
            }
            case BF16 -> {
                for (int i = 0; i < count; i++) {
                    out[i] = HalfFloats.fromBf16(bytes.getShort(2 * i));
                }
            }
            default -> throw new IllegalStateException("no decoder for " + type);
        }
    }

    private static SafetensorsFile parseHeader(Path file, String json, long dataStart,
            long dataLength) {
        Object root;
        try {
            root = JsonText.parse(json, "the header of " + file);
        } catch (IllegalArgumentException invalid) {
            throw new DataFormatException(invalid.getMessage()
                    + "; the file is corrupt or not a safetensors file", invalid);
        }
        if (!(root instanceof Map<?, ?> members)) {
            throw problem(file, "has a header that is not a JSON object");
        }
        Map<String, TensorEntry> tensors = new LinkedHashMap<>();
        Map<String, String> metadata = Map.of();
        for (Map.Entry<?, ?> member : members.entrySet()) {
            String name = (String) member.getKey();
            if (name.equals(METADATA_KEY)) {
                metadata = metadata(file, member.getValue());
            } else {
                tensors.put(name, HeaderEntries.tensor(file, name, member.getValue(),
                        dataLength));
            }
        }
        rejectOverlaps(file, tensors.values());
        return new SafetensorsFile(file, dataStart, java.util.Collections.unmodifiableMap(tensors),
                metadata);
    }

    private static Map<String, String> metadata(Path file, Object value) {
        if (!(value instanceof Map<?, ?> entries)) {
            throw problem(file, "has a " + METADATA_KEY + " entry that is not a JSON object");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            if (!(entry.getValue() instanceof String text)) {
                throw problem(file, "has " + METADATA_KEY + " value \"" + entry.getKey()
                        + "\" that is not a string; safetensors metadata maps strings to"
                        + " strings");
            }
            metadata.put((String) entry.getKey(), text);
        }
        return java.util.Collections.unmodifiableMap(metadata);
    }

    private static void rejectOverlaps(Path file, java.util.Collection<TensorEntry> entries) {
        List<TensorEntry> sorted = new ArrayList<>(entries);
        sorted.removeIf(entry -> entry.begin() == entry.end());
        sorted.sort(Comparator.comparingLong(TensorEntry::begin));
        for (int i = 1; i < sorted.size(); i++) {
            TensorEntry previous = sorted.get(i - 1);
            TensorEntry current = sorted.get(i);
            if (current.begin() < previous.end()) {
                throw problem(file, "tensors " + previous.name() + " (bytes " + previous.begin()
                        + " to " + previous.end() + ") and " + current.name() + " (bytes "
                        + current.begin() + " to " + current.end() + ") overlap; the file is"
                        + " corrupt");
            }
        }
    }

    private static ByteBuffer readFully(FileChannel channel, long position, int length)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("the file ended while reading " + length + " bytes at "
                        + position);
            }
        }
        return buffer.flip();
    }

    private static String decodeUtf8(Path file, ByteBuffer bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
        } catch (CharacterCodingException invalid) {
            throw new DataFormatException(file + ": the header is not valid UTF-8 (near byte "
                    + (8 + bytes.position()) + "); the file is corrupt or not a safetensors"
                    + " file", invalid);
        }
    }

    /** Builds an exception whose message starts with the file. */
    static DataFormatException problem(Path file, String problem) {
        return new DataFormatException(file + " " + problem + ".");
    }
}
