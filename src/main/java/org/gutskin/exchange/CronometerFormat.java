package org.gutskin.exchange;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.Times;

/** Cronometer's servings export: one row per food, gathered per day and meal group into one meal each. */
final class CronometerFormat implements ImportFormat {
    private static final int ORDER = 11;

    private static final class GroupMeal {
        private LocalTime time;
        private final List<String> foods = new ArrayList<>();
    }

    private final Map<LocalDate, Map<String, GroupMeal>> meals = new TreeMap<>();

    @Override
    public FileKind recognise(String fileName, List<String> header, boolean byName) {
        List<String> columns = ImportFormat.lowerCase(header);
        return !byName && columns.containsAll(List.of("day", "food name", "amount"))
                ? new FileKind(this, "cronometer", ORDER, List.of("Day", "Group", "Food Name", "Amount"),
                "Cronometer servings") : null;
    }

    @Override
    public void read(CsvFile file, FileKind kind, ImportDraft draft) {
        draft.eachRow(file, row -> serving(row, draft));
        try {
            addMeals(draft);
        } catch (InvalidEntryException e) {
            draft.problem(file.name(), 0, "Food Name", e.getMessage());
        }
    }

    private void serving(CsvRow row, ImportDraft draft) {
        LocalDate date = row.date("Day");
        String group = row.raw("Group");
        GroupMeal meal = meals.computeIfAbsent(date, key -> new LinkedHashMap<>())
                .computeIfAbsent(group.isEmpty() ? "Uncategorized" : group, key -> new GroupMeal());
        if (meal.time == null) {
            // Cronometer leaves the time out or writes words; the meal group decides instead
            meal.time = Times.parseClock(row.raw("Time"));
        }
        String food = row.raw("Food Name").replace(",", "").strip();
        if (food.isEmpty()) {
            throw new RowProblem("Food Name", "is empty");
        }
        String amount = row.raw("Amount").replaceAll("\\.00\\b", "");
        meal.foods.add((amount.isEmpty() ? "" : amount + " ") + food);
        draft.count("cronometer_servings");
    }

    private void addMeals(ImportDraft draft) {
        meals.forEach((date, groups) -> groups.forEach((group, meal) -> {
            MealKind kind = switch (group.toLowerCase(Locale.ROOT)) {
                case "breakfast" -> MealKind.BREAKFAST;
                case "lunch" -> MealKind.LUNCH;
                case "dinner" -> MealKind.DINNER;
                default -> MealKind.SNACK;
            };
            LocalTime time = meal.time != null ? meal.time : switch (kind) {
                case BREAKFAST -> LocalTime.of(8, 0);
                case LUNCH -> LocalTime.of(12, 30);
                case DINNER -> LocalTime.of(19, 0);
                default -> LocalTime.of(15, 30);
            };
            String description = String.join("; ", meal.foods);
            draft.day(date).meals.add(new Meal(time, kind, description, draft.tagger().tag(description).foodItems()));
        }));
        meals.clear();
    }
}
