package org.gutskin.journal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * A night's sleep, to the minute. It belongs to the date of waking; a bed time later on the clock than the
 * wake time means the night crossed midnight, which is the normal case.
 *
 * @param quality 1 (very poor) to 5 (very good)
 */
public record Sleep(LocalTime bedTime, LocalTime wakeTime, int quality) {
    public Sleep {
        Checks.required("sleep.bedTime", "Bed time", bedTime);
        Checks.required("sleep.wakeTime", "Wake time", wakeTime);
        bedTime = bedTime.truncatedTo(ChronoUnit.MINUTES);
        wakeTime = wakeTime.truncatedTo(ChronoUnit.MINUTES);
        Checks.range("sleep.quality", "Sleep quality", quality, 1, 5);
        if (bedTime.equals(wakeTime)) {
            throw new InvalidEntryException("sleep.wakeTime",
                    "Bed time and wake time are both " + bedTime + ": a night needs some sleep in it");
        }
    }

    /** Time in bed, wrapping over midnight when the bed time is later on the clock than the wake time. */
    public Duration duration() {
        Duration span = Duration.between(bedTime, wakeTime);
        return span.isNegative() ? span.plusDays(1) : span;
    }

    public boolean crossesMidnight() {
        return bedTime.isAfter(wakeTime);
    }
}
