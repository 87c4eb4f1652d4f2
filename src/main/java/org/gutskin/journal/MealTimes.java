package org.gutskin.journal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The time a new meal starts at, so that logging a day's meals one after another needs no
 * retyping: the next usual meal after the last one logged, and on today never later than now.
 * A past day being filled in never jumps to the clock's "now".
 */
public final class MealTimes {
    /** Usual breakfast, lunch and dinner times: where a day's meals start when none is logged. */
    static final List<LocalTime> USUAL = List.of(LocalTime.of(8, 0), LocalTime.of(12, 30), LocalTime.of(19, 0));
    /** After the last usual meal: a snack this long after the last meal, before midnight. */
    private static final int SNACK_AFTER_HOURS = 2;

    private MealTimes() {
    }

    /** When the next meal on {@code day} is most likely eaten, given the meals logged so far. */
    public static LocalTime next(LocalDate day, List<Meal> meals, LocalDate today, LocalTime now) {
        LocalTime last = meals.stream().map(Meal::time).max(LocalTime::compareTo).orElse(null);
        if (day.equals(today) && (last == null || !now.isAfter(last))) {
            return now; // logging as one eats
        }
        LocalTime next = last == null ? USUAL.get(0) : after(last);
        return day.equals(today) && next.isAfter(now) ? now : next;
    }

    /** The usual time of the meal that follows one eaten at {@code last}: lunch after breakfast, and so on. */
    private static LocalTime after(LocalTime last) {
        int hour = last.getHour();
        LocalTime usual = hour < 5 ? USUAL.get(0) : hour < 11 ? USUAL.get(1) : hour < 17 ? USUAL.get(2) : null;
        return usual != null && usual.isAfter(last) ? usual : later(last);
    }

    private static LocalTime later(LocalTime last) {
        LocalTime snack = last.plusHours(SNACK_AFTER_HOURS);
        return snack.isBefore(last) ? LocalTime.of(23, 59) : snack;
    }
}
