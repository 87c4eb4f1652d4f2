package org.gutskin.exchange;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.gutskin.journal.Times;

/**
 * One row of an imported file: its cells by column name (any case), read as text, dates, times
 * and numbers; a cell that is not what its column needs is a {@link RowProblem}.
 */
final class CsvRow {
    private final CsvFile file;
    private final CSVRecord record;
    private final long line;
    private final Map<String, Integer> index;

    CsvRow(CsvFile file, CSVRecord record, long line, Map<String, Integer> index) {
        this.file = file;
        this.record = record;
        this.line = line;
        this.index = index;
    }

    /** Where each column of a file's header is, by its name in lower case (the first of a repeated name). */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        return index;
    }

    CsvFile file() {
        return file;
    }

    long line() {
        return line;
    }

    boolean has(String column) {
        return !raw(column).isEmpty();
    }

    /** A cell without the spaces around it: for dates, numbers and names. */
    String raw(String column) {
        return exact(column).strip();
    }

    private String exact(String column) {
        Integer at = index.get(column.toLowerCase(Locale.ROOT));
        return at == null || at >= record.size() ? "" : record.get(at);
    }

    /** A text cell exactly as the user wrote it; ours were neutralised against formulas on export. */
    String text(String column) {
        return CsvText.restore(exact(column));
    }

    LocalDate date(String column) {
        LocalDate date = Times.parseDate(raw(column));
        if (date == null) {
            throw new RowProblem(column, RowProblem.quoted(raw(column)) + " is not a date (use YYYY-MM-DD)");
        }
        return date;
    }

    /** A clock time as people write it ("9:30 PM", "21:30"); {@code example} says how, in this kind of file. */
    LocalTime time(String column, String example) {
        return time(column, example, Times.parseClock(raw(column)));
    }

    /** A clock time as our own files write it: {@code HH:mm}, 24 hours. */
    LocalTime writtenTime(String column) {
        return time(column, "use HH:MM, 24 hours", Times.parseWrittenClock(raw(column)));
    }

    private LocalTime time(String column, String example, LocalTime time) {
        if (time == null) {
            throw new RowProblem(column, RowProblem.quoted(raw(column)) + " is not a time (" + example + ")");
        }
        return time;
    }

    int integer(String column) {
        String value = raw(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new RowProblem(column, RowProblem.quoted(value) + " is not a whole number");
        }
    }

    double number(String column) {
        String value = raw(column);
        try {
            double number = Double.parseDouble(value);
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new RowProblem(column, RowProblem.quoted(value) + " is not a number");
        }
    }
}
