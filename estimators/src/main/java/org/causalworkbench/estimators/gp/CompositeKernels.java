package org.causalworkbench.estimators.gp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Parameter bookkeeping shared by {@link SumKernel} and {@link ProductKernel}. */
final class CompositeKernels {

    private CompositeKernels() {
    }

    static Kernel[] checkParts(Kernel[] parts, String role) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("at least one " + role + " is required");
        }
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) {
                throw new IllegalArgumentException(role + " " + i + " is missing");
            }
        }
        return parts.clone();
    }

    static int parameterCount(Kernel[] parts) {
        int count = 0;
        for (Kernel part : parts) {
            count += part.parameterCount();
        }
        return count;
    }

    static double[] logParameters(Kernel[] parts) {
        double[] logs = new double[parameterCount(parts)];
        int offset = 0;
        for (Kernel part : parts) {
            double[] partLogs = part.logParameters();
            System.arraycopy(partLogs, 0, logs, offset, partLogs.length);
            offset += partLogs.length;
        }
        return logs;
    }

    /** Splits {@code logParameters} over the parts and returns the updated parts. */
    static Kernel[] withLogParameters(Kernel[] parts, double[] logParameters) {
        KernelChecks.checkLogParameters(logParameters, parameterCount(parts));
        Kernel[] updated = new Kernel[parts.length];
        int offset = 0;
        for (int i = 0; i < parts.length; i++) {
            int count = parts[i].parameterCount();
            updated[i] = parts[i].withLogParameters(
                    Arrays.copyOfRange(logParameters, offset, offset + count));
            offset += count;
        }
        return updated;
    }

    /** Lists the parts' hyperparameters, prefixed with {@code role} and the part's index. */
    static List<Hyperparameter> hyperparameters(Kernel[] parts, String role) {
        List<Hyperparameter> list = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            for (Hyperparameter parameter : parts[i].hyperparameters()) {
                list.add(parameter.withPrefix(role + i));
            }
        }
        return List.copyOf(list);
    }

    static String describe(String name, Kernel[] parts) {
        StringBuilder text = new StringBuilder(name).append('(');
        for (int i = 0; i < parts.length; i++) {
            text.append(i == 0 ? "" : ", ").append(parts[i]);
        }
        return text.append(')').toString();
    }
}
