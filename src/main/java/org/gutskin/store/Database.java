package org.gutskin.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The journal's SQLite file: one connection that writes, used by one thread at a time (the app's
 * journal thread), WAL with {@code synchronous=FULL} so that every acknowledged save is durable;
 * and read-only connections for reads, so that reading ten years for the analysis never holds up
 * a save (WAL lets readers and the writer work at once, each reader seeing what was committed).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    private final Path file;
    private final Clock clock;
    /** What the person should know about how the journal was found when it was opened. */
    private final List<String> warnings;
    private Connection connection;
    /** Held while the journal is open for writing; {@code null} for a read-only look. */
    private InstanceLock lock;
    /** Set while the journal is read-only because its folder cannot be written; see {@link #openInReadOnlyFolder}. */
    private volatile DataDirectory readOnlyFolder;
    private int transactionDepth;
    private volatile Runnable onChange = () -> { };
    /** Read-only connections for reads outside a transaction; none while the journal is read-only. */
    private final ReaderConnections readers;

    private Database(Path file, Clock clock, Connection connection, InstanceLock lock, List<String> warnings) {
        this.file = file;
        this.warnings = List.copyOf(warnings);
        this.clock = clock;
        this.connection = connection;
        this.lock = lock;
        this.readers = new ReaderConnections(() -> SqliteFile.connect(file, SqliteFile.Access.READ));
    }

    /**
     * Opens (or creates) the journal in {@code directory} and brings its schema up to date.
     * A file that is not a readable journal is left untouched and reported by name.
     */
    public static Database open(DataDirectory directory, Clock clock) {
        return open(directory, clock, Migrations.shipped());
    }

    static Database open(DataDirectory directory, Clock clock, Migrations migrations) {
        directory.ensureExists().requireWritable();
        InstanceLock lock = InstanceLock.acquire(directory);
        Path file = directory.databaseFile();
        try {
            boolean existed = Files.exists(file);
            List<String> warnings = new ArrayList<>();
            SecondCopies.removeLeftovers(directory); // what a copy being made or opened left when killed
            if (existed) {
                keepADamagedLogAside(file, LocalDateTime.now(clock)).ifPresent(warnings::add);
                SqliteFile.checkReadableJournal(directory, file, migrations, SqliteFile.Access.READ);
            } else {
                SqliteFile.createJournal(file, migrations);
            }
            Connection connection = SqliteFile.connect(file, SqliteFile.Access.WRITE);
            try {
                Backups backups = new Backups(directory);
                if (existed && Migrations.currentVersion(connection) < migrations.latestVersion()) {
                    backups.make(connection, "before-upgrade", LocalDateTime.now(clock));
                }
                migrations.migrate(connection);
                if (existed && !backups.madeToday(LocalDate.now(clock))) {
                    dailyBackup(backups, connection, LocalDateTime.now(clock));
                }
            } catch (SQLException | IOException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new Database(file, clock, connection, lock, warnings);
        } catch (IOException e) {
            lock.close();
            throw new StoreException("Cannot create the journal file " + file + " (" + DataDirectory.describe(e)
                    + "). Check the permissions of the journal folder.", e);
        } catch (SQLException e) {
            lock.close();
            throw SqliteFile.explain(file, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Before SQLite opens a journal after a crash, looks at its write-ahead log: when saves were
     * written whole after a frame that no longer checks out, SQLite would drop them without a
     * word and delete the log. The log is copied aside first (owner-only) and the person told.
     */
    private static Optional<String> keepADamagedLogAside(Path file, LocalDateTime now) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (!Files.isRegularFile(wal)) {
            return Optional.empty();
        }
        WalCheck.Verdict verdict = WalCheck.check(wal);
        if (!verdict.damaged()) {
            return Optional.empty();
        }
        Path aside = wal.resolveSibling(wal.getFileName() + ".damaged-" + now.format(Backups.STAMP));
        DataDirectory.createOwnerOnlyFile(aside);
        Files.copy(wal, aside, StandardCopyOption.REPLACE_EXISTING);
        LOG.warning("Damaged write-ahead log kept as " + aside + ": " + verdict);
        return Optional.of("The journal's write-ahead log " + wal + " was damaged: the saves written after the"
                + " damage cannot be read back, and the journal opens as it was before them. The damaged log was kept"
                + " as " + aside + " for recovery; check your recent days.");
    }

    /** What the person should know about how the journal was found (a damaged log kept aside); usually nothing. */
    public List<String> warnings() {
        return warnings;
    }

    /** The once-a-day backup at start; failing it (a full disk, say) must not keep the journal closed. */
    private static void dailyBackup(Backups backups, Connection connection, LocalDateTime now) {
        try {
            backups.make(connection, "daily", now);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The daily backup failed", e);
        }
    }

    /**
     * Opens an existing journal for reading only, beside a window or command that may have it
     * open (WAL lets readers and one writer work at once). Nothing is migrated or written.
     */
    public static Database openReadOnly(DataDirectory directory, Clock clock) {
        Path file = directory.databaseFile();
        Migrations migrations = Migrations.shipped();
        try {
            SqliteFile.checkReadableJournal(directory, file, migrations, SqliteFile.Access.READ);
            return new Database(file, clock, SqliteFile.connect(file, SqliteFile.Access.READ), null, List.of());
        } catch (IOException e) {
            throw new StoreException("Cannot read the journal file " + file + " (" + DataDirectory.describe(e)
                    + ").", e);
        } catch (SQLException e) {
            throw SqliteFile.explain(file, e);
        }
    }

    /**
     * Opens the journal in a folder that cannot be written, for reading. SQLite cannot make the
     * WAL's shared-memory file there, so the file is read as immutable. Each write first tries to
     * open the journal for writing again, so saving works as soon as the folder is writable.
     */
    public static Database openInReadOnlyFolder(DataDirectory directory, Clock clock) {
        Path file = directory.databaseFile();
        try {
            SqliteFile.checkReadableJournal(directory, file, Migrations.shipped(), SqliteFile.Access.READ_IMMUTABLE);
            Database database = new Database(file, clock, SqliteFile.connect(file, SqliteFile.Access.READ_IMMUTABLE), null, List.of());
            database.readOnlyFolder = directory;
            return database;
        } catch (IOException e) {
            throw new StoreException("Cannot read the journal file " + file + " (" + DataDirectory.describe(e)
                    + ").", e);
        } catch (SQLException e) {
            throw SqliteFile.explain(file, e);
        }
    }

    /** True while the journal could only be opened for reading because its folder cannot be written. */
    public boolean isInReadOnlyFolder() {
        return readOnlyFolder != null;
    }

    /** Before a write in a read-only folder: opens the journal for writing, or says the folder is still read-only. */
    private void becomeWritable() {
        DataDirectory folder = readOnlyFolder;
        if (folder == null) {
            return;
        }
        Database writable = open(folder, clock);
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Closing the read-only connection", e);
        }
        connection = writable.connection;
        lock = writable.lock;
        readOnlyFolder = null;
        LOG.info("The journal folder is writable again");
    }

    public Path file() {
        return file;
    }

    /** Makes a verified backup now (before an import, say); returns it. */
    public synchronized Backups.Backup backup(DataDirectory directory, String reason) {
        becomeWritable();
        try {
            return new Backups(directory).make(connection, reason, LocalDateTime.now(clock));
        } catch (SQLException e) {
            throw SqliteFile.explain(file, e);
        } catch (IOException e) {
            throw new StoreException("Cannot write a backup in " + directory.path().resolve(Backups.FOLDER) + " ("
                    + DataDirectory.describe(e) + ")", e);
        }
    }

    public int schemaVersion() {
        return read(Migrations::currentVersion);
    }

    /**
     * Runs read-only work. Inside a transaction of this thread it reads through the writing
     * connection (and so sees what the transaction wrote); otherwise on a read-only connection,
     * without waiting for writes, seeing everything committed so far.
     */
    public <T> T read(SqlWork<T> work) {
        if (Thread.holdsLock(this) || !writable()) {
            return readOnWriter(work);
        }
        try {
            return readers.read(work);
        } catch (SQLException e) {
            throw SqliteFile.explain(file, e);
        }
    }

    /** A journal opened for reading only is read through its one connection. */
    private boolean writable() {
        return lock != null && readOnlyFolder == null;
    }

    private synchronized <T> T readOnWriter(SqlWork<T> work) {
        try {
            return transactionDepth > 0 ? work.run(connection) : asOneRead(connection, work);
        } catch (SQLException e) {
            throw SqliteFile.explain(file, e);
        }
    }

    /**
     * Runs several queries as one read transaction: they all see the journal as it was at the
     * first, even while a window or another connection commits a save.
     */
    static <T> T asOneRead(Connection connection, SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            return work.run(connection);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /**
     * Runs work as one transaction: all of it is written, or none of it. Work that starts a
     * transaction inside another joins it, so several repositories can write as one. When it
     * changed anything, the journal's change listener hears of it after the commit.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(work, true);
    }

    /** A transaction that keeps the app's own books (when a copy was made): no one hears of it as a change. */
    <T> T inBookkeepingTransaction(SqlWork<T> work) {
        return inTransaction(work, false);
    }

    private synchronized <T> T inTransaction(SqlWork<T> work, boolean heard) {
        if (transactionDepth > 0) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw SqliteFile.explain(file, e);
            }
        }
        becomeWritable();
        transactionDepth++;
        T result;
        boolean changed;
        try {
            connection.setAutoCommit(false);
            try {
                long before = totalChanges();
                result = work.run(connection);
                changed = totalChanges() != before;
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqliteFile.explain(file, e);
        } finally {
            transactionDepth--;
        }
        if (changed && heard) {
            onChange.run();
        }
        return result;
    }

    private long totalChanges() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet total = statement.executeQuery("SELECT total_changes()")) {
            return total.next() ? total.getLong(1) : 0;
        }
    }

    /**
     * Called after each transaction that changed the journal, on the thread that wrote it, with the
     * journal's lock held: it must only take note (a second copy is then made elsewhere).
     */
    public void onChange(Runnable listener) {
        onChange = listener;
    }

    /**
     * A consistent copy of the journal as it is now, written by {@code VACUUM INTO} into the empty
     * file {@code target} on a connection of its own: no save waits for it.
     */
    void snapshotTo(Path target) throws SQLException {
        try (Connection reader = SqliteFile.connect(file, SqliteFile.Access.READ);
             PreparedStatement vacuum = reader.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, target.toString());
            vacuum.executeUpdate();
        }
    }

    @Override
    public synchronized void close() {
        try {
            readers.close();
            connection.close();
        } catch (SQLException e) {
            throw SqliteFile.explain(file, e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
