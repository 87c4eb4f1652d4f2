package org.gutskin.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.gutskin.food.FoodKnowledge;
import org.gutskin.food.MealTagger;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.junit.jupiter.api.Test;

class WeekSummaryTest {
    private static final FoodKnowledge KNOWLEDGE = FoodKnowledge.shipped();

    @Test
    void theWeekCountsDaysAndComparesSkinWithTheWeekBefore() {
        LocalDate end = LocalDate.of(2026, 6, 14);
        MealTagger tagger = new MealTagger(KNOWLEDGE);
        NavigableMap<LocalDate, DayEntry> days = new TreeMap<>();
        for (int d = 0; d < 14; d++) {
            LocalDate date = end.minusDays(13 - d);
            String food = d % 2 == 0 ? "kefir with apple" : "pot noodle";
            days.put(date, SampleDays.on(date)
                    .withMeals(List.of(new Meal(LocalTime.NOON, MealKind.LUNCH, food, tagger.tag(food).foodItems())))
                    .withSleep(Optional.of(new Sleep(LocalTime.of(23, 0), LocalTime.of(7, 0), 3)))
                    .withSkin(Optional.of(SampleDays.skin(d < 7 ? 6 : 4))).build());
        }
        WeekSummary week = WeekSummary.of(days, KNOWLEDGE, ZoneOffset.UTC, end);
        assertEquals(7, week.foodDays());
        assertEquals(3, week.fermentedDays(), "days 8, 10, 12 of the fortnight");
        assertEquals(4, week.ultraProcessedDays());
        assertEquals(8.0, week.sleepHours(), 1e-9);
        assertEquals(-2.0, week.skinChange(), 1e-9);
        assertEquals("↘", week.skinArrow());
        assertEquals(1.0, week.plants(), 1e-9, "apple");
        assertTrue(Double.isNaN(week.stress()));
    }

    @Test
    void aWeekWithTheNightTheClocksGoForwardHasAnHourLessSleepInTheUsersZone() {
        LocalDate end = LocalDate.of(2026, 3, 29); // British Summer Time begins at 01:00 GMT
        NavigableMap<LocalDate, DayEntry> days = new TreeMap<>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = end.minusDays(d);
            days.put(date, SampleDays.on(date).withSleep(Optional.of(new Sleep(LocalTime.of(23, 0),
                    LocalTime.of(7, 0), 3))).build());
        }
        assertEquals((6 * 8 + 7) / 7.0, WeekSummary.of(days, KNOWLEDGE, ZoneId.of("Europe/London"), end).sleepHours(),
                1e-9);
        assertEquals(8.0, WeekSummary.of(days, KNOWLEDGE, ZoneOffset.UTC, end).sleepHours(), 1e-9);
    }

    @Test
    void aWeekWithoutSkinChecksHasNoArrow() {
        LocalDate end = LocalDate.of(2026, 6, 14);
        NavigableMap<LocalDate, DayEntry> days = new TreeMap<>();
        days.put(end, SampleDays.on(end).withSleep(Optional.of(new Sleep(LocalTime.of(23, 0), LocalTime.of(7, 0),
                3))).build());
        WeekSummary week = WeekSummary.of(days, KNOWLEDGE, ZoneOffset.UTC, end);
        assertTrue(Double.isNaN(week.skinChange()));
        assertEquals("", week.skinArrow());
    }
}
