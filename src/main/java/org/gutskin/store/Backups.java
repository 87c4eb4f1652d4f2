package org.gutskin.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Consistent copies of the journal in {@code DATA_DIR/backups/}: made with {@code VACUUM INTO},
 * checked with {@code PRAGMA integrity_check} before they count, owner-only, and rotated so
 * that the newest 7 days and 4 weeks are kept ({@link Rotation}).
 */
public final class Backups {
    public static final String FOLDER = "backups";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("journal-(\\d{8}-\\d{6})-([a-z-]+)\\.db");

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());

    private final Path folder;

    /** A backup file and when it was made. */
    public record Backup(Path file, LocalDateTime made, String reason) {
    }

    public Backups(DataDirectory directory) {
        this.folder = directory.path().resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** Backups on disk, newest first. */
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> {
                Matcher matcher = NAME.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    backups.add(new Backup(file, LocalDateTime.parse(matcher.group(1), STAMP), matcher.group(2)));
                }
            });
        } catch (IOException e) {
            throw new StoreException("Cannot read the backup folder " + folder + " (" + DataDirectory.describe(e)
                    + ")", e);
        }
        backups.sort(Comparator.comparing(Backup::made).reversed());
        return backups;
    }

    /** The newest backup that passes an integrity check, if any. */
    public Optional<Backup> newestGood() {
        return list().stream().filter(backup -> isIntact(backup.file())).findFirst();
    }

    /** True when a backup was made today already (the daily start-up backup is then skipped). */
    boolean madeToday(LocalDate today) {
        return list().stream().anyMatch(backup -> backup.made().toLocalDate().equals(today));
    }

    /**
     * Copies the open journal into a new backup, verifies it, and rotates old ones. Runs on the
     * journal's own connection, so the copy is a consistent snapshot. The copy is made under a
     * temporary name, owner-only from the start, and only a verified copy takes a backup's name:
     * a full disk leaves no empty or half backup behind.
     */
    Backup make(Connection connection, String reason, LocalDateTime now) throws SQLException, IOException {
        DataDirectory.createOwnerOnlyFolders(folder);
        DataDirectory.restrictToOwner(folder, PosixFilePermissions.fromString("rwx------")); // one made before
        Path target = folder.resolve("journal-" + now.format(STAMP) + "-" + reason + ".db");
        for (int attempt = 1; Files.exists(target); attempt++) {
            target = folder.resolve("journal-" + now.plusSeconds(attempt).format(STAMP) + "-" + reason + ".db");
        }
        Path copying = folder.resolve("." + target.getFileName() + ".partial");
        Files.deleteIfExists(copying);
        DataDirectory.createOwnerOnlyFile(copying); // VACUUM INTO fills an empty file, keeping its permissions
        try {
            try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, copying.toString());
                vacuum.executeUpdate();
            }
            if (!isIntact(copying)) {
                throw new StoreException("The backup " + target + " failed its integrity check and was removed.");
            }
            Files.move(copying, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(copying);
        }
        rotate(target);
        return new Backup(target, now, reason);
    }

    /** Drops the backups {@link Rotation} does not keep. */
    private void rotate(Path justMade) throws IOException {
        List<Backup> backups = list();
        Backup made = backups.stream().filter(backup -> backup.file().equals(justMade)).findFirst().orElseThrow();
        for (Backup old : Rotation.toRemove(backups, backup -> backup.made().toLocalDate(), made)) {
            Files.deleteIfExists(old.file());
        }
    }

    /**
     * True when the file can stand in for the journal: a regular file, an SQLite database of this
     * app (never an empty file, never another app's database) with all its tables, in a format this
     * version reads, every page sound.
     */
    public static boolean isIntact(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !JournalSignature.hasSqliteHeader(file)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        // a URI built by the path itself: "?", "#" or "%41" in a folder's name stay part of the name
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?mode=ro");
             Statement statement = connection.createStatement()) {
            if (JournalSignature.whyNotOurs(connection) != null
                    || !JournalSignature.isWhole(connection, Migrations.shipped().latestVersion())) {
                return false;
            }
            try (ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
                return result.next() && "ok".equals(result.getString(1));
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Puts a backup in place of the journal file, which must not be open. The current file is
     * first set aside (renamed, never deleted); returns where it went, if there was one.
     */
    public static Optional<Path> restore(DataDirectory directory, Path backup, LocalDateTime now) {
        Optional<DataDirectory.Part> part = directory.partAt(backup);
        if (part.isPresent() && part.get() != DataDirectory.Part.BACKUPS) {
            throw new StoreException("Cannot restore " + backup + ": it is " + part.get().description()
                    + ", not a backup. Choose one of the backups gutskin restore lists.");
        }
        if (!isIntact(backup)) {
            throw new StoreException("The backup " + backup + " is missing, empty, damaged or not a Gutskin journal;"
                    + " choose another one.");
        }
        Path journal = directory.databaseFile();
        Path asideFile = directory.path().resolve("journal-set-aside-" + now.format(STAMP) + ".db");
        List<Path[]> setAside = new ArrayList<>();
        try (InstanceLock lock = InstanceLock.acquire(directory)) {
            Path incoming = journal.resolveSibling(journal.getFileName() + ".restoring");
            Files.copy(backup, incoming, StandardCopyOption.REPLACE_EXISTING);
            DataDirectory.restrictToOwner(incoming, PosixFilePermissions.fromString("rw-------"));
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path current = journal.resolveSibling(journal.getFileName() + suffix);
                if (Files.exists(current)) {
                    Path aside = asideFile.resolveSibling(asideFile.getFileName() + suffix);
                    Files.move(current, aside);
                    setAside.add(new Path[] {aside, current});
                }
            }
            Files.move(incoming, journal, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            putBack(setAside);
            throw new StoreException("Cannot restore " + backup + " (" + DataDirectory.describe(e) + "). Your journal"
                    + " was left as it was.", e);
        }
        return setAside.isEmpty() ? Optional.empty() : Optional.of(asideFile);
    }

    /** A restore that failed half-way puts the journal's files back where they were. */
    private static void putBack(List<Path[]> setAside) {
        for (Path[] move : setAside) {
            try {
                if (!Files.exists(move[1])) {
                    Files.move(move[0], move[1]);
                }
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "Cannot put " + move[0] + " back as " + move[1], e);
            }
        }
    }
}
