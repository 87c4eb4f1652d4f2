package org.gutskin.exchange;

/** An export or import that cannot be done, with a sentence that names the file and what is wrong. */
public final class ExchangeException extends RuntimeException {
    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
