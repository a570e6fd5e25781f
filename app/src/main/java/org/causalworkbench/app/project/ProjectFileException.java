package org.causalworkbench.app.project;

/**
 * Signals a project file that cannot be opened or saved, with a message for the user that names
 * the file, the entry or the version concerned and says what to do.
 */
public final class ProjectFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message for the user
     */
    public ProjectFileException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message the message for the user
     * @param cause the underlying failure
     */
    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
