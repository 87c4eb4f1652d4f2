package org.gutskin.service;

import java.time.LocalDate;
import java.util.List;
import org.gutskin.journal.FoodUse;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.RecentMeal;
import org.gutskin.store.JournalRepository;
import org.gutskin.store.MealRepository;

/** Meals to log again — the favourites, and what was eaten lately — and when a food was eaten. */
public final class MealService {
    /** How far back "recent" meals go, and how many are offered. */
    private static final int RECENT_DAYS = 30;
    private static final int RECENT_LIMIT = 12;

    private final JournalRepository journal;
    private final MealRepository meals;

    public MealService(JournalRepository journal, MealRepository meals) {
        this.journal = journal;
        this.meals = meals;
    }

    /** The favourites and the meals of the last month before {@code date}, to pick one again. */
    public record Repeatable(List<RecentMeal> favourites, List<RecentMeal> recent) {
    }

    public Repeatable repeatable(LocalDate date) {
        return new Repeatable(meals.favouriteMeals(), meals.recentMeals(date, RECENT_DAYS, RECENT_LIMIT));
    }

    /** Adds the meal to the favourites, or takes it out if it is one already; true when it is one now. */
    public boolean toggleFavourite(String description, MealKind kind) {
        boolean[] added = new boolean[1];
        journal.inOneTransaction(() -> {
            added[0] = meals.favouriteMeals().stream()
                    .noneMatch(existing -> existing.description().equals(description));
            meals.setFavourite(description, kind, added[0]);
        });
        return added[0];
    }

    /** How many items of the food were eaten on each day, newest day first. */
    public List<FoodUse> usesOf(String foodName) {
        return meals.usesOf(foodName);
    }
}
