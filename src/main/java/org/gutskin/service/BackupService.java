package org.gutskin.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gutskin.store.Backups;
import org.gutskin.store.DataDirectory;
import org.gutskin.store.Database;

/** The verified copies of the journal kept in its folder: listing them, making one, putting one back. */
public final class BackupService {
    private final DataDirectory directory;
    private final Database database;

    public BackupService(DataDirectory directory, Database database) {
        this.directory = directory;
        this.database = database;
    }

    /** A backup file, when it was made and why ("daily", "before-import"). */
    public record Copy(Path file, LocalDateTime made, String reason) {
    }

    /** The backups on disk, newest first. */
    public List<Copy> list() {
        return list(directory);
    }

    /** The backups in a journal folder, whether or not its journal is open. */
    public static List<Copy> list(DataDirectory directory) {
        return new Backups(directory).list().stream()
                .map(backup -> new Copy(backup.file(), backup.made(), backup.reason())).toList();
    }

    /** Where the backups of a journal folder are kept. */
    public static Path folder(DataDirectory directory) {
        return new Backups(directory).folder();
    }

    /** Makes a verified backup now. */
    public Copy backUp(String reason) {
        Backups.Backup made = database.backup(directory, reason);
        return new Copy(made.file(), made.made(), made.reason());
    }

    /**
     * Puts {@code backup} in place of the journal of a folder whose journal is closed; the current
     * file is set aside (renamed, never deleted). Returns where it was set aside, if there was one.
     */
    public static Optional<Path> restore(DataDirectory directory, Path backup, Clock clock) {
        return Backups.restore(directory, backup, LocalDateTime.now(clock));
    }
}
