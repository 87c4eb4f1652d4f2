package org.gutskin.exchange;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.gutskin.food.Food;
import org.gutskin.food.FoodTag;
import org.gutskin.food.PlantPart;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.Habit;
import org.gutskin.journal.Meal;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;
import org.gutskin.journal.Times;

/**
 * The journal interchange format written out: one CSV file per kind of entry (docs/csv-format.md),
 * lossless, so that importing the files gives the same journal back.
 */
final class InterchangeExport {
    private InterchangeExport() {
    }

    record Part(String file, JournalExporter.CsvBody body) {
    }

    static List<Part> parts(JournalExporter.Source source) {
        return List.of(
                new Part(JournalFiles.MEALS, writer -> meals(writer, source, false)),
                new Part(JournalFiles.MEAL_ITEMS, writer -> meals(writer, source, true)),
                new Part(JournalFiles.SLEEP, writer -> sleep(writer, source)),
                new Part(JournalFiles.STRESS, writer -> stress(writer, source)),
                new Part(JournalFiles.SKIN, writer -> skin(writer, source)),
                new Part(JournalFiles.HABITS, writer -> habits(writer, source)),
                new Part(JournalFiles.HABIT_DEFINITIONS, writer -> habitDefinitions(writer, source)),
                new Part(JournalFiles.NOTES, writer -> notes(writer, source)),
                new Part(JournalFiles.MY_FOODS, writer -> myFoods(writer, source)),
                new Part(JournalFiles.MY_PHRASES, writer -> pairs(writer, JournalFiles.MY_PHRASES_COLUMNS,
                        source.phrases())),
                new Part(JournalFiles.SETTINGS, writer -> pairs(writer, JournalFiles.SETTINGS_COLUMNS,
                        source.settings().toValues())),
                new Part(JournalFiles.SKIPPED_DAYS, writer -> skippedDays(writer, source)));
    }


    /** Meals and their items share one numbering, so that items find their meal again on import. */
    private static long meals(Writer writer, JournalExporter.Source source, boolean items) throws IOException {
        long rows = 0;
        long mealId = 0;
        CSVPrinter csv = JournalExporter.printer(writer, items ? JournalFiles.MEAL_ITEMS_COLUMNS : JournalFiles.MEALS_COLUMNS);
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
                            JournalExporter.number(item.quantity()), CsvText.neutralise(item.unit()));
                    rows++;
                }
            }
        }
        csv.flush();
        return rows;
    }

    private static long sleep(Writer writer, JournalExporter.Source source) throws IOException {
        CSVPrinter csv = JournalExporter.printer(writer, JournalFiles.SLEEP_COLUMNS);
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

    private static long stress(Writer writer, JournalExporter.Source source) throws IOException {
        CSVPrinter csv = JournalExporter.printer(writer, JournalFiles.STRESS_COLUMNS);
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

    private static long skin(Writer writer, JournalExporter.Source source) throws IOException {
        CSVPrinter csv = JournalExporter.printer(writer, JournalFiles.SKIN_COLUMNS);
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

    private static long habits(Writer writer, JournalExporter.Source source) throws IOException {
        CSVPrinter csv = JournalExporter.printer(writer, JournalFiles.HABITS_COLUMNS);
        long rows = 0;
        for (DayEntry day : source.days().get().values()) {
            for (Map.Entry<String, Double> habit : day.habits().entrySet()) {
                csv.printRecord(day.date(), habit.getKey(), JournalExporter.number(habit.getValue()));
                rows++;
            }
        }
        csv.flush();
        return rows;
    }

    private static long habitDefinitions(Writer writer, JournalExporter.Source source) throws IOException {
        CSVPrinter csv = JournalExporter.printer(writer, JournalFiles.HABIT_DEFINITIONS_COLUMNS);
        for (Habit habit : source.habits()) {
            csv.printRecord(habit.key(), CsvText.neutralise(habit.name()), habit.kind().key(),
                    habit.archived() ? "yes" : "no");
        }
        csv.flush();
        return 0; // definitions, not journal rows
    }

    private static long notes(Writer writer, JournalExporter.Source source) throws IOException {
        CSVPrinter csv = JournalExporter.printer(writer, JournalFiles.NOTES_COLUMNS);
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

    private static long myFoods(Writer writer, JournalExporter.Source source) throws IOException {
        CSVPrinter csv = JournalExporter.printer(writer, JournalFiles.MY_FOODS_COLUMNS);
        for (Food food : source.userFoods()) {
            csv.printRecord(CsvText.neutralise(food.name()), CsvText.neutralise(String.join("|", food.synonyms())),
                    CsvText.neutralise(food.group()), food.nova(),
                    food.orderedTags().stream().filter(tag -> !tag.derived()).map(FoodTag::key)
                            .collect(Collectors.joining(" ")),
                    food.liveCultures() == null ? null : food.liveCultures() ? "yes" : "no",
                    JournalExporter.number(food.alcoholUnits()),
                    CsvText.neutralise(food.plants().stream().map(PlantPart::format).collect(Collectors.joining("|"))));
        }
        csv.flush();
        return 0;
    }

    /** A file of two columns, one row a pair: the phrases taught, the settings. */
    private static long pairs(Writer writer, List<String> columns, Map<String, String> pairs) throws IOException {
        CSVPrinter csv = JournalExporter.printer(writer, columns);
        for (Map.Entry<String, String> pair : pairs.entrySet()) {
            csv.printRecord(CsvText.neutralise(pair.getKey()), CsvText.neutralise(pair.getValue()));
        }
        csv.flush();
        return 0;
    }

    /** Days the person said they do not remember: not logged, and no longer offered for catching up. */
    private static long skippedDays(Writer writer, JournalExporter.Source source) throws IOException {
        CSVPrinter csv = JournalExporter.printer(writer, JournalFiles.SKIPPED_DAYS_COLUMNS);
        for (LocalDate day : source.skippedDays()) {
            csv.printRecord(day);
        }
        csv.flush();
        return 0;
    }
}
