package org.gutskin.exchange;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.gutskin.analysis.DailyFeatures;
import org.gutskin.analysis.FeatureTable;
import org.gutskin.food.Food;
import org.gutskin.food.FoodTag;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Symptom;

/** The two reports: every daily feature, one row a day; and every food eaten, one row an item. */
final class Reports {
    private Reports() {
    }

    /** Every daily feature, one row per calendar day of the range; an empty cell is "not logged". */
    static long daily(Writer writer, JournalExporter.Request request, JournalExporter.Source source) throws IOException {
        List<String> header = new ArrayList<>(List.of("date", "food_logged", "prebiotic_servings",
                "fermented_servings", "ultra_processed_servings", "processed_servings", "added_sugar_servings",
                "alcohol_units", "plants", "plants_7d", "probiotic", "antibiotic", "days_since_antibiotic",
                "sleep_hours", "sleep_midpoint_hours", "sleep_regularity_sd_hours", "sleep_regularity_index",
                "stress_mean", "stress_max", "skin_overall"));
        for (Symptom symptom : Symptom.values()) {
            header.add("skin_" + symptom.key());
        }
        CSVPrinter csv = JournalExporter.printer(writer, header);
        NavigableMap<LocalDate, DayEntry> days = source.days().get();
        if (days.isEmpty() && (request.from() == null || request.to() == null)) {
            csv.flush();
            return 0;
        }
        FeatureTable table = FeatureTable.build(days, source.knowledge(), source.zone(), request.from(), request.to());
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

    static long foods(Writer writer, JournalExporter.Source source) throws IOException {
        CSVPrinter csv = JournalExporter.printer(writer, List.of("date", "time", "meal", "food", "quantity", "unit", "nova", "tags",
                "text"));
        Map<String, String[]> described = new HashMap<>();
        long[] rows = {0};
        ReadWhilePrinting.<FoodEaten>copy(eaten -> source.foodsEaten().forEach((date, time, kind, food, quantity, unit, text)
                -> eaten.accept(new FoodEaten(date, time, kind, food, quantity, unit, text))), row -> {
            String[] food = described.computeIfAbsent(row.food(), name -> {
                Food known = source.knowledge().food(name);
                return new String[] {known == null || known.nova() == null ? null : known.nova().toString(),
                        known == null ? null : known.orderedTags().stream().map(FoodTag::key)
                                .collect(Collectors.joining(" "))};
            });
            csv.printRecord(row.date(), row.time(), row.kind(), CsvText.neutralise(row.food()), JournalExporter.number(row.quantity()),
                    CsvText.neutralise(row.unit()), food[0], food[1], CsvText.neutralise(row.text()));
            rows[0]++;
        });
        csv.flush();
        return rows[0];
    }

    private record FoodEaten(String date, String time, String kind, String food, double quantity, String unit,
                             String text) {
    }

    private static String cell(Double value) {
        return value == null || Double.isNaN(value) ? null : String.format(Locale.ROOT, "%.2f", value)
                .replaceAll("\\.?0+$", "");
    }

    private static String yesNo(double value) {
        return Double.isNaN(value) ? null : value == 1 ? "yes" : "no";
    }
}
