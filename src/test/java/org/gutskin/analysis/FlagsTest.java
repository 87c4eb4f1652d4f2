package org.gutskin.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.Habit;
import org.gutskin.journal.SampleDays;
import org.gutskin.journal.Sleep;
import org.junit.jupiter.api.Test;

class FlagsTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** The flags of a journal analysed on its last day. */
    private static List<Flag> flags(NavigableMap<LocalDate, DayEntry> journal) {
        return flags(journal, journal.isEmpty() ? START : journal.lastKey());
    }

    private static List<Flag> flags(NavigableMap<LocalDate, DayEntry> journal, LocalDate today) {
        return new Flags(FeatureTable.build(journal, PlantedJournals.KNOWLEDGE, ZoneOffset.UTC, null, null), today)
                .run();
    }

    private static NavigableMap<LocalDate, DayEntry> meals(int days, java.util.function.IntFunction<String> meal) {
        NavigableMap<LocalDate, DayEntry> journal = new TreeMap<>();
        for (int d = 0; d < days; d++) {
            journal.put(START.plusDays(d), SampleDays.on(START.plusDays(d))
                    .withMeals(List.of(PlantedJournals.meal(LocalTime.NOON, meal.apply(d)))).build());
        }
        return journal;
    }

    private static Flag find(List<Flag> flags, String id) {
        return flags.stream().filter(flag -> flag.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void ultraProcessedOnManyRecentDaysComparedWithTheUsual() {
        List<Flag> flags = flags(meals(70, d -> d < 56 ? "lentil soup" : "frozen pizza"));
        Flag flag = find(flags, "ultra_processed_often");
        assertEquals("Ultra-processed food on 14 of your last 14 logged days — more than your usual 0% of days.",
                flag.message());
        assertEquals(1.0, flag.values().get("share"));
        assertEquals(START.plusDays(56), flag.windowStart());
        assertEquals(START.plusDays(69), flag.windowEnd());
    }

    @Test
    void noFermentedFoodInTenDaysButNotWhenThereWasSome() {
        assertTrue(find(flags(meals(12, d -> "lentil soup")), "no_fermented") != null);
        assertTrue(find(flags(meals(12, d -> d == 8 ? "kefir" : "lentil soup")), "no_fermented") == null);
    }

    @Test
    void plantsThisWeekAreCountedAgainstThirty() {
        Flag plants = find(flags(meals(7, d -> "salad with tomato and cucumber")), "plants_week");
        assertEquals("3 of 30 different plants in the last 7 days (herbs and spices count a quarter).",
                plants.message());
    }

    @Test
    void shortSleepAndAnEndedAntibioticCourseAreFlaggedWithoutMedicalClaims() {
        NavigableMap<LocalDate, DayEntry> journal = new TreeMap<>();
        for (int d = 0; d < 20; d++) {
            LocalDate date = START.plusDays(d);
            journal.put(date, SampleDays.on(date).withSleep(Optional.of(new Sleep(LocalTime.of(1, 0),
                    LocalTime.of(6, 30), 2))).withHabits(Map.of(Habit.ANTIBIOTIC, d < 10 ? 1.0 : 0.0)).build());
        }
        List<Flag> flags = flags(journal);
        assertEquals(5.5, find(flags, "sleep_short").values().get("hours_mean"), 1e-9);
        Flag antibiotic = find(flags, "antibiotic_recent");
        assertEquals(10.0, antibiotic.values().get("days_since"));
        assertTrue(antibiotic.message().startsWith("An antibiotic course ended 10 days ago."), antibiotic.message());
        Flag lookingBack = find(flags(journal, journal.lastKey().plusDays(17)), "antibiotic_recent");
        assertTrue(lookingBack.message().startsWith("An antibiotic course ended 10 days before Tue 20 Jan 2026, the last"
                + " day analysed."), "a past range is not told as if it ended today: " + lookingBack.message());
        for (Flag flag : flags) {
            assertFalse(flag.message().toLowerCase().matches(".*\\b(should|must|cure|treat|heal)\\b.*"),
                    flag.message());
        }
    }

    @Test
    void anEmptyJournalHasNoFlags() {
        assertEquals(List.of(), flags(new TreeMap<>()));
    }
}
