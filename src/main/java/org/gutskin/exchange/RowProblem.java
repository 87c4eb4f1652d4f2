package org.gutskin.exchange;

import org.gutskin.journal.Checks;
/** A problem with one cell of an imported row; the row is left out and the problem reported. */
final class RowProblem extends RuntimeException {
    private final String column;

    RowProblem(String column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }

    /** A cell's text as a problem quotes it (journal/Checks.quoted). */
    static String quoted(String value) {
        return Checks.quoted(value);
    }
}
