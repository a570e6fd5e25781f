package org.causalworkbench.estimators.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

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
     * @throws IOException if writing fails, including when the folder does not exist or the
     *     target is a folder; the target is then unchanged
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isSymbolicLink(absolute)) {
            // Replace the file the link points to, and keep the link.
            absolute = absolute.toRealPath();
        }
        Path folder = absolute.getParent();
        if (folder == null) {
            throw new FileSystemException(absolute.toString(), null, "it is a folder, not a file");
        }
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "it is a folder, not a file");
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        } catch (IOException | UnsupportedOperationException cannotCreate) {
            FileSystemException failure = new FileSystemException(folder.toString(), null,
                    "cannot create files in this folder");
            failure.initCause(cannotCreate);
            throw failure;
        }
        try {
            setPermissions(temporary, absolute);
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

    /**
     * Gives the temporary file the target's permissions, or rw-r--r-- for a new file, because
     * temporary files are created readable by their owner only.
     */
    private static void setPermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }
}
