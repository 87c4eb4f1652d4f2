package org.gutskin.cli;

/** A mistake the user can fix (a missing file, a bad flag value): shown as one line, exit code 1. */
public final class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
