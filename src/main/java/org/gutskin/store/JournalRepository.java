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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.DayParts;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.FoodUse;
import org.gutskin.journal.Habit;
import org.gutskin.journal.HabitKind;
import org.gutskin.journal.Meal;
import org.gutskin.journal.MealKind;
import org.gutskin.journal.RecentMeal;
import org.gutskin.journal.SearchHit;
import org.gutskin.journal.SkinCheck;
import org.gutskin.journal.Times;
import org.gutskin.journal.Sleep;
import org.gutskin.journal.StressCheckIn;
import org.gutskin.journal.Symptom;

/** Reads and writes days of the journal. Each save is one transaction. */
public final class JournalRepository {
    private static final String[] DAY_TABLES = {"meal", "sleep", "stress", "skin", "habit_value", "day_note"};

    private static final String INSERT_ITEM =
            "INSERT INTO meal_item (meal_id, position, text, food, quantity, unit) VALUES (?, ?, ?, ?, ?, ?)";

    /**
     * ASCII unit separator between the columns of a food row. No date, time, kind, food name or
     * unit holds it (FoodItem refuses control characters there); the free text, which may hold
     * anything, comes last and is never split.
     */
    private static final String UNIT_SEPARATOR = "\u001f";

    private final Database database;

    public JournalRepository(Database database) {
        this.database = database;
    }

    /** Replaces everything stored for the entry's date with the entry, in one transaction. */
    public void save(DayEntry day) {
        database.inTransaction(connection -> {
            writeDay(connection, day);
            return null;
        });
    }

    /** Runs {@code work} — calls to this and other repositories of the same journal — as one transaction. */
    public void inOneTransaction(Runnable work) {
        database.inTransaction(connection -> {
            work.run();
            return null;
        });
    }

    /** Saves many days in one transaction (imports and the demo generator). */
    public void saveAll(List<DayEntry> days) {
        database.inTransaction(connection -> {
            for (DayEntry day : days) {
                writeDay(connection, day);
            }
            return null;
        });
    }

    public DayEntry load(LocalDate date) {
        return loadRange(date, date).getOrDefault(date, DayEntry.empty(date));
    }

    /** Every logged day from {@code from} to {@code to}, both included; days with nothing logged are absent. */
    public NavigableMap<LocalDate, DayEntry> loadRange(LocalDate from, LocalDate to) {
        return database.read(connection -> readRange(connection, from.toString(), to.toString()));
    }

    /** Every logged day of the journal. */
    public NavigableMap<LocalDate, DayEntry> loadAll() {
        return loadRange(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
    }

    /**
     * Reads every meal description through {@code tagger} and rewrites the recognised items that
     * changed, all in one transaction. Returns how many meals changed.
     */
    public int retagMeals(Function<String, List<FoodItem>> tagger) {
        return database.inTransaction(connection -> {
            Map<Long, String> descriptions = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, description FROM meal");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    descriptions.put(rows.getLong(1), rows.getString(2));
                }
            }
            Map<Long, List<FoodItem>> current = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT meal_id, text, food, quantity, unit FROM meal_item ORDER BY meal_id, position");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    current.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(new FoodItem(
                            rows.getString(2), rows.getString(3), rows.getDouble(4), rows.getString(5)));
                }
            }
            int changed = 0;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM meal_item WHERE meal_id = ?");
                 PreparedStatement insert = connection.prepareStatement(INSERT_ITEM)) {
                for (Map.Entry<Long, String> meal : descriptions.entrySet()) {
                    List<FoodItem> items = tagger.apply(meal.getValue());
                    if (items.equals(current.getOrDefault(meal.getKey(), List.of()))) {
                        continue;
                    }
                    changed++;
                    delete.setLong(1, meal.getKey());
                    delete.executeUpdate();
                    insertItems(insert, meal.getKey(), items);
                }
                insert.executeBatch();
            }
            return changed;
        });
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

    /**
     * Days whose meals, foods or notes contain {@code text}, or that had one of {@code foods}
     * (e.g. every fermented food when the user searched for a tag); newest first.
     */
    public List<SearchHit> search(String text, Set<String> foods, int limit) {
        String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        StringBuilder foodList = new StringBuilder();
        for (int i = 0; i < foods.size(); i++) {
            foodList.append(i == 0 ? "?" : ", ?");
        }
        String sql = "SELECT date, text FROM ("
                + " SELECT m.date AS date, m.time AS time, m.description AS text FROM meal m"
                + "  WHERE m.description LIKE ?1 ESCAPE '\\' OR EXISTS (SELECT 1 FROM meal_item i WHERE i.meal_id = m.id"
                + "   AND (i.food LIKE ?1 ESCAPE '\\'" + (foods.isEmpty() ? "" : " OR i.food IN (" + foodList + ")")
                        + "))"
                + " UNION ALL SELECT date, '', note FROM day_note WHERE note LIKE ?1 ESCAPE '\\'"
                + " UNION ALL SELECT date, time, note FROM stress WHERE note LIKE ?1 ESCAPE '\\'"
                + " UNION ALL SELECT date, '', COALESCE(note, '') || ' ' || COALESCE(areas, '') FROM skin"
                + "  WHERE note LIKE ?1 ESCAPE '\\' OR areas LIKE ?1 ESCAPE '\\'"
                + ") ORDER BY date DESC, time DESC LIMIT " + limit;
        return database.read(connection -> {
            List<SearchHit> hits = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, like);
                int index = 2;
                for (String food : foods) {
                    select.setString(index++, food);
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        hits.add(new SearchHit(LocalDate.parse(rows.getString(1)), rows.getString(2).strip()));
                    }
                }
            }
            return hits;
        });
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

    /** A clock time as stored; anything else means the file was changed outside the app. */
    private static LocalTime storedClock(String text) {
        LocalTime time = Times.parseClock(text);
        if (time == null) {
            throw new StoreException("The journal holds a time that cannot be read (\"" + text + "\"); the file"
                    + " was changed outside the app. Restore a backup, or export and import the journal.");
        }
        return time;
    }

    private static void writeDay(Connection connection, DayEntry day) throws SQLException {
        String date = day.date().toString();
        for (String table : DAY_TABLES) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE date = ?")) {
                delete.setString(1, date);
                delete.executeUpdate();
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

    private static void insertItems(PreparedStatement insert, long mealId, List<FoodItem> items)
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
    private static NavigableMap<LocalDate, DayEntry> readRange(Connection connection, String from, String to)
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
