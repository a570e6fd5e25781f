package org.causalworkbench.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {

    /** A process id that no running process has: above the Linux maximum of 2^22. */
    private static final long DEAD_PROCESS = 4_999_999L;

    @TempDir
    Path folder;

    private static ProjectDocument project(String title) {
        return new ProjectDocument(ProjectKind.PROJECT, title, "test", Instant.EPOCH, List.of(),
                List.of(), JsonValues.MAPPER.createObjectNode());
    }

    @Test
    void crashedSessionOffersAutosave() throws Exception {
        RecoveryStore crashed = new RecoveryStore(folder, DEAD_PROCESS);
        crashed.sessionStarted();
        crashed.autosave(project("Unsaved work"));

        RecoveryStore next = new RecoveryStore(folder, ProcessHandle.current().pid());

        assertTrue(next.pending().isPresent());
        assertEquals("Unsaved work", ProjectFiles.open(next.pending().get().file()).title());
    }

    @Test
    void cleanExitLeavesNothingToRecover() throws Exception {
        RecoveryStore session = new RecoveryStore(folder, DEAD_PROCESS);
        session.sessionStarted();
        session.autosave(project("Saved"));
        session.cleanExit();

        assertFalse(new RecoveryStore(folder, 1).pending().isPresent());
        assertFalse(Files.exists(folder.resolve(RecoveryStore.AUTOSAVE)));
    }

    @Test
    void runningSessionsAutosaveIsLeftAlone() throws Exception {
        RecoveryStore running = new RecoveryStore(folder, ProcessHandle.current().pid());
        running.sessionStarted();
        running.autosave(project("Live"));

        RecoveryStore second = new RecoveryStore(folder, DEAD_PROCESS);

        assertFalse(second.pending().isPresent());
    }

    @Test
    void storeWithoutSessionTouchesNothing() throws Exception {
        RecoveryStore crashed = new RecoveryStore(folder, DEAD_PROCESS);
        crashed.sessionStarted();
        crashed.autosave(project("Kept"));
        RecoveryStore idle = new RecoveryStore(folder, ProcessHandle.current().pid());

        idle.autosave(project("Overwrite"));
        idle.cleanExit();

        assertEquals("Kept", ProjectFiles.open(idle.pending().get().file()).title());
    }

    @Test
    void discardRemovesAutosave() throws Exception {
        RecoveryStore crashed = new RecoveryStore(folder, DEAD_PROCESS);
        crashed.sessionStarted();
        crashed.autosave(project("Old"));
        RecoveryStore next = new RecoveryStore(folder, 7);

        next.discard();

        assertFalse(next.pending().isPresent());
    }
}
