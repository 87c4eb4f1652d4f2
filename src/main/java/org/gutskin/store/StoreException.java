package org.gutskin.store;

/**
 * A problem with the journal file or folder that a person can act on. The message names the
 * file and says what to do; it is shown as it is, never as a stack trace.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
