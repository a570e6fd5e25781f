package org.causalworkbench.estimators.repr.lora;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Element types that a safetensors header may name, with their sizes in bytes. All of them can
 * be checked against the data offsets, but only the floating-point types F64, F32, F16 and BF16
 * can be read as matrices.
 */
public enum TensorType {
    F64(8, true),
    F32(4, true),
    F16(2, true),
    BF16(2, true),
    F8_E4M3(1, false),
    F8_E5M2(1, false),
    I64(8, false),
    U64(8, false),
    I32(4, false),
    U32(4, false),
    I16(2, false),
    U16(2, false),
    I8(1, false),
    U8(1, false),
    BOOL(1, false);

    private final int bytes;
    private final boolean readable;

    TensorType(int bytes, boolean readable) {
        this.bytes = bytes;
        this.readable = readable;
    }

    /** Returns the size of one element in bytes. */
    public int bytes() {
        return bytes;
    }

    /** Returns whether {@link SafetensorsFile#readMatrix} converts this type to double. */
    public boolean readable() {
        return readable;
    }

    /** Returns the type a header names, such as {@code "BF16"}, if it is one of these. */
    static Optional<TensorType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }

    /** Returns the readable types as a list for messages, such as "F64, F32, F16, BF16". */
    static String readableNames() {
        return Arrays.stream(values()).filter(TensorType::readable).map(Enum::name)
                .collect(Collectors.joining(", "));
    }
}
