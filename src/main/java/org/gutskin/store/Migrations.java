package org.gutskin.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward-only schema migrations: {@code migrations/V1.sql}, {@code V2.sql}, … applied in order,
 * each in its own transaction that also sets {@code PRAGMA user_version}.
 */
public final class Migrations {
    private static final String FOLDER = "migrations/";

    private final List<String> scripts;

    private Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** The migrations shipped with the app. */
    public static Migrations shipped() {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; ; version++) {
            try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + "V" + version + ".sql")) {
                if (in == null) {
                    break;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read migration V" + version, e);
            }
        }
        return new Migrations(scripts);
    }

    public int latestVersion() {
        return scripts.size();
    }

    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /** Applies every migration above the file's version; returns the number applied. */
    public int migrate(Connection connection) throws SQLException {
        return migrateTo(connection, latestVersion());
    }

    /** Applies migrations up to {@code target}; tests use it to build journals of earlier versions. */
    public int migrateTo(Connection connection, int target) throws SQLException {
        int current = currentVersion(connection);
        int applied = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        for (int version = current + 1; version <= target; version++) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(scripts.get(version - 1))) {
                    statement.executeUpdate(sql);
                }
                statement.executeUpdate("PRAGMA user_version = " + version);
                connection.commit();
                applied++;
            } catch (SQLException e) {
                throw afterRollingBack(connection, autoCommit, e);
            }
        }
        connection.setAutoCommit(autoCommit);
        return applied;
    }

    /**
     * Rolls back after {@code failure}, which stays the error reported: when SQLite has already
     * rolled back by itself (a full disk), "no transaction is active" from the rollback or from
     * turning auto-commit back on must not hide why.
     */
    private static SQLException afterRollingBack(Connection connection, boolean autoCommit, SQLException failure) {
        try {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        } catch (SQLException alreadyRolledBack) {
            failure.addSuppressed(alreadyRolledBack);
        }
        return failure;
    }

    /** Splits a script into statements; our scripts end each statement with a semicolon at a line end. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
