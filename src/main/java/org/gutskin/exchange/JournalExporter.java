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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gutskin.analysis.DailyFeatures;
import org.gutskin.analysis.FeatureTable;
import org.gutskin.food.Food;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.FoodTag;
import org.gutskin.food.PlantPart;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.Habit;
import org.gutskin.journal.Meal;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;
import org.gutskin.journal.Times;
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
                case DAILY -> writeFile(request.out(), request.byteOrderMark(), writer -> daily(writer, request,
                        source));
                case FOODS -> writeFile(request.out(), request.byteOrderMark(), writer -> foods(writer, source));
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

    private interface CsvBody {
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
        List<JournalPart> parts = parts(source);
        for (int i = 0; i < parts.size(); i++) {
            JournalPart part = parts.get(i);
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
            List<JournalPart> parts = parts(source);
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

    private record JournalPart(String file, CsvBody body) {
    }

    private static List<JournalPart> parts(Source source) {
        return List.of(
                new JournalPart(JournalFiles.MEALS, writer -> meals(writer, source, false)),
                new JournalPart(JournalFiles.MEAL_ITEMS, writer -> meals(writer, source, true)),
                new JournalPart(JournalFiles.SLEEP, writer -> sleep(writer, source)),
                new JournalPart(JournalFiles.STRESS, writer -> stress(writer, source)),
                new JournalPart(JournalFiles.SKIN, writer -> skin(writer, source)),
                new JournalPart(JournalFiles.HABITS, writer -> habits(writer, source)),
                new JournalPart(JournalFiles.HABIT_DEFINITIONS, writer -> habitDefinitions(writer, source)),
                new JournalPart(JournalFiles.NOTES, writer -> notes(writer, source)),
                new JournalPart(JournalFiles.MY_FOODS, writer -> myFoods(writer, source)),
                new JournalPart(JournalFiles.MY_PHRASES, writer -> myPhrases(writer, source)));
    }

    private static CSVPrinter printer(Writer writer, List<String> header) throws IOException {
        return new CSVPrinter(writer, CSV.builder().setHeader(header.toArray(new String[0])).get());
    }

    /** Meals and their items share one numbering, so that items find their meal again on import. */
    private static long meals(Writer writer, Source source, boolean items) throws IOException {
        long rows = 0;
        long mealId = 0;
        CSVPrinter csv = printer(writer, items ? JournalFiles.MEAL_ITEMS_COLUMNS : JournalFiles.MEALS_COLUMNS);
        for (DayEntry day : source.days().get().values()) {
            for (Meal meal : day.meals()) {
                mealId++;
                if (!items) {
                    csv.printRecord(day.date(), Times.formatClock(meal.time()), meal.kind().key(),
                            CsvText.neutralise(meal.description()), mealId);
                    rows++;
                    continue;
                }
                for (FoodItem item : meal.items()) {
                    csv.printRecord(mealId, CsvText.neutralise(item.text()), CsvText.neutralise(item.food()),
                            number(item.quantity()), CsvText.neutralise(item.unit()));
                    rows++;
                }
            }
        }
        csv.flush();
        return rows;
    }

    private static long sleep(Writer writer, Source source) throws IOException {
        CSVPrinter csv = printer(writer, JournalFiles.SLEEP_COLUMNS);
        long rows = 0;
        for (DayEntry day : source.days().get().values()) {
            if (day.sleep().isPresent()) {
                csv.printRecord(day.date(), Times.formatClock(day.sleep().get().bedTime()),
                        Times.formatClock(day.sleep().get().wakeTime()),
                        day.sleep().get().quality());
                rows++;
            }
        }
        csv.flush();
        return rows;
    }

    private static long stress(Writer writer, Source source) throws IOException {
        CSVPrinter csv = printer(writer, JournalFiles.STRESS_COLUMNS);
        long rows = 0;
        for (DayEntry day : source.days().get().values()) {
            for (StressCheckIn checkIn : day.stress()) {
                csv.printRecord(day.date(), Times.formatClock(checkIn.time()), checkIn.level(),
                        checkIn.note() == null ? null : CsvText.neutralise(checkIn.note()));
                rows++;
            }
        }
        csv.flush();
        return rows;
    }

    private static long skin(Writer writer, Source source) throws IOException {
        CSVPrinter csv = printer(writer, JournalFiles.SKIN_COLUMNS);
        long rows = 0;
        for (DayEntry day : source.days().get().values()) {
            if (day.skin().isEmpty()) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(day.date());
            row.add(day.skin().get().overall());
            for (Symptom symptom : Symptom.values()) {
                row.add(day.skin().get().symptoms().get(symptom));
            }
            row.add(day.skin().get().note() == null ? null : CsvText.neutralise(day.skin().get().note()));
            row.add(day.skin().get().areas() == null ? null : CsvText.neutralise(day.skin().get().areas()));
            csv.printRecord(row);
            rows++;
        }
        csv.flush();
        return rows;
    }

    private static long habits(Writer writer, Source source) throws IOException {
        CSVPrinter csv = printer(writer, JournalFiles.HABITS_COLUMNS);
        long rows = 0;
        for (DayEntry day : source.days().get().values()) {
            for (Map.Entry<String, Double> habit : day.habits().entrySet()) {
                csv.printRecord(day.date(), habit.getKey(), number(habit.getValue()));
                rows++;
            }
        }
        csv.flush();
        return rows;
    }

    private static long habitDefinitions(Writer writer, Source source) throws IOException {
        CSVPrinter csv = printer(writer, JournalFiles.HABIT_DEFINITIONS_COLUMNS);
        for (Habit habit : source.habits()) {
            csv.printRecord(habit.key(), CsvText.neutralise(habit.name()), habit.kind().key(),
                    habit.archived() ? "yes" : "no");
        }
        csv.flush();
        return 0; // definitions, not journal rows
    }

    private static long notes(Writer writer, Source source) throws IOException {
        CSVPrinter csv = printer(writer, JournalFiles.NOTES_COLUMNS);
        long rows = 0;
        for (DayEntry day : source.days().get().values()) {
            if (day.note().isPresent()) {
                csv.printRecord(day.date(), CsvText.neutralise(day.note().get()));
                rows++;
            }
        }
        csv.flush();
        return rows;
    }

    private static long myFoods(Writer writer, Source source) throws IOException {
        CSVPrinter csv = printer(writer, JournalFiles.MY_FOODS_COLUMNS);
        for (Food food : source.userFoods()) {
            csv.printRecord(CsvText.neutralise(food.name()), CsvText.neutralise(String.join("|", food.synonyms())),
                    CsvText.neutralise(food.group()), food.nova(),
                    food.orderedTags().stream().filter(tag -> !tag.derived()).map(FoodTag::key)
                            .collect(Collectors.joining(" ")),
                    food.liveCultures() == null ? null : food.liveCultures() ? "yes" : "no",
                    number(food.alcoholUnits()),
                    CsvText.neutralise(food.plants().stream().map(PlantPart::format).collect(Collectors.joining("|"))));
        }
        csv.flush();
        return 0;
    }

    private static long myPhrases(Writer writer, Source source) throws IOException {
        CSVPrinter csv = printer(writer, JournalFiles.MY_PHRASES_COLUMNS);
        for (Map.Entry<String, String> phrase : source.phrases().entrySet()) {
            csv.printRecord(CsvText.neutralise(phrase.getKey()), CsvText.neutralise(phrase.getValue()));
        }
        csv.flush();
        return 0;
    }

    /** Every daily feature, one row per calendar day of the range; an empty cell is "not logged". */
    private static long daily(Writer writer, Request request, Source source) throws IOException {
        List<String> header = new ArrayList<>(List.of("date", "food_logged", "prebiotic_servings",
                "fermented_servings", "ultra_processed_servings", "processed_servings", "added_sugar_servings",
                "alcohol_units", "plants", "plants_7d", "probiotic", "antibiotic", "days_since_antibiotic",
                "sleep_hours", "sleep_midpoint_hours", "sleep_regularity_sd_hours", "sleep_regularity_index",
                "stress_mean", "stress_max", "skin_overall"));
        for (Symptom symptom : Symptom.values()) {
            header.add("skin_" + symptom.key());
        }
        CSVPrinter csv = printer(writer, header);
        NavigableMap<LocalDate, DayEntry> days = source.days().get();
        if (days.isEmpty() && (request.from() == null || request.to() == null)) {
            csv.flush();
            return 0;
        }
        FeatureTable table = FeatureTable.build(days, source.knowledge(), request.from(), request.to());
        for (int i = 0; i < table.days(); i++) {
            DailyFeatures day = table.day(i);
            List<Object> row = new ArrayList<>(Arrays.asList(day.date(), day.foodLogged() ? "yes" : "no",
                    cell(day.prebiotic()), cell(day.fermented()), cell(day.ultraProcessed()), cell(day.processed()),
                    cell(day.addedSugar()), cell(day.alcoholUnits()), cell(day.plants()), cell(day.plants7d()),
                    yesNo(day.probiotic()), yesNo(day.antibiotic()), cell(day.daysSinceAntibiotic()),
                    cell(day.sleepHours()), cell(day.sleepMidpoint()), cell(day.sleepRegularity()),
                    cell(day.sleepRegularityIndex()), cell(day.stressMean()), cell(day.stressMax()),
                    cell(day.skin())));
            for (Symptom symptom : Symptom.values()) {
                row.add(cell(day.symptoms().get(symptom)));
            }
            csv.printRecord(row);
        }
        csv.flush();
        return table.days();
    }

    private static long foods(Writer writer, Source source) throws IOException {
        CSVPrinter csv = printer(writer, List.of("date", "time", "meal", "food", "quantity", "unit", "nova", "tags",
                "text"));
        Map<String, String[]> described = new HashMap<>();
        long[] rows = {0};
        Overlapped.<FoodEaten>copy(eaten -> source.foodsEaten().forEach((date, time, kind, food, quantity, unit, text)
                -> eaten.accept(new FoodEaten(date, time, kind, food, quantity, unit, text))), row -> {
            String[] food = described.computeIfAbsent(row.food(), name -> {
                Food known = source.knowledge().food(name);
                return new String[] {known == null || known.nova() == null ? null : known.nova().toString(),
                        known == null ? null : known.orderedTags().stream().map(FoodTag::key)
                                .collect(Collectors.joining(" "))};
            });
            csv.printRecord(row.date(), row.time(), row.kind(), CsvText.neutralise(row.food()), number(row.quantity()),
                    CsvText.neutralise(row.unit()), food[0], food[1], CsvText.neutralise(row.text()));
            rows[0]++;
        });
        csv.flush();
        return rows[0];
    }

    private record FoodEaten(String date, String time, String kind, String food, double quantity, String unit,
                             String text) {
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String cell(Double value) {
        return value == null || Double.isNaN(value) ? null : String.format(Locale.ROOT, "%.2f", value)
                .replaceAll("\\.?0+$", "");
    }

    private static String yesNo(double value) {
        return Double.isNaN(value) ? null : value == 1 ? "yes" : "no";
    }
}
