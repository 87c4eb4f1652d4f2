package org.gutskin.service;

import java.time.LocalDate;
import java.util.List;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.RecentMeal;
import org.gutskin.store.JournalRepository;

/** Meals to log again: the favourites, and what was eaten lately. */
public final class MealService {
    /** How far back "recent" meals go, and how many are offered. */
    private static final int RECENT_DAYS = 30;
    private static final int RECENT_LIMIT = 12;

    private final JournalRepository journal;

    public MealService(JournalRepository journal) {
        this.journal = journal;
    }

    /** The favourites and the meals of the last month before {@code date}, to pick one again. */
    public record Repeatable(List<RecentMeal> favourites, List<RecentMeal> recent) {
    }

    public Repeatable repeatable(LocalDate date) {
        return new Repeatable(journal.favouriteMeals(), journal.recentMeals(date, RECENT_DAYS, RECENT_LIMIT));
    }

    /** Adds the meal to the favourites, or takes it out if it is one already; true when it is one now. */
    public boolean toggleFavourite(String description, MealKind kind) {
        boolean[] added = new boolean[1];
        journal.inOneTransaction(() -> {
            added[0] = journal.favouriteMeals().stream()
                    .noneMatch(existing -> existing.description().equals(description));
            journal.setFavourite(description, kind, added[0]);
        });
        return added[0];
    }
}
