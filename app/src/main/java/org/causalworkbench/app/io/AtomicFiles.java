package org.causalworkbench.app.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash or a full disk never leaves a half-written target: the bytes go to
 * a temporary file in the target's folder, are forced to disk, and then replace the target in one
 * rename.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes the bytes to {@code target}, replacing it atomically where the file system allows.
     *
     * <p>Where it does not ({@link AtomicMoveNotSupportedException}), the temporary file replaces
     * the target with an ordinary move; the old content then survives until the new file is
     * complete, because the move happens only after the temporary file was written and forced.
     *
     * @param target the file to write
     * @param bytes the content
     * @throws IOException if writing fails; the target is then unchanged
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
