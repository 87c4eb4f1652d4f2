package org.gutskin.journal;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * One stress check-in; a day may have several.
 *
 * @param level 0 (calm) to 10 (worst)
 * @param note  optional, {@code null} when none
 */
public record StressCheckIn(LocalTime time, int level, String note) {
    public StressCheckIn {
        Checks.required("stress.time", "Stress check-in time", time);
        time = time.truncatedTo(ChronoUnit.MINUTES);
        Checks.range("stress.level", "Stress", level, 0, 10);
        Checks.maxLength("stress.note", "The check-in's note", note, Limits.MAX_TEXT_CHARACTERS);
    }
}
