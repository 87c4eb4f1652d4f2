package org.gutskin.exchange;

import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file read for an import: its name as the user knows it ("export.zip/meals.csv"), its
 * header, and its records with the line each starts on.
 */
record CsvFile(String name, List<String> header, List<CSVRecord> records, List<Long> lines) {
    /** The file's own name, without the folder or .zip it came from. */
    String fileName() {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
