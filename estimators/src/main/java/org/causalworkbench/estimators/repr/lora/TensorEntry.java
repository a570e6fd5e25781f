package org.causalworkbench.estimators.repr.lora;

import java.util.List;

/**
 * One tensor listed in a safetensors header.
 *
 * @param name the tensor's key in the header
 * @param type the element type
 * @param shape the dimensions, outermost first; empty for a scalar
 * @param begin the first byte of the tensor, counted from the start of the data section
 * @param end one past the last byte, counted from the start of the data section
 */
public record TensorEntry(String name, TensorType type, List<Long> shape, long begin, long end) {

    /** Creates the entry and copies the shape. */
    public TensorEntry {
        shape = List.copyOf(shape);
    }

    /** Returns the number of elements, the product of the dimensions. */
    public long elementCount() {
        long count = 1;
        for (long dimension : shape) {
            count = Math.multiplyExact(count, dimension);
        }
        return count;
    }

    /** Returns the shape written like {@code [16, 4096]}, for messages. */
    public String shapeText() {
        return shape.toString();
    }
}
