package org.gutskin.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.gutskin.journal.Reminder;
import org.gutskin.journal.ReminderTopic;
import org.junit.jupiter.api.Test;

class ReminderClockTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);
    private static final Reminder LUNCH = new Reminder(LocalTime.of(13, 30), ReminderTopic.MEALS);
    private static final Reminder EVENING = new Reminder(LocalTime.of(21, 0), ReminderTopic.SKIN_AND_SLEEP);
    private static final Reminder SNACK = new Reminder(LocalTime.of(16, 0), ReminderTopic.MEALS);

    /** A wall clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(LocalDateTime start) {
            now = start.toInstant(ZoneOffset.UTC);
        }

        void set(LocalDateTime time) {
            now = time.toInstant(ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void eachReminderComesOnceWhenItsTimeComes() {
        MovingClock clock = new MovingClock(DAY.atTime(9, 0));
        ReminderClock reminders = new ReminderClock(clock, () -> List.of(LUNCH, EVENING));
        assertEquals(Optional.empty(), reminders.due());
        clock.set(DAY.atTime(13, 29, 50));
        assertEquals(Optional.empty(), reminders.due());
        clock.set(DAY.atTime(13, 30, 5));
        assertEquals(Optional.of(new ReminderClock.Due(DAY, LUNCH)), reminders.due());
        clock.set(DAY.atTime(13, 30, 20));
        assertEquals(Optional.empty(), reminders.due(), "given once");
        clock.set(DAY.plusDays(1).atTime(13, 0));
        assertEquals(Optional.empty(), reminders.due(), "yesterday's evening, missed by hours, is let go");
        clock.set(DAY.plusDays(1).atTime(21, 0, 10));
        assertEquals(Optional.of(new ReminderClock.Due(DAY.plusDays(1), EVENING)), reminders.due());
    }

    @Test
    void aStartJustAfterAReminderStillGivesIt() {
        MovingClock clock = new MovingClock(DAY.atTime(21, 0, 30));
        assertEquals(Optional.of(new ReminderClock.Due(DAY, EVENING)),
                new ReminderClock(clock, () -> List.of(LUNCH, EVENING)).due());
        clock.set(DAY.atTime(21, 5));
        assertEquals(Optional.empty(), new ReminderClock(clock, () -> List.of(LUNCH, EVENING)).due(),
                "a start five minutes later does not");
    }

    @Test
    void afterASleepOnlyTheLatestReminderOfTheLastHourComes() {
        MovingClock clock = new MovingClock(DAY.atTime(12, 0));
        ReminderClock reminders = new ReminderClock(clock, () -> List.of(LUNCH, SNACK, EVENING));
        reminders.due();
        clock.set(DAY.atTime(16, 20)); // asleep from 12:00: lunch is too old, the snack nudge is not
        assertEquals(Optional.of(new ReminderClock.Due(DAY, SNACK)), reminders.due());
    }

    @Test
    void aMealNudgeAsksOnlyForWhatWasEatenSinceThePreviousOne() {
        List<Reminder> all = List.of(LUNCH, SNACK, EVENING);
        assertEquals(LocalTime.MIDNIGHT, ReminderClock.previousOfTopic(new ReminderClock.Due(DAY, LUNCH), all));
        assertEquals(LocalTime.of(13, 30), ReminderClock.previousOfTopic(new ReminderClock.Due(DAY, SNACK), all));
    }
}
