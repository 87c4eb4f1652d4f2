package org.gutskin.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The journal's SQLite file itself: connecting to it with the access wanted, building a new one
 * whole, probing one for damage or a newer version, and saying in a sentence what SQLite's errors
 * mean for the person. {@link Database} keeps the connection and the transactions.
 */
final class SqliteFile {
    private static final Logger LOG = Logger.getLogger(SqliteFile.class.getName());
    /** Less free space than this when a new journal fails is a full disk (the journal and its log take ~200 KB). */
    private static final long NEW_JOURNAL_SPACE = 1024 * 1024;

    private SqliteFile() {
    }

    /**
     * A new journal is built under a temporary name and moved into place complete, so that a
     * crash can never leave an empty or half-made journal file behind; when it cannot be built (a
     * full disk), nothing of it is left either.
     */
    static void createJournal(Path file, Migrations migrations) {
        Path building = file.resolveSibling(file.getFileName() + ".new");
        List<Path> parts = List.of(building, building.resolveSibling(building.getFileName() + "-wal"),
                building.resolveSibling(building.getFileName() + "-shm"));
        try {
            Files.deleteIfExists(building);
            DataDirectory.createOwnerOnlyFile(building);
            try (Connection connection = connect(building, Access.WRITE)) {
                migrations.migrate(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
            }
            for (Path companion : parts.subList(1, parts.size())) {
                Files.deleteIfExists(companion);
            }
            Files.move(building, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException | RuntimeException e) {
            for (Path part : parts) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException stillThere) {
                    LOG.log(Level.WARNING, "Cannot remove " + part, stillThere);
                }
            }
            throw cannotCreate(file, e);
        }
    }

    /** Why a new journal could not be made: a full disk is named as such, whatever SQLite called it. */
    private static StoreException cannotCreate(Path file, Exception e) {
        long free = DataDirectory.usableSpace(file.getParent());
        boolean full = free >= 0 && free < NEW_JOURNAL_SPACE
                || e instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_FULL;
        String why = full ? "the disk is full (" + free / 1024 + " KB free). Free some space and try again"
                : e instanceof IOException io ? DataDirectory.describe(io) : e.getMessage();
        return new StoreException("Cannot create a new journal in " + file.getParent() + ": " + why
                + "; nothing was left behind.", e);
    }

    /**
     * Looks at an existing file without writing to it, before a connection that may write is made:
     * it must be a readable, whole journal of this app in a format this version knows. Whatever
     * the look itself left beside a file it refuses (SQLite's -wal and -shm) is removed again.
     */
    static void checkReadableJournal(DataDirectory directory, Path file, Migrations migrations,
            Access probeAccess) throws IOException, SQLException {
        if (Files.isSymbolicLink(file)) {
            throw new StoreException("The journal file " + file + " is a link to " + Files.readSymbolicLink(file)
                    + ". Move the journal itself into the journal folder; the link was left as it is.");
        }
        if (!Files.isReadable(file) || !Files.isRegularFile(file)) {
            throw new StoreException("Cannot read the journal file " + file
                    + ". Check that it is a file and that you have permission to read it.");
        }
        if (Files.size(file) == 0) {
            throw damaged(directory, file, "is empty (0 bytes)");
        }
        if (!JournalSignature.hasSqliteHeader(file)) {
            throw damaged(directory, file, "is not a Gutskin journal (it is not an SQLite database)");
        }
        List<Path> companions = new ArrayList<>();
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (!Files.exists(companion)) {
                companions.add(companion);
            }
        }
        try {
            probe(directory, file, migrations, probeAccess);
        } catch (StoreException | SQLException refused) {
            for (Path leftByTheLook : companions) {
                Files.deleteIfExists(leftByTheLook);
            }
            throw refused;
        }
    }

    private static void probe(DataDirectory directory, Path file, Migrations migrations, Access probeAccess)
            throws SQLException {
        try (Connection probe = connect(file, probeAccess); Statement statement = probe.createStatement()) {
            String notOurs = JournalSignature.whyNotOurs(probe);
            if (notOurs != null) {
                throw damaged(directory, file, "is not a Gutskin journal (" + notOurs + ")");
            }
            int version = readVersion(statement);
            if (version > migrations.latestVersion()) {
                throw new StoreException("The journal file " + file + " was written by a newer version of Gutskin"
                        + " Journal (format " + version + "; this version reads up to " + migrations.latestVersion()
                        + "). Install the newer version to open it; the file was not changed.");
            }
            try (var result = statement.executeQuery("PRAGMA quick_check")) {
                String verdict = result.next() ? result.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw damaged(directory, file, "is damaged");
                }
            }
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB || e.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT
                    || e.getResultCode() == SQLiteErrorCode.SQLITE_IOERR_SHORT_READ) {
                throw damaged(directory, file, "is damaged or truncated");
            }
            throw e;
        }
    }

    private static DamagedJournalException damaged(DataDirectory directory, Path file, String problem) {
        Backups.Backup newest;
        try {
            newest = new Backups(directory).newestGood().orElse(null);
        } catch (StoreException unreadable) {
            newest = null;
        }
        return new DamagedJournalException(file, problem, newest);
    }

    private static int readVersion(Statement statement) throws SQLException {
        try (var result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    enum Access { WRITE, READ, READ_IMMUTABLE }

    static Connection connect(Path file, Access access) throws SQLException {
        NativeSqlite.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(access != Access.WRITE);
        if (access == Access.WRITE) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        String location = access == Access.READ_IMMUTABLE ? file.toUri() + "?immutable=1" : file.toString();
        return DriverManager.getConnection("jdbc:sqlite:" + location, config.toProperties());
    }

    static StoreException explain(Path file, SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB) {
                return notAJournal(file);
            }
            if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_IOERR_SHORT_READ) {
                return damaged(file);
            }
            if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) {
                return new StoreException("The journal file " + file
                        + " is in use by another program. Close it and try again.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return new StoreException("The disk that holds the journal file " + file
                        + " is full. Free some space and try again; nothing was half-written.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_CANTOPEN
                    || code == SQLiteErrorCode.SQLITE_PERM) {
                return new StoreException("Cannot write to the journal file " + file
                        + ". Check that you have permission to change it and its folder.", e);
            }
        }
        return new StoreException("Cannot open the journal file " + file + ": " + e.getMessage(), e);
    }

    private static StoreException notAJournal(Path file) {
        return new StoreException("The file " + file + " is not a Gutskin journal (it is not an SQLite database)."
                + " It was left untouched: move it away, or choose another folder with --data-dir.");
    }

    private static StoreException damaged(Path file) {
        return new StoreException("The journal file " + file + " is damaged. It was left untouched: keep a copy"
                + " of it and restore a backup, or choose another folder with --data-dir.");
    }
}
