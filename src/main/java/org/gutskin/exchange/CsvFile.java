package org.gutskin.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * One CSV file of an import: its name as the user knows it ("export.zip/meals.csv"), its header,
 * and how to read it again from the start — a file on disk or an entry of a .zip, read as a
 * stream so that a large file never sits in memory whole.
 */
record CsvFile(String name, List<String> header, Opener opener) {
    /** How every imported file is parsed: RFC 4180 with a header row. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).setIgnoreEmptyLines(true).get();

    /** Opens the file's bytes from the start. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** The file's own name, without the folder or .zip it came from. */
    String fileName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
