package org.gutskin.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import org.gutskin.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationsTest {
    private final Migrations migrations = Migrations.shipped();

    @TempDir
    Path folder;

    @Test
    void anEmptyFileIsBroughtToTheLatestVersion() {
        try (Database database = Database.open(DataDirectory.at(folder), TestClock.FIXED)) {
            assertEquals(migrations.latestVersion(), database.schemaVersion());
        }
    }

    @Test
    void openingAnUpToDateJournalAppliesNothing() throws SQLException {
        Database.open(DataDirectory.at(folder), TestClock.FIXED).close();
        try (Connection connection = connect()) {
            assertEquals(0, migrations.migrate(connection));
        }
    }

    static IntStream earlierVersions() {
        return IntStream.range(1, Migrations.shipped().latestVersion());
    }

    /**
     * Builds a journal at each earlier version with the data that version could hold (the test
     * fixture {@code fixtures/vN.sql}), migrates it, and checks that every row is still there.
     */
    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("earlierVersions")
    void everyEarlierVersionMigratesWithItsDataKept(int version) throws SQLException, IOException {
        try (Connection connection = connect()) {
            migrations.migrateTo(connection, version);
            try (Statement statement = connection.createStatement()) {
                for (String sql : Migrations.statements(fixture(version))) {
                    statement.executeUpdate(sql);
                }
            }
        }
        try (Database database = Database.open(DataDirectory.at(folder), TestClock.FIXED)) {
            assertEquals(migrations.latestVersion(), database.schemaVersion());
            JournalRepository journal = new JournalRepository(database);
            assertEquals(3, journal.loadAll().size(), "days from the version " + version + " fixture");
        }
    }

    @Test
    void everyMigrationHasAFixtureForTheVersionsAfterIt() {
        for (int version = 1; version < migrations.latestVersion(); version++) {
            assertTrue(Migrations.class.getResource("/org/gutskin/store/fixtures/v" + version + ".sql") != null,
                    "fixture for version " + version);
        }
    }

    @Test
    void scriptsAreSplitIntoStatementsWithoutComments() {
        List<String> statements = Migrations.statements("""
                -- a comment
                CREATE TABLE a (x INTEGER);

                INSERT INTO a VALUES
                    (1);
                """);
        assertEquals(List.of("CREATE TABLE a (x INTEGER);", "INSERT INTO a VALUES\n    (1);"), statements);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(DataDirectory.DATABASE_FILE));
    }

    private static String fixture(int version) throws IOException {
        try (InputStream in = MigrationsTest.class.getResourceAsStream("/org/gutskin/store/fixtures/v" + version
                + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
