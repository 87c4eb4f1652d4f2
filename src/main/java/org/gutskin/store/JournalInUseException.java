package org.gutskin.store;

/** The journal is open in another window or command; it may still be read beside it. */
public final class JournalInUseException extends StoreException {
    public JournalInUseException(String message) {
        super(message);
    }
}
