package org.gutskin.service;

import java.time.LocalDate;
import java.util.List;
import org.gutskin.journal.Habit;
import org.gutskin.journal.InvalidEntryException;
import org.gutskin.store.HabitRepository;
import org.gutskin.store.JournalRepository;

/** The habits the journal tracks, and courses logged over several days at once. */
public final class HabitService {
    private final JournalRepository journal;
    private final HabitRepository habits;

    public HabitService(JournalRepository journal, HabitRepository habits) {
        this.journal = journal;
        this.habits = habits;
    }

    /** Built-in habits first, then the user's, in the user's order; archived ones included. */
    public List<Habit> all() {
        return habits.habits();
    }

    /** Adds or changes habits, all of them in one transaction. */
    public void save(List<Habit> changed) {
        journal.inOneTransaction(() -> changed.forEach(habits::saveHabit));
    }

    /** Marks every day of an antibiotic course, from {@code start} to {@code end}, in one transaction. */
    public void logAntibioticCourse(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new InvalidEntryException("course.end", "The course cannot end before it starts");
        }
        habits.setHabitOnDays(Habit.ANTIBIOTIC, start, end, 1);
    }
}
