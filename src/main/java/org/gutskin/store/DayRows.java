package org.gutskin.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.DayParts;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;
import org.gutskin.journal.Times;

/** A day as rows of the journal's tables: written in place of what the date held, and read back. */
final class DayRows {
    static final List<String> DAY_TABLES = List.of("meal", "sleep", "stress", "skin", "habit_value", "day_note");

    static final String INSERT_ITEM =
            "INSERT INTO meal_item (meal_id, position, text, food, quantity, unit) VALUES (?, ?, ?, ?, ?, ?)";

    private DayRows() {
    }

    /** A clock time as stored; anything else means the file was changed outside the app. */
    private static LocalTime storedClock(String text) {
        LocalTime time = Times.parseWrittenClock(text);
        if (time == null) {
            throw new StoreException("The journal holds a time that cannot be read (\"" + text + "\"); the file"
                    + " was changed outside the app. Restore a backup, or export and import the journal.");
        }
        return time;
    }

    static void write(Connection connection, DayEntry day) throws SQLException {
        String date = day.date().toString();
        for (String table : DAY_TABLES) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE date = ?")) {
                delete.setString(1, date);
                delete.executeUpdate();
            }
        }
        if (!day.isEmpty()) { // a day logged is no longer one not remembered
            try (PreparedStatement unmark = connection.prepareStatement("DELETE FROM skipped_day WHERE date = ?")) {
                unmark.setString(1, date);
                unmark.executeUpdate();
            }
        }
        writeMeals(connection, date, day.meals());
        if (day.sleep().isPresent()) {
            Sleep sleep = day.sleep().get();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sleep (date, bed_time, wake_time, quality) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, date);
                insert.setString(2, Times.formatClock(sleep.bedTime()));
                insert.setString(3, Times.formatClock(sleep.wakeTime()));
                insert.setInt(4, sleep.quality());
                insert.executeUpdate();
            }
        }
        writeStress(connection, date, day.stress());
        if (day.skin().isPresent()) {
            writeSkin(connection, date, day.skin().get());
        }
        writeHabits(connection, date, day.habits());
        if (day.note().isPresent()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO day_note (date, note) VALUES (?, ?)")) {
                insert.setString(1, date);
                insert.setString(2, day.note().get());
                insert.executeUpdate();
            }
        }
    }

    private static void writeMeals(Connection connection, String date, List<Meal> meals) throws SQLException {
        if (meals.isEmpty()) {
            return;
        }
        try (PreparedStatement insertMeal = connection.prepareStatement(
                "INSERT INTO meal (date, position, time, kind, description) VALUES (?, ?, ?, ?, ?) RETURNING id");
             PreparedStatement insertItem = connection.prepareStatement(
                     INSERT_ITEM)) {
            for (int position = 0; position < meals.size(); position++) {
                Meal meal = meals.get(position);
                insertMeal.setString(1, date);
                insertMeal.setInt(2, position);
                insertMeal.setString(3, Times.formatClock(meal.time()));
                insertMeal.setString(4, meal.kind().key());
                insertMeal.setString(5, meal.description());
                long mealId;
                try (ResultSet key = insertMeal.executeQuery()) {
                    key.next();
                    mealId = key.getLong(1);
                }
                insertItems(insertItem, mealId, meal.items());
            }
            insertItem.executeBatch();
        }
    }

    static void insertItems(PreparedStatement insert, long mealId, List<FoodItem> items)
            throws SQLException {
        for (int index = 0; index < items.size(); index++) {
            FoodItem item = items.get(index);
            insert.setLong(1, mealId);
            insert.setInt(2, index);
            insert.setString(3, item.text());
            insert.setString(4, item.food());
            insert.setDouble(5, item.quantity());
            insert.setString(6, item.unit());
            insert.addBatch();
        }
    }

    private static void writeStress(Connection connection, String date, List<StressCheckIn> checkIns)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO stress (date, position, time, level, note) VALUES (?, ?, ?, ?, ?)")) {
            for (int position = 0; position < checkIns.size(); position++) {
                StressCheckIn checkIn = checkIns.get(position);
                insert.setString(1, date);
                insert.setInt(2, position);
                insert.setString(3, Times.formatClock(checkIn.time()));
                insert.setInt(4, checkIn.level());
                insert.setString(5, checkIn.note());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void writeSkin(Connection connection, String date, SkinCheck skin) throws SQLException {
        StringBuilder columns = new StringBuilder("date, overall, areas, note");
        StringBuilder marks = new StringBuilder("?, ?, ?, ?");
        for (Symptom symptom : Symptom.values()) {
            columns.append(", ").append(symptom.key());
            marks.append(", ?");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO skin (" + columns + ") VALUES (" + marks + ")")) {
            insert.setString(1, date);
            insert.setInt(2, skin.overall());
            insert.setString(3, skin.areas());
            insert.setString(4, skin.note());
            int index = 5;
            for (Symptom symptom : Symptom.values()) {
                Integer value = skin.symptoms().get(symptom);
                if (value == null) {
                    insert.setNull(index++, Types.INTEGER);
                } else {
                    insert.setInt(index++, value);
                }
            }
            insert.executeUpdate();
        }
    }

    private static void writeHabits(Connection connection, String date, Map<String, Double> habits)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO habit_value (date, habit, value) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Double> habit : habits.entrySet()) {
                insert.setString(1, date);
                insert.setString(2, habit.getKey());
                insert.setDouble(3, habit.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Reads each table once for the whole range and assembles the days. */
    static NavigableMap<LocalDate, DayEntry> read(Connection connection, String from, String to)
            throws SQLException {
        Map<String, DayParts> parts = new HashMap<>();
        readMeals(connection, from, to, parts);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT date, bed_time, wake_time, quality FROM sleep WHERE date BETWEEN ? AND ?")) {
            forEachRow(select, from, to, row -> parts(parts, row.getString(1)).sleep = new Sleep(
                    storedClock(row.getString(2)), storedClock(row.getString(3)), row.getInt(4)));
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT date, time, level, note FROM stress WHERE date BETWEEN ? AND ? ORDER BY date, position")) {
            forEachRow(select, from, to, row -> parts(parts, row.getString(1)).stress.add(
                    new StressCheckIn(storedClock(row.getString(2)), row.getInt(3), row.getString(4))));
        }
        readSkin(connection, from, to, parts);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT date, habit, value FROM habit_value WHERE date BETWEEN ? AND ?")) {
            forEachRow(select, from, to, row -> parts(parts, row.getString(1)).habits.put(
                    row.getString(2), row.getDouble(3)));
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT date, note FROM day_note WHERE date BETWEEN ? AND ?")) {
            forEachRow(select, from, to, row -> parts(parts, row.getString(1)).note = row.getString(2));
        }
        NavigableMap<LocalDate, DayEntry> days = new TreeMap<>();
        parts.forEach((date, day) -> {
            LocalDate key = LocalDate.parse(date);
            days.put(key, day.toEntry(key));
        });
        return days;
    }

    private static void readMeals(Connection connection, String from, String to, Map<String, DayParts> parts)
            throws SQLException {
        Map<Long, List<FoodItem>> itemsByMeal = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT i.meal_id, i.text, i.food, i.quantity, i.unit FROM meal_item i JOIN meal m ON m.id = i.meal_id
                WHERE m.date BETWEEN ? AND ? ORDER BY i.meal_id, i.position""")) {
            forEachRow(select, from, to, row -> itemsByMeal.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                    .add(new FoodItem(row.getString(2), row.getString(3), row.getDouble(4), row.getString(5))));
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, date, time, kind, description FROM meal WHERE date BETWEEN ? AND ? ORDER BY date, position")) {
            forEachRow(select, from, to, row -> {
                long id = row.getLong(1);
                parts(parts, row.getString(2)).meals.add(new Meal(storedClock(row.getString(3)),
                        MealKind.fromKey(row.getString(4)), row.getString(5),
                        itemsByMeal.getOrDefault(id, List.of())));
            });
        }
    }

    private static void readSkin(Connection connection, String from, String to, Map<String, DayParts> parts)
            throws SQLException {
        StringBuilder columns = new StringBuilder("date, overall, areas, note");
        for (Symptom symptom : Symptom.values()) {
            columns.append(", ").append(symptom.key());
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + columns + " FROM skin WHERE date BETWEEN ? AND ?")) {
            forEachRow(select, from, to, row -> {
                Map<Symptom, Integer> symptoms = new EnumMap<>(Symptom.class);
                int index = 5;
                for (Symptom symptom : Symptom.values()) {
                    int value = row.getInt(index++);
                    if (!row.wasNull()) {
                        symptoms.put(symptom, value);
                    }
                }
                parts(parts, row.getString(1)).skin = new SkinCheck(row.getInt(2), symptoms, row.getString(3),
                        row.getString(4));
            });
        }
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void forEachRow(PreparedStatement select, String from, String to, RowReader reader)
            throws SQLException {
        select.setString(1, from);
        select.setString(2, to);
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }

    private static DayParts parts(Map<String, DayParts> parts, String date) {
        return parts.computeIfAbsent(date, d -> new DayParts());
    }
}
