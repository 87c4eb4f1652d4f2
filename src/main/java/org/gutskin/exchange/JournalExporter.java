package org.gutskin.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gutskin.crypt.PassphraseKey;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.Settings;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.MealRepository;

/**
 * Writes the journal as CSV: the lossless interchange format, the daily report, or one row per
 * food eaten. Everything is written under a temporary name and moved into place at the end, so
 * a failed export never leaves half a file.
 */
public final class JournalExporter {
    private static final CSVFormat CSV = CSVFormat.RFC4180;
    private static final int BUFFER = 1 << 16;

    /**
     * What to export and how. {@code from}/{@code to} null: the whole journal.
     *
     * @param overwrite  replace what {@code out} holds; without it an existing file or folder is refused
     * @param encryption the key of a passphrase to encrypt the export with (one {@code .gpg} file; the
     *                   journal format then a .zip inside), or empty
     */
    public record Request(ExportFormat format, Path out, LocalDate from, LocalDate to, boolean byteOrderMark,
                          boolean overwrite, Optional<PassphraseKey> encryption) {
        public Request(ExportFormat format, Path out, LocalDate from, LocalDate to, boolean byteOrderMark,
                       boolean overwrite) {
            this(format, out, from, to, byteOrderMark, overwrite, Optional.empty());
        }
    }

    /**
     * The journal data an export needs, read on the journal thread: the days (read only when a
     * format needs them), a stream of the foods eaten for the one-row-per-food export, and the zone
     * the days are dated in (nights are measured in it).
     */
    public record Source(Supplier<NavigableMap<LocalDate, DayEntry>> days, List<Habit> habits, List<Food> userFoods,
                         Map<String, String> phrases, Settings settings, SortedSet<LocalDate> skippedDays,
                         FoodKnowledge knowledge, FoodsEaten foodsEaten, ZoneId zone) {
    }

    /** Streams every food item eaten, in journal order. */
    @FunctionalInterface
    public interface FoodsEaten {
        void forEach(MealRepository.FoodEatenVisitor visitor);
    }

    private JournalExporter() {
    }

    /**
     * Writes the export, refusing a target that would harm the journal in {@code journal} or
     * replace something unasked; returns the number of data rows written. Everything is written
     * under a hidden temporary name, noted in {@code pending}, and moved into place at the end.
     */
    public static long export(Request request, Source source, DataDirectory journal, DoubleConsumer progress) {
        ExportTarget.check(request, journal);
        Writing writing = new Writing(new PendingExports(journal), request.byteOrderMark(), request.encryption());
        try {
            return switch (request.format()) {
                case JOURNAL -> request.encryption().isPresent()
                        || request.out().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                        ? writing.zip(request.out(), InterchangeExport.parts(source), progress)
                        : writing.folder(request.out(), InterchangeExport.parts(source), progress);
                case DAILY -> writing.file(request.out(), writer -> Reports.daily(writer, request, source));
                case FOODS -> writing.file(request.out(), writer -> Reports.foods(writer, source));
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

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    static CSVPrinter printer(Writer writer, List<String> header) throws IOException {
        return new CSVPrinter(writer, CSV.builder().setHeader(header.toArray(new String[0])).get());
    }
}
