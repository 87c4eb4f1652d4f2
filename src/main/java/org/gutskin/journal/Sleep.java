package org.gutskin.journal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

    /**
     * Time in bed as it passed, ending on {@code wakeDay} in {@code zone}: a night across a clock
     * change counts the hour it lost or gained (23:00 to 07:00 is 7 hours on the night the clocks
     * go forward).
     */
    public Duration duration(LocalDate wakeDay, ZoneId zone) {
        return timeInBed(wakeDay, bedTime, wakeTime, zone);
    }

    /** Time in bed by the clock's face, as if no clock change happened: for the simulated journal. */
    public Duration clockDuration() {
        return clockSpan(bedTime, wakeTime);
    }

    /** The time that passed from {@code bed} to {@code wake} on {@code wakeDay} in {@code zone}. */
    public static Duration timeInBed(LocalDate wakeDay, LocalTime bed, LocalTime wake, ZoneId zone) {
        LocalDate bedDay = bed.isAfter(wake) ? wakeDay.minusDays(1) : wakeDay;
        Duration passed = Duration.between(ZonedDateTime.of(bedDay, bed, zone), ZonedDateTime.of(wakeDay, wake, zone));
        // a bed time inside the hour the clocks skip can land after the wake time: keep the clock's face
        return passed.isNegative() || passed.isZero() ? clockSpan(bed, wake) : passed;
    }

    private static Duration clockSpan(LocalTime bed, LocalTime wake) {
        Duration span = Duration.between(bed, wake);
        return span.isNegative() ? span.plusDays(1) : span;
    }

    public boolean crossesMidnight() {
        return bedTime.isAfter(wakeTime);
    }
}
