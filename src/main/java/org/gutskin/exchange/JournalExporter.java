package org.gutskin.exchange;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.store.MealRepository;

/**
 * Writes the journal as CSV: the lossless interchange format, the daily report, or one row per
 * food eaten. Everything is written under a temporary name and moved into place at the end, so
 * a failed export never leaves half a file.
 */
public final class JournalExporter {
    private static final CSVFormat CSV = CSVFormat.RFC4180;
    private static final int BUFFER = 1 << 16;

    /** What to export and how. {@code from}/{@code to} null: the whole journal. */
    public record Request(ExportFormat format, Path out, LocalDate from, LocalDate to, boolean byteOrderMark) {
    }

    /**
     * The journal data an export needs, read on the journal thread: the days (read only when a
     * format needs them), and a stream of the foods eaten for the one-row-per-food export.
     */
    public record Source(Supplier<NavigableMap<LocalDate, DayEntry>> days, List<Habit> habits, List<Food> userFoods,
                         Map<String, String> phrases, FoodKnowledge knowledge, FoodsEaten foodsEaten) {
    }

    /** Streams every food item eaten, in journal order. */
    @FunctionalInterface
    public interface FoodsEaten {
        void forEach(MealRepository.FoodEatenVisitor visitor);
    }

    private JournalExporter() {
    }

    /** Writes the export; returns the number of data rows written. */
    public static long export(Request request, Source source, DoubleConsumer progress) {
        try {
            return switch (request.format()) {
                case JOURNAL -> request.out().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                        ? writeZip(request, source, progress) : writeFolder(request, source, progress);
                case DAILY -> writeFile(request.out(), request.byteOrderMark(), writer -> Reports.daily(writer, request,
                        source));
                case FOODS -> writeFile(request.out(), request.byteOrderMark(), writer -> Reports.foods(writer, source));
            };
        } catch (IOException e) {
            throw new ExchangeException("Cannot write " + request.out() + ": " + describe(e), e);
        } catch (UncheckedIOException e) {
            throw new ExchangeException("Cannot write " + request.out() + ": " + describe(e.getCause()), e);
        }
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        return switch (kind) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "the folder does not exist";
            case "FileSystemException" -> e.getMessage() == null ? "the disk refused the write" : e.getMessage();
            default -> e.getMessage() == null ? kind : e.getMessage();
        };
    }

    interface CsvBody {
        long write(Writer writer) throws IOException;
    }

    /** Writes one file through a temporary sibling, owner-only, then moves it into place. */
    private static long writeFile(Path target, boolean bom, CsvBody body) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial");
        try {
            restrictToOwner(temporary);
            long rows;
            try (Writer writer = utf8(Files.newOutputStream(temporary))) {
                if (bom) {
                    writer.write('\uFEFF');
                }
                rows = body.write(writer);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A buffered UTF-8 writer: the CSV printer writes cell by cell, and unbuffered each cell is a
     * trip through the encoder (a fifth of the time spent writing).
     */
    private static Writer utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
    }

    static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static long writeFolder(Request request, Source source, DoubleConsumer progress) throws IOException {
        Files.createDirectories(request.out());
        long rows = 0;
        List<InterchangeExport.Part> parts = InterchangeExport.parts(source);
        for (int i = 0; i < parts.size(); i++) {
            InterchangeExport.Part part = parts.get(i);
            rows += writeFile(request.out().resolve(part.file()), request.byteOrderMark(), part.body());
            progress.accept((i + 1.0) / parts.size());
        }
        return rows;
    }

    private static long writeZip(Request request, Source source, DoubleConsumer progress) throws IOException {
        Path target = request.out();
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial");
        try {
            restrictToOwner(temporary);
            long rows = 0;
            List<InterchangeExport.Part> parts = InterchangeExport.parts(source);
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary),
                    BUFFER))) {
                Writer writer = utf8(new NonClosing(zip));
                for (int i = 0; i < parts.size(); i++) {
                    zip.putNextEntry(new ZipEntry(parts.get(i).file()));
                    if (request.byteOrderMark()) {
                        writer.write('\uFEFF');
                    }
                    rows += parts.get(i).body().write(writer);
                    writer.flush();
                    zip.closeEntry();
                    progress.accept((i + 1.0) / parts.size());
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Lets a CSV printer close its writer without closing the zip around it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    static CSVPrinter printer(Writer writer, List<String> header) throws IOException {
        return new CSVPrinter(writer, CSV.builder().setHeader(header.toArray(new String[0])).get());
    }
}
