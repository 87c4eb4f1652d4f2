package org.gutskin.exchange;

/**
 * Something wrong in an imported file, said as {@code file:line: column: what is wrong}.
 *
 * @param line   1 for the header; 0 when the problem is the whole file
 * @param column the column's name, or "file" / "header"
 */
public record ImportProblem(String file, long line, String column, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + column + ": " + message;
    }
}
