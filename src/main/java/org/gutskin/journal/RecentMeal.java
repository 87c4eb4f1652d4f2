package org.gutskin.journal;

/** A meal description eaten before, how it was logged, and how often. */
public record RecentMeal(String description, MealKind kind, int times) {
}
