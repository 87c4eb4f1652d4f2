package org.gutskin.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.journal.Limits;
import org.gutskin.store.JournalRepository;

/** Reading and saving days: what Today edits, History's months and what the generator writes. */
public final class DayService {
    /** How far back catching up looks: a longer gap is a break, not days to fill in. */
    public static final int CATCH_UP_DAYS = 14;

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

    /**
     * The days of the last {@link #CATCH_UP_DAYS} (up to yesterday, after the first one logged in
     * that time) that are not logged, nor marked as not remembered; each with the last day before
     * it that had a skin check and the last that had meals, which it can take over.
     */
    public List<MissedDay> catchUp(LocalDate today) {
        NavigableMap<LocalDate, DayEntry> recent = journal.loadRange(today.minusDays(CATCH_UP_DAYS),
                today.minusDays(1));
        if (recent.isEmpty()) {
            return List.of();
        }
        NavigableSet<LocalDate> notRemembered = journal.skippedDays(recent.firstKey(), today);
        List<MissedDay> missed = new ArrayList<>();
        Optional<DayEntry> skinFrom = Optional.empty();
        Optional<DayEntry> mealsFrom = Optional.empty();
        for (LocalDate day = recent.firstKey(); day.isBefore(today); day = day.plusDays(1)) {
            DayEntry logged = recent.get(day);
            if (logged != null) {
                skinFrom = logged.skin().isPresent() ? Optional.of(logged) : skinFrom;
                mealsFrom = logged.meals().isEmpty() ? mealsFrom : Optional.of(logged);
            } else if (!notRemembered.contains(day)) {
                missed.add(new MissedDay(day, skinFrom, mealsFrom));
            }
        }
        return missed;
    }

    /**
     * A day not logged, to catch up on.
     *
     * @param skinFrom  the last day before it with a skin check
     * @param mealsFrom the last day before it with meals
     */
    public record MissedDay(LocalDate date, Optional<DayEntry> skinFrom, Optional<DayEntry> mealsFrom) {
    }

    /** Logs a missed day with {@code source}'s skin check or meals (whichever {@code skin} says), nothing else. */
    public void fillFrom(LocalDate missed, DayEntry source, boolean skin) {
        DayEntry day = journal.load(missed);
        save(new DayEntry(missed, skin ? day.meals() : source.meals(), day.sleep(), day.stress(),
                skin ? source.skin() : day.skin(), day.habits(), day.note()));
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
