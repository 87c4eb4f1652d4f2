package org.gutskin.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVParser;
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

    /** Reads every path (a folder, a .zip or a .csv file) into one plan; days after {@code latest} are refused. */
    public static ImportPlan read(List<Path> paths, Knowledge knowledge, List<Habit> knownHabits, Options options,
                                  LocalDate latest) {
        JournalImporter importer = new JournalImporter(new ImportDraft(knowledge, knownHabits, options, latest));
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

    // ------------------------------------------------------------------ finding the files

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
            } else if (!Files.isRegularFile(path)) {
                // a device such as /dev/zero or a named pipe: reading it could go on for ever
                draft.problem(path.toString(), 0, "file", "is not a regular file (a device or a pipe, say)");
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                readZip(path, name, files);
            } else if (Files.size(path) > ReadBudget.MAX_FILE_BYTES) {
                draft.problem(name, 0, "file", "the file is larger than 50 MB; split it before importing");
            } else {
                recognise(new CsvFile(name, List.of(), () -> Files.newInputStream(path)), files);
            }
        } catch (IOException e) {
            draft.problem(name, 0, "file", "cannot be read (" + JournalExporter.describe(e) + ")");
        }
    }

    private void readZip(Path path, String name, List<Recognised> files) throws IOException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            boolean any = false;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String entryName = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || !entryName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                any = true;
                if (entry.getSize() > ReadBudget.MAX_FILE_BYTES) {
                    draft.problem(name + "/" + entryName, 0, "file",
                            "the file is larger than 50 MB; split it before importing");
                    continue;
                }
                // each file is read again when its turn comes, straight from the .zip
                recognise(new CsvFile(name + "/" + entryName, List.of(), () -> {
                    ZipFile again = new ZipFile(path.toFile());
                    return new FilterInputStream(again.getInputStream(again.getEntry(entry.getName()))) {
                        @Override
                        public void close() throws IOException {
                            try {
                                super.close();
                            } finally {
                                again.close();
                            }
                        }
                    };
                }), files);
            }
            if (!any) {
                draft.problem(name, 0, "file", "the .zip holds no .csv files");
            }
        } catch (ZipException e) {
            draft.problem(name, 0, "file", "is not a readable .zip file (" + e.getMessage() + ")");
        }
    }

    /** Reads a file's header and finds the format it belongs to; its rows are read later, in order. */
    private void recognise(CsvFile unread, List<Recognised> files) {
        String name = unread.name();
        List<String> header;
        try (InputStream in = new ReadBudget().limit(unread.opener().open());
             Reader reader = CsvText.utf8(new ByteArrayInputStream(headerLine(in)));
             CSVParser parser = CsvFile.FORMAT.parse(reader)) {
            header = parser.getHeaderNames().stream().map(String::strip).toList();
        } catch (CharacterCodingException e) {
            draft.notUtf8(unread);
            return;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            draft.problem(name, 1, "header", unreadable(e));
            return;
        }
        if (header.isEmpty()) {
            draft.problem(name, 1, "header", "the file is empty or has no header row");
            return;
        }
        CsvFile file = new CsvFile(name, header, unread.opener());
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

    /** The bytes of the first line, with its line break: all the header is. */
    private static byte[] headerLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.toByteArray();
    }

    /** Why a file could not be read on, for its problem line. */
    static String unreadable(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel) and try again";
        }
        if (cause instanceof ReadBudget.Exceeded exceeded) {
            return exceeded.getMessage();
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
