package org.gutskin.service;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import org.gutskin.journal.DayEntry;
import org.gutskin.store.JournalRepository;

/** Reading and saving days: what Today edits, History's months and what the generator writes. */
public final class DayService {
    private final JournalRepository journal;

    public DayService(JournalRepository journal) {
        this.journal = journal;
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

    /** Replaces what is stored for the day's date, in one transaction. */
    public void save(DayEntry day) {
        journal.save(day);
    }

    /** Saves many days in one transaction (the demo and the generator). */
    public void saveAll(List<DayEntry> days) {
        journal.saveAll(days);
    }
}
