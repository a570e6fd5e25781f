package org.causalworkbench.estimators.data;

/**
 * Signals input data that cannot be used as given. The message names the file and, where it
 * applies, the line and column, and states what to change.
 */
public class DataFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message a complete sentence naming the file, line or column and the fix
     */
    public DataFormatException(String message) {
        super(message);
    }

    /**
     * Creates the exception with the lower-level cause.
     *
     * @param message a complete sentence naming the file, line or column and the fix
     * @param cause the parser or I/O error behind it
     */
    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
