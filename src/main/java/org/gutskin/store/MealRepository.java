package org.gutskin.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.FoodUse;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.RecentMeal;

/** The meals as a list of their own: what a food was eaten on, every food item for export, favourite and recent meals. */
public final class MealRepository {
    /**
     * ASCII unit separator between the columns of a food row. No date, time, kind, food name or
     * unit holds it (FoodItem refuses control characters there); the free text, which may hold
     * anything, comes last and is never split.
     */
    private static final String UNIT_SEPARATOR = "\u001f";

    private final Database database;

    public MealRepository(Database database) {
        this.database = database;
    }

    /** How many items of {@code food} were eaten on each day, newest day first. */
    public List<FoodUse> usesOf(String food) {
        return database.read(connection -> {
            List<FoodUse> uses = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT m.date, COUNT(*) FROM meal_item i JOIN meal m ON m.id = i.meal_id"
                            + " WHERE i.food = ? GROUP BY m.date ORDER BY m.date DESC")) {
                select.setString(1, food);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        uses.add(new FoodUse(LocalDate.parse(rows.getString(1)), rows.getInt(2)));
                    }
                }
            }
            return uses;
        });
    }

    /** Receives the rows of {@link #forEachFoodEaten}. */
    @FunctionalInterface
    public interface FoodEatenVisitor {
        void visit(String date, String time, String kind, String food, double quantity, String unit, String text);
    }

    /**
     * Every food item eaten from {@code from} to {@code to}, in journal order, straight from the
     * database: the fast path for the one-row-per-food export.
     */
    public void forEachFoodEaten(LocalDate from, LocalDate to, FoodEatenVisitor visitor) {
        database.read(connection -> {
            // One string per row, split here: each column read is a call into the native driver,
            // and for a ten-year journal those calls, not SQLite, are most of the time.
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT m.date || char(31) || m.time || char(31) || m.kind || char(31) || i.food || char(31)"
                            + " || i.quantity || char(31) || i.unit || char(31) || i.text FROM meal_item i"
                            + " JOIN meal m ON m.id = i.meal_id WHERE m.date BETWEEN ? AND ?"
                            + " ORDER BY m.date, m.position, i.position")) {
                select.setString(1, from.toString());
                select.setString(2, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String[] cells = rows.getString(1).split(UNIT_SEPARATOR, 7);
                        visitor.visit(cells[0], cells[1], cells[2], cells[3], Double.parseDouble(cells[4]), cells[5],
                                cells[6]);
                    }
                }
            }
            return null;
        });
    }

    /** The distinct meals of the {@code days} days before {@code date}, most recent first. */
    public List<RecentMeal> recentMeals(LocalDate date, int days, int limit) {
        return database.read(connection -> {
            List<RecentMeal> meals = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT description, kind, COUNT(*) FROM meal WHERE date >= ? AND date <= ?"
                            + " GROUP BY description ORDER BY MAX(date) DESC, MAX(time) DESC LIMIT ?")) {
                select.setString(1, date.minusDays(days).toString());
                select.setString(2, date.toString());
                select.setInt(3, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        meals.add(new RecentMeal(rows.getString(1), MealKind.fromKey(rows.getString(2)),
                                rows.getInt(3)));
                    }
                }
            }
            return meals;
        });
    }

    /** The meals marked as favourites, alphabetically. */
    public List<RecentMeal> favouriteMeals() {
        return database.read(connection -> {
            List<RecentMeal> meals = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT description, kind FROM favourite_meal ORDER BY description COLLATE NOCASE");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    meals.add(new RecentMeal(rows.getString(1), MealKind.fromKey(rows.getString(2)), 0));
                }
            }
            return meals;
        });
    }

    public void setFavourite(String description, MealKind kind, boolean favourite) {
        database.inTransaction(connection -> {
            try (PreparedStatement change = connection.prepareStatement(favourite
                    ? "INSERT OR REPLACE INTO favourite_meal (description, kind) VALUES (?, ?)"
                    : "DELETE FROM favourite_meal WHERE description = ?")) {
                change.setString(1, description);
                if (favourite) {
                    change.setString(2, kind.key());
                }
                change.executeUpdate();
            }
            return null;
        });
    }
}
