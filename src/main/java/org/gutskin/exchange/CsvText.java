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

    /**
     * Where text stops being UTF-8: "is UTF-16 text…" or "is not UTF-8 text…" with the line of the
     * first bytes that are not, counted in one pass over the bytes.
     */
    static NotUtf8 firstNotUtf8(InputStream in) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long line = 1;
        int pending = 0; // continuation bytes still expected
        boolean first = true;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                int b = buffer[i] & 0xff;
                if (first && n > 1 && (b == 0xff && (buffer[1] & 0xff) == 0xfe || b == 0xfe && (buffer[1] & 0xff) == 0xff)) {
                    return new NotUtf8(1, "is UTF-16 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again");
                }
                first = false;
                if (pending > 0) {
                    if ((b & 0xc0) != 0x80) {
                        return new NotUtf8(line, NOT_UTF8);
                    }
                    pending--;
                } else if (b == '\n') {
                    line++;
                } else if (b >= 0x80) {
                    pending = (b & 0xe0) == 0xc0 && b >= 0xc2 ? 1 : (b & 0xf0) == 0xe0 ? 2
                            : (b & 0xf8) == 0xf0 && b <= 0xf4 ? 3 : -1;
                    if (pending < 0) {
                        return new NotUtf8(line, NOT_UTF8);
                    }
                }
            }
        }
        return new NotUtf8(line, NOT_UTF8);
    }

    static final String NOT_UTF8 = "is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again";

    /** The line where a file stops being UTF-8, and what to tell the user. */
    record NotUtf8(long line, String message) {
    }
}
