package org.gutskin.ui.today;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.gutskin.analysis.FoodDay;
import org.gutskin.food.FoodLibrary;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Meal;
import org.gutskin.service.DayService;
import org.gutskin.ui.common.Tasks;

/**
 * Works out the day's numbers (the summary strip) and the week (its card) on the analysis pool,
 * from the journal with what is on screen — saved or not yet — in place of the day.
 */
final class DaySummaries {
    private final DayService days;
    private final FoodLibrary foods;
    private final Tasks tasks;
    private final SummaryStripController strip;
    private final WeekCardController card;
    private final HabitsController habits;
    private final String whileLoading;
    private final ZoneId zone;

    DaySummaries(DayService days, FoodLibrary foods, Tasks tasks, SummaryStripController strip,
                 WeekCardController card, HabitsController habits, String whileLoading, ZoneId zone) {
        this.days = days;
        this.habits = habits;
        this.zone = zone;
        this.foods = foods;
        this.tasks = tasks;
        this.strip = strip;
        this.card = card;
        this.whileLoading = whileLoading;
    }

    private record Summary(FoodDay today, double weekPlants, WeekSummary week) {
    }

    void refresh(DayEditor editor) {
        LocalDate date = editor.date.get();
        List<Meal> todaysMeals = List.copyOf(editor.meals);
        DayEntry onScreen = editor.toEntry().orElse(null);
        tasks.onAnalysis(() -> {
            NavigableMap<LocalDate, DayEntry> fortnight = new TreeMap<>(days.range(date.minusDays(13), date));
            if (onScreen != null) {
                fortnight.put(date, onScreen);
            }
            List<FoodDay> week = new ArrayList<>();
            for (DayEntry day : fortnight.subMap(date.minusDays(6), true, date, false).values()) {
                week.add(FoodDay.of(day.meals(), foods.knowledge()));
            }
            FoodDay today = FoodDay.of(todaysMeals, foods.knowledge());
            week.add(today);
            return new Summary(today, FoodDay.plantPoints(week), WeekSummary.of(fortnight, foods.knowledge(), zone, date));
        }).onSuccess(summary -> {
            if (date.equals(editor.date.get())) { // the user has not moved on to another day meanwhile
                strip.show(summary.today(), summary.weekPlants());
                card.show(summary.week());
                habits.showMealAlcohol(summary.today().alcoholUnits());
            }
        }).whileDoing(whileLoading).run();
    }
}
