package org.gutskin.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text cells as they go into and come out of CSV files: spreadsheet formula injection neutralised
 * (OWASP: a cell starting with = + - @ tab or carriage return gets a leading apostrophe), and
 * restored exactly on import of our own files; UTF-8 read strictly, with or without a BOM.
 */
public final class CsvText {
    private static final String TRIGGERS = "=+-@\t\r";

    private CsvText() {
    }

    /** The cell as written: a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean escapedAlready = first == '\'' && text.length() > 1
                && (TRIGGERS.indexOf(text.charAt(1)) >= 0 || text.charAt(1) == '\'');
        return TRIGGERS.indexOf(first) >= 0 || escapedAlready ? "'" + text : text;
    }

    /** Undoes {@link #neutralise}: exactly the text that was exported. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\''
                && (TRIGGERS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == '\'')) {
            return cell.substring(1);
        }
        return cell;
    }

    /** A strict UTF-8 reader that skips a byte-order mark and fails on bytes that are not UTF-8. */
    public static Reader utf8(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, strictUtf8()));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
