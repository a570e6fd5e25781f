package org.causalworkbench.estimators.repr.lora;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks one tensor entry of a safetensors header and turns it into a {@link TensorEntry}. */
final class HeaderEntries {

    private HeaderEntries() {
    }

    static TensorEntry tensor(Path file, String name, Object value, long dataLength) {
        if (!(value instanceof Map<?, ?> fields)) {
            throw SafetensorsFile.problem(file, "header entry " + name + " is not a JSON object"
                    + " with dtype, shape and data_offsets");
        }
        if (!(fields.get("dtype") instanceof String dtype)) {
            throw SafetensorsFile.problem(file, "tensor " + name + " has no dtype string");
        }
        TensorType type = TensorType.named(dtype).orElseThrow(() ->
                SafetensorsFile.problem(file, "tensor " + name + " has unknown dtype \"" + dtype
                        + "\"; supported dtypes are " + TensorType.readableNames()));

        List<Long> shape = integers(file, name, "shape", fields.get("shape"));
        List<Long> offsets = integers(file, name, "data_offsets", fields.get("data_offsets"));
        if (offsets.size() != 2 || offsets.get(0) > offsets.get(1)) {
            throw SafetensorsFile.problem(file, "tensor " + name + " has data_offsets "
                    + offsets + "; expected [begin, end] with begin <= end");
        }

        long begin = offsets.get(0);
        long end = offsets.get(1);
        long expected;
        try {
            long count = 1;
            for (long dimension : shape) {
                count = Math.multiplyExact(count, dimension);
            }
            expected = Math.multiplyExact(count, type.bytes());
        } catch (ArithmeticException overflow) {
            throw SafetensorsFile.problem(file, "tensor " + name + " has shape " + shape
                    + ", too large to address");
        }

        if (end - begin != expected) {
            throw SafetensorsFile.problem(file, "tensor " + name + " has data_offsets ["
                    + begin + ", " + end + "] spanning " + (end - begin) + " bytes, but shape "
                    + shape + " of " + type + " needs " + expected + " bytes");
        }
        if (end > dataLength) {
            throw SafetensorsFile.problem(file, "is truncated: tensor " + name + " ends at byte "
                    + end + " of the data section, which has only " + dataLength + " bytes");
        }
        return new TensorEntry(name, type, shape, begin, end);
    }

    private static List<Long> integers(Path file, String name, String field, Object value) {
        if (!(value instanceof List<?> items)) {
            throw SafetensorsFile.problem(file, "tensor " + name + " has no " + field
                    + " array");
        }
        List<Long> numbers = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof Long number) || number < 0) {
                throw SafetensorsFile.problem(file, "tensor " + name + " has " + field + " "
                        + items + "; every entry must be a non-negative integer");
            }
            numbers.add(number);
        }
        return numbers;
    }
}
