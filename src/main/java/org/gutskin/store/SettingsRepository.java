package org.gutskin.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The person's settings, one text value a key (journal/Settings gives them meaning). */
public final class SettingsRepository {
    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    /** The settings stored, by key; a key not stored has its default. */
    public Map<String, String> values() {
        return database.read(connection -> {
            Map<String, String> values = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT key, value FROM setting ORDER BY key");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getString(2));
                }
            }
            return values;
        });
    }

    /** Stores every setting of {@code values}, in place of all stored before. */
    public void replace(Map<String, String> values) {
        database.inTransaction(connection -> {
            try (Statement clear = connection.createStatement()) {
                clear.executeUpdate("DELETE FROM setting");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?)")) {
                for (Map.Entry<String, String> value : values.entrySet()) {
                    insert.setString(1, value.getKey());
                    insert.setString(2, value.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}
