package org.gutskin.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.gutskin.journal.Reminder;

/**
 * Says when a reminder is due. It looks at the wall clock every few seconds rather than sleeping
 * until the next one, so that a computer that slept through a reminder's time still gives it when it
 * wakes (within {@link #LATE_BY_AT_MOST}; older ones are let go). A start just after a reminder's
 * time — a login at 21:00:20 — still gives it.
 */
public final class ReminderClock implements AutoCloseable {
    /** How often the clock is looked at. */
    static final Duration TICK = Duration.ofSeconds(15);
    /** A reminder missed by more than this (the computer was off or asleep) is not given any more. */
    static final Duration LATE_BY_AT_MOST = Duration.ofHours(1);
    /** A start this soon after a reminder's time still gives it. */
    static final Duration GRACE_AT_START = Duration.ofMinutes(1);

    private final Clock clock;
    private final Supplier<List<Reminder>> reminders;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "gutskin-reminders");
        thread.setDaemon(true);
        return thread;
    });
    private LocalDateTime checkedUpTo;

    /** A reminder that is due, and the day it is for. */
    public record Due(LocalDate date, Reminder reminder) {
    }

    ReminderClock(Clock clock, Supplier<List<Reminder>> reminders) {
        this.clock = clock;
        this.reminders = reminders;
        this.checkedUpTo = LocalDateTime.now(clock).minus(GRACE_AT_START);
    }

    /** Starts looking: {@code onDue} is called on the FX thread with each reminder as its time comes. */
    public static ReminderClock start(Clock clock, Supplier<List<Reminder>> reminders,
                                      Consumer<Due> onDue) {
        ReminderClock reminderClock = new ReminderClock(clock, reminders);
        reminderClock.ticker.scheduleWithFixedDelay(() -> Platform.runLater(() ->
                reminderClock.due().ifPresent(onDue)), 1, TICK.toSeconds(), TimeUnit.SECONDS);
        return reminderClock;
    }

    /**
     * The latest reminder whose time came since the last look (one at a time: after a long sleep,
     * the evening check, not also the lunch nudge), on the FX thread.
     */
    Optional<Due> due() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime oldest = now.minus(LATE_BY_AT_MOST);
        LocalDateTime from = checkedUpTo.isAfter(oldest) ? checkedUpTo : oldest;
        if (!now.isAfter(from)) {
            return Optional.empty();
        }
        checkedUpTo = now;
        Optional<Due> latest = Optional.empty();
        for (LocalDate day = from.toLocalDate(); !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
            for (Reminder reminder : reminders.get()) {
                LocalDateTime at = day.atTime(reminder.time());
                if (at.isAfter(from) && !at.isAfter(now)) {
                    latest = Optional.of(new Due(day, reminder));
                }
            }
        }
        return latest;
    }

    /** The time of the reminder of the same topic before {@code due} that day, or midnight. */
    public static LocalTime previousOfTopic(Due due, List<Reminder> reminders) {
        LocalTime previous = LocalTime.MIDNIGHT;
        for (Reminder reminder : reminders) {
            if (reminder.topic() == due.reminder().topic() && reminder.time().isBefore(due.reminder().time())) {
                previous = reminder.time();
            }
        }
        return previous;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
