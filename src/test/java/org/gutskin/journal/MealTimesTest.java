package org.gutskin.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MealTimesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static List<Meal> at(String times) {
        return times.isBlank() ? List.of() : Arrays.stream(times.split(" "))
                .map(time -> new Meal(LocalTime.parse(time), MealKind.SNACK, "toast", List.of())).toList();
    }

    @ParameterizedTest(name = "{0} after [{1}] at {2}: {3}")
    @CsvSource({
            "past, '', 21:00, 08:00",             // a past day starts at breakfast, not the clock's 21:00
            "past, 07:37, 21:00, 12:30",
            "past, 07:37 12:49, 09:00, 19:00",
            "past, 19:28, 09:00, 21:28",          // after dinner: a snack two hours on
            "past, 22:30, 09:00, 23:59",          // never past midnight
            "today, '', 09:30, 09:30",            // today, nothing yet: as one eats
            "today, 07:37, 21:00, 12:30",         // back-filling today's lunch in the evening
            "today, 07:37, 10:15, 10:15",         // the usual lunch is still ahead: now
            "today, 12:49 07:37, 13:10, 13:10"})
    void theNextMealIsTheUsualOneAfterTheLastAndNeverLaterThanNowToday(String which, String meals, String now,
                                                                       String expected) {
        LocalDate day = which.equals("today") ? TODAY : TODAY.minusDays(3);
        assertEquals(LocalTime.parse(expected), MealTimes.next(day, at(meals), TODAY, LocalTime.parse(now)));
    }
}
