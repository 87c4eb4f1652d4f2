package org.gutskin.journal;

import java.time.LocalTime;
import java.util.Locale;

/** What a reminder asks the person to log, and when that counts as done for the day. */
public enum ReminderTopic {
    /** The meals so far: done once a meal is logged after the previous meal reminder of the day. */
    MEALS,
    SLEEP,
    STRESS,
    SKIN,
    /** The evening check: skin and last night's sleep. */
    SKIN_AND_SLEEP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * True when {@code day} already has what this reminder asks for, so that it need not be shown.
     *
     * @param since the time of the previous reminder of this topic that day, or midnight
     */
    public boolean isDone(DayEntry day, LocalTime since) {
        return switch (this) {
            case MEALS -> day.meals().stream().anyMatch(meal -> !meal.time().isBefore(since));
            case SLEEP -> day.sleep().isPresent();
            case STRESS -> day.stress().stream().anyMatch(checkIn -> !checkIn.time().isBefore(since));
            case SKIN -> day.skin().isPresent();
            case SKIN_AND_SLEEP -> day.skin().isPresent() && day.sleep().isPresent();
        };
    }
}
