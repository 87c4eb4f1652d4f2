package org.gutskin.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;

/** The habits the journal tracks, and a habit's value over many days at once. */
public final class HabitRepository {
    private final Database database;

    public HabitRepository(Database database) {
        this.database = database;
    }

    /** The habits the journal knows, built-in first, in the user's order. */
    public List<Habit> habits() {
        return database.read(connection -> {
            List<Habit> habits = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT key, name, kind, built_in, archived FROM habit ORDER BY position, key");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    habits.add(new Habit(rows.getString(1), rows.getString(2), HabitKind.fromKey(rows.getString(3)),
                            rows.getBoolean(4), rows.getBoolean(5)));
                }
            }
            return habits;
        });
    }

    /** Adds a user habit or updates its name and archived state. */
    public void saveHabit(Habit habit) {
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO habit (key, name, kind, built_in, archived, position)
                    VALUES (?, ?, ?, 0, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM habit))
                    ON CONFLICT (key) DO UPDATE SET name = excluded.name, archived = excluded.archived""")) {
                upsert.setString(1, habit.key());
                upsert.setString(2, habit.name());
                upsert.setString(3, habit.kind().key());
                upsert.setBoolean(4, habit.archived());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** Sets a habit's value on every day from {@code from} to {@code to}, e.g. an antibiotic course. */
    public void setHabitOnDays(String habit, LocalDate from, LocalDate to, double value) {
        database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT OR REPLACE INTO habit_value (date, habit, value) VALUES (?, ?, ?)")) {
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    upsert.setString(1, day.toString());
                    upsert.setString(2, habit);
                    upsert.setDouble(3, value);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return null;
        });
    }
}
