package org.gutskin.exchange;

import java.util.List;
import java.util.Locale;

/**
 * One kind of file an import reads — our interchange format, or another app's export: how to
 * know its files, and how to read one into the import's draft.
 */
interface ImportFormat {
    /** What a file is to a format, once recognised. */
    record FileKind(ImportFormat format, String name, int order, List<String> requiredColumns, String description) {
    }

    /**
     * The kind of file this is to the format, or null when it is not one of its files.
     *
     * @param fileName the file's own name, lower case
     * @param header   the header's columns as written
     * @param byName   true to recognise by the file's name only, false by its header
     */
    FileKind recognise(String fileName, List<String> header, boolean byName);

    /** Column names compared without case. */
    static List<String> lowerCase(List<String> header) {
        return header.stream().map(column -> column.toLowerCase(Locale.ROOT)).toList();
    }

    /** Reads a file of this format into the draft; problems go to the draft, row by row. */
    void read(CsvFile file, FileKind kind, ImportDraft draft);
}
