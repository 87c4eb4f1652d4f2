package org.gutskin.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a file a Gutskin journal: an SQLite file marked with the app's application id — or,
 * from before the mark (format 1 to 3), one that has the journal's own tables. Anything else,
 * another app's SQLite database among them, is never migrated, written or restored.
 */
final class JournalSignature {
    /** "GSKJ", in the SQLite header's application id, set by migration V4. */
    static final int APPLICATION_ID = 0x47534B4A;
    /** The format that first carries the application id. */
    private static final int MARKED_FROM = 4;
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> CORE_TABLES = List.of("meal", "meal_item", "sleep", "stress", "skin", "habit",
            "habit_value", "day_note");

    private JournalSignature() {
    }

    /** True when the file starts as an SQLite database does (an empty file does not). */
    static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
    }

    /** Why the open database is not a journal of this app, or null when it is one. */
    static String whyNotOurs(Connection connection) throws SQLException {
        int version;
        int applicationId;
        try (Statement statement = connection.createStatement()) {
            version = intPragma(statement, "user_version");
            applicationId = intPragma(statement, "application_id");
        }
        if (applicationId == APPLICATION_ID) {
            return null;
        }
        if (applicationId != 0) {
            return "it is another app's database";
        }
        if (version >= MARKED_FROM || version < 1) {
            return version < 1 && tables(connection).isEmpty() ? "it is an empty database"
                    : "it is another app's database";
        }
        Set<String> tables = tables(connection);
        return tables.containsAll(CORE_TABLES) ? null : "it is another app's database";
    }

    /**
     * Whether a journal of ours can stand in for the journal: every core table there (an id alone
     * is easy to set), and a format this version reads.
     */
    static boolean isWhole(Connection connection, int latestVersion) throws SQLException {
        int version;
        try (Statement statement = connection.createStatement()) {
            version = intPragma(statement, "user_version");
        }
        return version >= 1 && version <= latestVersion && tables(connection).containsAll(CORE_TABLES);
    }

    private static int intPragma(Statement statement, String pragma) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name FROM sqlite_master WHERE type = 'table'");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
