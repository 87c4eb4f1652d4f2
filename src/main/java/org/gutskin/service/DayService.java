package org.gutskin.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Limits;
import org.gutskin.store.JournalRepository;

/** Reading and saving days: what Today edits, History's months and what the generator writes. */
public final class DayService {
    private final JournalRepository journal;
    private final Clock clock;

    public DayService(JournalRepository journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** The day as stored; an empty day when nothing was logged. */
    public DayEntry day(LocalDate date) {
        return journal.load(date);
    }

    /** Every logged day from {@code from} to {@code to}, both included. */
    public NavigableMap<LocalDate, DayEntry> range(LocalDate from, LocalDate to) {
        return journal.loadRange(from, to);
    }

    /** Every logged day of the journal. */
    public NavigableMap<LocalDate, DayEntry> all() {
        return journal.loadAll();
    }

    /** Replaces what is stored for the day's date, in one transaction. A day over ten years ahead is refused. */
    public void save(DayEntry day) {
        notTooFarAhead(day);
        journal.save(day);
    }

    /** Saves many days in one transaction (the demo and the generator). */
    public void saveAll(List<DayEntry> days) {
        days.forEach(this::notTooFarAhead);
        journal.saveAll(days);
    }

    /** The days from {@code from} to {@code to} the person said they do not remember. */
    public NavigableSet<LocalDate> notRemembered(LocalDate from, LocalDate to) {
        return journal.skippedDays(from, to);
    }

    /**
     * Marks days as not remembered, so that catching up no longer offers them; they stay not
     * logged (never zero) and can still be logged later.
     */
    public void markNotRemembered(List<LocalDate> days) {
        journal.markSkipped(days);
    }

    private void notTooFarAhead(DayEntry day) {
        LocalDate latest = Limits.latestDay(LocalDate.now(clock));
        if (day.date().isAfter(latest)) {
            throw new InvalidEntryException("date", "A day can be logged up to " + latest
                    + ", ten years ahead; " + day.date() + " is later");
        }
    }
}
