package org.gutskin.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gutskin.food.Food;
import org.gutskin.journal.Habit;

/**
 * Reads files to import — folders, .zip files and single .csv files — into an {@link ImportPlan}:
 * each file is handed to the format that knows it (our interchange format, Daylio, Cronometer,
 * Loop Habit Tracker), and every problem is collected as {@code file:line: column: what is wrong}.
 * Nothing is written here.
 */
public final class JournalImporter {
    public static final int MAX_PROBLEMS = 50;
    /** The largest file read; anything bigger is refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    /** How to read other apps' files. */
    public record Options(Set<String> activitiesAsFood, Set<String> activitiesAsHabit) {
        public static final Options DEFAULT = new Options(Set.of(), Set.of());
    }

    /** The food knowledge imports are tagged with: the shipped base and the user's own. */
    public record Knowledge(List<Food> shipped, List<Food> userFoods, Map<String, String> phrases) {
    }

    /** A file read and recognised, waiting its turn. */
    private record Recognised(CsvFile file, ImportFormat.FileKind kind) {
    }

    private final ImportDraft draft;
    /**
     * A new reader of each format for every import (some keep what they read across files), in
     * the order they are asked whether a header is theirs.
     */
    private final List<ImportFormat> formats = List.of(new DaylioFormat(), new CronometerFormat(),
            new InterchangeFormat(), new LoopFormat());

    private JournalImporter(ImportDraft draft) {
        this.draft = draft;
    }

    /** Reads every path (a folder, a .zip or a .csv file) into one plan. */
    public static ImportPlan read(List<Path> paths, Knowledge knowledge, List<Habit> knownHabits, Options options) {
        JournalImporter importer = new JournalImporter(new ImportDraft(knowledge, knownHabits, options));
        List<Recognised> files = new ArrayList<>();
        for (Path path : paths) {
            importer.collect(path, files);
        }
        // habit definitions, foods and phrases first, so that the days are read with them
        files.sort(Comparator.comparingInt(file -> file.kind().order()));
        for (Recognised file : files) {
            importer.draft.readFrom(file.file().name() + " (" + file.kind().description() + ")");
            file.kind().format().read(file.file(), file.kind(), importer.draft);
        }
        return importer.draft.plan();
    }

    // ------------------------------------------------------------------ reading files

    private void collect(Path path, List<Recognised> files) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listed = Files.list(path)) {
                    List<Path> csvFiles = listed.filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT)
                            .endsWith(".csv")).sorted().toList();
                    if (csvFiles.isEmpty()) {
                        draft.problem(path.toString(), 0, "file", "the folder holds no .csv files");
                    }
                    for (Path file : csvFiles) {
                        collect(file, files);
                    }
                }
            } else if (!Files.exists(path)) {
                draft.problem(path.toString(), 0, "file", "there is no such file or folder");
            } else if (Files.size(path) > MAX_FILE_BYTES) {
                draft.problem(name, 0, "file", "the file is larger than 200 MB; split it before importing");
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                readZip(path, name, files);
            } else {
                parse(name, Files.readAllBytes(path), files);
            }
        } catch (IOException e) {
            draft.problem(name, 0, "file", "cannot be read (" + JournalExporter.describe(e) + ")");
        }
    }

    private void readZip(Path path, String name, List<Recognised> files) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(path))) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = zip.getNextEntry()) != null) {
                String entryName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!entry.isDirectory() && entryName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    any = true;
                    parse(name + "/" + entryName, readLimited(zip, name + "/" + entryName), files);
                }
            }
            if (!any) {
                draft.problem(name, 0, "file", "the .zip holds no .csv files");
            }
        } catch (ZipException e) {
            draft.problem(name, 0, "file", "is not a readable .zip file (" + e.getMessage() + ")");
        }
    }

    private static byte[] readLimited(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_FILE_BYTES + 1));
        if (bytes.length > MAX_FILE_BYTES) {
            throw new IOException(name + " is larger than 200 MB");
        }
        return bytes;
    }

    private void parse(String name, byte[] bytes, List<Recognised> files) {
        List<CSVRecord> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<String> header;
        try (Reader reader = CsvText.utf8(new ByteArrayInputStream(bytes));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setAllowMissingColumnNames(true).setAllowDuplicateHeaderNames(true).setIgnoreEmptyLines(true)
                     .get().parse(reader)) {
            header = parser.getHeaderNames().stream().map(String::strip).toList();
            long line = parser.getCurrentLineNumber() + 1;
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    draft.problem(name, line, "file", unreadable(e));
                    break;
                }
                records.add(record);
                lines.add(line);
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (CharacterCodingException e) {
            draft.problem(name, 0, "file", "is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again");
            return;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            draft.problem(name, 1, "header", unreadable(e));
            return;
        }
        if (header.isEmpty()) {
            draft.problem(name, 1, "header", "the file is empty or has no header row");
            return;
        }
        CsvFile file = new CsvFile(name, header, records, lines);
        ImportFormat.FileKind kind = recognise(file);
        if (kind == null) {
            draft.problem(name, 1, "header", "not a file this app knows: the header is " + abbreviate(header)
                    + " (see docs/csv-format.md)");
            return;
        }
        List<String> present = ImportFormat.lowerCase(header);
        List<String> missing = kind.requiredColumns().stream()
                .filter(column -> !present.contains(column.toLowerCase(Locale.ROOT))).toList();
        if (!missing.isEmpty()) {
            draft.problem(name, 1, "header", "missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (found: " + abbreviate(header) + ")");
            return;
        }
        files.add(new Recognised(file, kind));
    }

    /** By the file's name first (journal exports), then by its header, in the formats' order. */
    private ImportFormat.FileKind recognise(CsvFile file) {
        String fileName = file.fileName().toLowerCase(Locale.ROOT);
        for (boolean byName : new boolean[] {true, false}) {
            for (ImportFormat format : formats) {
                ImportFormat.FileKind kind = format.recognise(fileName, file.header(), byName);
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }

    private static String unreadable(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "is not UTF-8 text; save it as UTF-8 and try again";
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "the CSV cannot be read: " + (message.length() > 160 ? message.substring(0, 160) + "…" : message);
    }

    private static String abbreviate(List<String> header) {
        List<String> shown = header.size() > 8 ? header.subList(0, 8) : header;
        String text = String.join(", ", shown) + (header.size() > 8 ? ", … (" + header.size() + " columns)" : "");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
