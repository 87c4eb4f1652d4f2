package org.gutskin.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gutskin.journal.DayEntry;
import org.gutskin.journal.FoodItem;
import org.gutskin.journal.Limits;
import org.gutskin.journal.SearchHit;

/** Reads and writes days of the journal. Each save is one transaction. */
public final class JournalRepository {
    private final Database database;

    public JournalRepository(Database database) {
        this.database = database;
    }

    /** Replaces everything stored for the entry's date with the entry, in one transaction. */
    public void save(DayEntry day) {
        database.inTransaction(connection -> {
            DayRows.write(connection, day);
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
                DayRows.write(connection, day);
            }
            return null;
        });
    }

    public DayEntry load(LocalDate date) {
        return loadRange(date, date).getOrDefault(date, DayEntry.empty(date));
    }

    /** Every logged day from {@code from} to {@code to}, both included; days with nothing logged are absent. */
    public NavigableMap<LocalDate, DayEntry> loadRange(LocalDate from, LocalDate to) {
        return database.read(connection -> DayRows.read(connection, from.toString(), to.toString()));
    }

    /** Every logged day of the journal. */
    public NavigableMap<LocalDate, DayEntry> loadAll() {
        return loadRange(Limits.EARLIEST_DAY, Limits.LATEST_DAY); // a day outside them is never read, nor lost
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
                 PreparedStatement insert = connection.prepareStatement(DayRows.INSERT_ITEM)) {
                for (Map.Entry<Long, String> meal : descriptions.entrySet()) {
                    List<FoodItem> items = tagger.apply(meal.getValue());
                    if (items.equals(current.getOrDefault(meal.getKey(), List.of()))) {
                        continue;
                    }
                    changed++;
                    delete.setLong(1, meal.getKey());
                    delete.executeUpdate();
                    DayRows.insertItems(insert, meal.getKey(), items);
                }
                insert.executeBatch();
            }
            return changed;
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

    /** The days marked as not remembered, from {@code from} to {@code to}. */
    public NavigableSet<LocalDate> skippedDays(LocalDate from, LocalDate to) {
        return database.read(connection -> {
            NavigableSet<LocalDate> days = new TreeSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT date FROM skipped_day WHERE date BETWEEN ? AND ? ORDER BY date")) {
                select.setString(1, from.toString());
                select.setString(2, to.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        days.add(LocalDate.parse(rows.getString(1)));
                    }
                }
            }
            return days;
        });
    }

    /** Marks days as not remembered; a day that has entries is logged, and is left unmarked. */
    public void markSkipped(Iterable<LocalDate> days) {
        database.inTransaction(connection -> {
            try (PreparedStatement change = connection.prepareStatement(
                    "INSERT OR IGNORE INTO skipped_day (date) SELECT ?1 WHERE " + DayRows.DAY_TABLES.stream()
                            .map(table -> "NOT EXISTS (SELECT 1 FROM " + table + " WHERE date = ?1)")
                            .collect(Collectors.joining(" AND ")))) {
                for (LocalDate day : days) {
                    change.setString(1, day.toString());
                    change.addBatch();
                }
                change.executeBatch();
            }
            return null;
        });
    }
}
