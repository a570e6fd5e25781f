package org.causalworkbench.estimators.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void write_replacesExistingContent(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("result.json");
        Files.writeString(target, "old content that is longer than the new");

        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertEquals("new", Files.readString(target));
    }

    @Test
    void write_leavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        AtomicFiles.write(dir.resolve("a.json"), new byte[] {1, 2, 3});

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(dir.resolve("a.json")));
    }

    @Test
    void write_givesNewFileReadablePermissions(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("shared.json");

        AtomicFiles.write(target, new byte[] {1});

        assertEquals("rw-r--r--",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void write_keepsPermissionsOfReplacedFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("private.json");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

        AtomicFiles.write(target, new byte[] {1});

        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void write_intoMissingFolder_failsWithoutCreatingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing");

        assertThrows(NoSuchFileException.class,
                () -> AtomicFiles.write(missing.resolve("x.json"), new byte[] {1}));

        assertEquals(false, Files.exists(missing));
    }
}
