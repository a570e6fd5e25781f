package org.causalworkbench.app.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks the file an {@code --out} option names before a command starts its analysis, so that
 * a mistyped path fails at once rather than after minutes of computing. The write itself can
 * still fail later, for example when the disk fills.
 */
final class OutputTarget {

    private OutputTarget() {
    }

    /**
     * Checks the value after the first {@code --out} in {@code arguments}, if there is one.
     *
     * @throws IllegalArgumentException naming the path and what to do, when it is a folder,
     *     a device or pipe, or lies in a folder that does not exist or cannot be written
     */
    static void check(List<String> arguments) {
        int at = arguments.indexOf("--out");
        if (at < 0 || at + 1 >= arguments.size() || arguments.get(at + 1).startsWith("--")) {
            return;
        }
        String text = arguments.get(at + 1);
        Path target;
        try {
            target = Path.of(text).toAbsolutePath();
        } catch (InvalidPathException invalid) {
            throw new IllegalArgumentException("--out " + text + " is not a valid path: "
                    + invalid.getReason(), invalid);
        }
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("--out " + text + " is a folder; give a file"
                    + " name inside it, such as " + target.resolve("result.json"));
        }
        rejectSpecialFile(target, text);
        Path folder = target.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("--out " + text + " is in folder " + folder
                    + ", which does not exist; create it or choose another folder");
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new IllegalArgumentException("--out " + text + " is in folder " + folder
                    + ", which cannot be written; choose another folder");
        }
    }

    /**
     * Rejects a target that exists but is a device or pipe, which a write would replace by an
     * ordinary file. A folder gets its own message from {@link #check}.
     *
     * @param shown the path as the user wrote it, for the message
     */
    static void rejectSpecialFile(Path target, String shown) {
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            throw new IllegalArgumentException("--out " + shown + " exists and is not a regular"
                    + " file; choose a file name, or leave out --out to print to standard"
                    + " output");
        }
    }
}
