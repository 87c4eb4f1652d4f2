package org.gutskin.journal;

/**
 * A journal value that cannot be right, with a sentence a person understands
 * ("Stress must be between 0 and 10, got 12") and the field it concerns.
 */
public final class InvalidEntryException extends IllegalArgumentException {
    private final String field;

    public InvalidEntryException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the message is about, e.g. {@code "stress.level"}; used to place the message next to it. */
    public String field() {
        return field;
    }
}
