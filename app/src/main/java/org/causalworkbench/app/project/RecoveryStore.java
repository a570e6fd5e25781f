package org.causalworkbench.app.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps an autosaved copy of the open project in a recovery folder, and tells the next start
 * whether the previous session ended without a clean exit.
 *
 * <p>A session writes a lock file with its process id when it starts and deletes it, with the
 * autosave, on a clean exit. If the next start finds the lock of a process that is no longer
 * running next to an autosave, that autosave is offered for recovery. Two windows running at
 * once each see the other's live lock and leave its autosave alone.
 */
public final class RecoveryStore {

    static final String AUTOSAVE = "autosave" + ProjectFiles.EXTENSION;
    static final String LOCK = "session.lock";

    private final Path folder;
    private final long processId;
    private boolean started;

    /**
     * Creates a store in a folder.
     *
     * @param folder the recovery folder, created when needed
     * @param processId the id of this process
     */
    public RecoveryStore(Path folder, long processId) {
        this.folder = folder;
        this.processId = processId;
    }

    /** Returns the store in the user's home folder for this process. */
    public static RecoveryStore forUser() {
        return new RecoveryStore(Path.of(System.getProperty("user.home"), ".causal-workbench",
                "recovery"), ProcessHandle.current().pid());
    }

    /** A project left behind by a session that did not exit cleanly. */
    public record Recoverable(Path file, Instant saved) {
    }

    /**
     * Returns the autosave of a previous session that ended without a clean exit, if any.
     *
     * @return the recoverable project
     */
    public Optional<Recoverable> pending() {
        Path autosave = folder.resolve(AUTOSAVE);
        Path lock = folder.resolve(LOCK);
        if (!Files.isRegularFile(autosave) || !Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        try {
            long owner = Long.parseLong(Files.readString(lock, StandardCharsets.US_ASCII).strip());
            if (owner != processId && ProcessHandle.of(owner).map(ProcessHandle::isAlive)
                    .orElse(false)) {
                return Optional.empty();
            }
            return Optional.of(new Recoverable(autosave,
                    Files.getLastModifiedTime(autosave).toInstant()));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.of(new Recoverable(autosave, Instant.EPOCH));
        }
    }

    /**
     * Marks this session as running. Call after dealing with {@link #pending()}, because the
     * lock of the crashed session is replaced.
     *
     * @throws IOException if the folder cannot be written
     */
    public void sessionStarted() throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(LOCK), Long.toString(processId),
                StandardCharsets.US_ASCII);
        started = true;
    }

    /**
     * Writes the autosave atomically.
     *
     * <p>Does nothing before {@link #sessionStarted()}, so a window that never claimed the folder
     * cannot overwrite another window's autosave.
     *
     * @param project the project as on screen
     * @throws IOException if writing fails; the previous autosave is then intact
     */
    public void autosave(ProjectDocument project) throws IOException {
        if (!started) {
            return;
        }
        Files.createDirectories(folder);
        ProjectFiles.save(project, folder.resolve(AUTOSAVE), null);
    }

    /**
     * Removes the autosave after the user declined or finished recovering it.
     *
     * @throws IOException if it cannot be deleted
     */
    public void discard() throws IOException {
        Files.deleteIfExists(folder.resolve(AUTOSAVE));
    }

    /**
     * Marks a clean exit: the autosave and the lock go. A store whose session never started
     * leaves the folder alone, since another window may own it.
     *
     * @throws IOException if they cannot be deleted
     */
    public void cleanExit() throws IOException {
        if (!started) {
            return;
        }
        discard();
        Files.deleteIfExists(folder.resolve(LOCK));
    }
}
